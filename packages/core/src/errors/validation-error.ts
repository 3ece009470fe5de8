import { GigMarketError } from './gigmarket-error.js';

/**
 * The request was rejected as invalid and nothing changed: `400` `validation-error` or
 * `malformed-request` (see {@link GigMarketError.errors} for the fields), or `422` `rule-violation`
 * (a business rule of the standard, named in `detail`). Fix the input; retrying as is fails again.
 *
 * @example
 * ```ts
 * } catch (error) {
 *   if (error instanceof ValidationError) for (const field of error.errors) form.mark(field.pointer, field.detail);
 * }
 * ```
 */
export class ValidationError extends GigMarketError {
  override name = 'ValidationError';
}
