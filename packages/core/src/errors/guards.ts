import type { AuthenticationError } from './authentication-error.js';
import type { ConflictError } from './conflict-error.js';
import { GIGMARKET_ERROR_BRAND, type GigMarketError } from './gigmarket-error.js';
import type { IdempotencyError } from './idempotency-error.js';
import type { NetworkError } from './network-error.js';
import type { NotFoundError } from './not-found-error.js';
import type { PermissionError } from './permission-error.js';
import type { RateLimitError } from './rate-limit-error.js';
import type { ResponseValidationError } from './response-validation-error.js';
import type { ServerError } from './server-error.js';
import type { TimeoutError } from './timeout-error.js';
import type { ValidationError } from './validation-error.js';

/**
 * True for any error this SDK throws. Unlike `instanceof`, it holds across realms (iframes, workers,
 * `vm`) and when two copies of `@gigmarket/core` are installed, because it checks a `Symbol.for` brand.
 *
 * @example
 * ```ts
 * catch (error) { if (isGigMarketError(error)) log(error.requestId); else throw error; }
 * ```
 */
export function isGigMarketError(error: unknown): error is GigMarketError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { [GIGMARKET_ERROR_BRAND]?: unknown })[GIGMARKET_ERROR_BRAND] === true
  );
}

const guard =
  <T extends GigMarketError>(name: string) =>
  (error: unknown): error is T =>
    isGigMarketError(error) && error.name === name;

// Each guard is marked pure so that bundlers drop the ones an app does not use.

/** Cross-realm check for {@link ValidationError}. @example `if (isValidationError(e)) e.errors` */
export const isValidationError = /* @__PURE__ */ guard<ValidationError>('ValidationError');
/** Cross-realm check for {@link AuthenticationError}. @example `if (isAuthenticationError(e)) relogin()` */
export const isAuthenticationError = /* @__PURE__ */ guard<AuthenticationError>('AuthenticationError');
/** Cross-realm check for {@link PermissionError}. @example `if (isPermissionError(e)) e.detail` */
export const isPermissionError = /* @__PURE__ */ guard<PermissionError>('PermissionError');
/** Cross-realm check for {@link NotFoundError}. @example `if (isNotFoundError(e)) return null` */
export const isNotFoundError = /* @__PURE__ */ guard<NotFoundError>('NotFoundError');
/** Cross-realm check for {@link ConflictError}. @example `if (isConflictError(e)) e.allowedActions` */
export const isConflictError = /* @__PURE__ */ guard<ConflictError>('ConflictError');
/** Cross-realm check for {@link IdempotencyError}. @example `if (isIdempotencyError(e) && e.inUse) later()` */
export const isIdempotencyError = /* @__PURE__ */ guard<IdempotencyError>('IdempotencyError');
/** Cross-realm check for {@link RateLimitError}. @example `if (isRateLimitError(e)) e.retryAfterSeconds` */
export const isRateLimitError = /* @__PURE__ */ guard<RateLimitError>('RateLimitError');
/** Cross-realm check for {@link ServerError}. @example `if (isServerError(e)) report(e.requestId)` */
export const isServerError = /* @__PURE__ */ guard<ServerError>('ServerError');
/** Cross-realm check for {@link NetworkError}. @example `if (isNetworkError(e)) offline()` */
export const isNetworkError = /* @__PURE__ */ guard<NetworkError>('NetworkError');
/** Cross-realm check for {@link TimeoutError}. @example `if (isTimeoutError(e)) e.timeoutMs` */
export const isTimeoutError = /* @__PURE__ */ guard<TimeoutError>('TimeoutError');
/** Cross-realm check for {@link ResponseValidationError}. @example `if (isResponseValidationError(e)) e.issues` */
export const isResponseValidationError =
  /* @__PURE__ */ guard<ResponseValidationError>('ResponseValidationError');
