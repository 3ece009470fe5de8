import { GigMarketError } from './gigmarket-error.js';

/**
 * The `Idempotency-Key` could not be honoured. `409` `idempotency-key-in-use`: the first request with
 * this key is still running; retry the same call later with the same key. `422`
 * `idempotency-key-reuse`: the key was used before with a different body; use a new key for a new
 * request. {@link IdempotencyError.inUse} tells the two apart.
 *
 * @example
 * ```ts
 * if (error instanceof IdempotencyError && error.inUse) setTimeout(retrySameCall, 1000);
 * ```
 */
export class IdempotencyError extends GigMarketError {
  override name = 'IdempotencyError';

  /** True for `idempotency-key-in-use` (409), false for `idempotency-key-reuse` (422). */
  get inUse(): boolean {
    return this.status === 409;
  }
}
