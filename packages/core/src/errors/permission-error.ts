import { GigMarketError } from './gigmarket-error.js';

/**
 * `403` `forbidden`: the caller's role or scopes do not allow the operation. Request a scope
 * listed in the method's documentation, or call with another role.
 *
 * @example
 * ```ts
 * if (error instanceof PermissionError) console.warn(error.detail); // 'Your token lacks the scope jobs:write…'
 * ```
 */
export class PermissionError extends GigMarketError {
  override name = 'PermissionError';
}
