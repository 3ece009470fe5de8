import { GigMarketError } from './gigmarket-error.js';

/**
 * `409` `invalid-transition` (the action is not allowed in the object's state: see
 * {@link GigMarketError.currentState} and {@link GigMarketError.allowedActions}) or `conflict` (a unique
 * field is taken). Nothing changed. Idempotency conflicts are an `IdempotencyError` instead.
 *
 * @example
 * ```ts
 * if (error instanceof ConflictError && error.currentState === 'FUNDED') await client.escrows.hold({ escrowId });
 * ```
 */
export class ConflictError extends GigMarketError {
  override name = 'ConflictError';
}
