import { parseRetryAfter } from '../retry/retry-after.js';
import { AuthenticationError } from './authentication-error.js';
import { ConflictError } from './conflict-error.js';
import { GigMarketError, type GigMarketErrorInit } from './gigmarket-error.js';
import { IdempotencyError } from './idempotency-error.js';
import { NotFoundError } from './not-found-error.js';
import { PermissionError } from './permission-error.js';
import { normalizeProblem, problemTypeSlug } from './problem.js';
import { RateLimitError } from './rate-limit-error.js';
import { ServerError } from './server-error.js';
import { ValidationError } from './validation-error.js';

type ErrorClass = new (init: GigMarketErrorInit) => GigMarketError;

/**
 * The standard's problem types (`components/responses/*.yaml`), then the statuses for bodies that are
 * not one of our problems (gateways, proxies, older servers). The type decides before the status does.
 */
const ERROR_CLASSES: Record<string, ErrorClass> = {
  'validation-error': ValidationError,
  'malformed-request': ValidationError,
  'rule-violation': ValidationError,
  unauthenticated: AuthenticationError,
  forbidden: PermissionError,
  'not-found': NotFoundError,
  'invalid-transition': ConflictError,
  conflict: ConflictError,
  'idempotency-key-in-use': IdempotencyError,
  'idempotency-key-reuse': IdempotencyError,
  'rate-limited': RateLimitError,
  'internal-error': ServerError,
  400: ValidationError,
  422: ValidationError,
  401: AuthenticationError,
  403: PermissionError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

/**
 * What {@link createErrorFromResponse} needs: the failed call and the response, its body already parsed
 * (JSON when it was JSON, otherwise the text).
 *
 * @example
 * ```ts
 * const input: ErrorResponse = { operationId: 'jobs.get', status: 404, headers: new Headers(), body: problem };
 * ```
 */
export interface ErrorResponse {
  operationId: string;
  status: number;
  statusText?: string;
  headers: Headers;
  body: unknown;
  /** The clock for `Retry-After` dates. Defaults to `Date.now`. */
  now?: () => number;
}

/**
 * Builds the right {@link GigMarketError} subclass for an error response: by the problem `type`
 * when it is one of the standard's, otherwise by the HTTP status, so a proxy's HTML 502 still becomes
 * a `ServerError` and an OAuth `{ error: 'invalid_client' }` 401 an `AuthenticationError`.
 *
 * @example
 * ```ts
 * const error = createErrorFromResponse({ operationId: 'escrows.release', status: 409, headers, body });
 * error instanceof ConflictError; // true for invalid-transition
 * ```
 */
export function createErrorFromResponse(response: ErrorResponse): GigMarketError {
  const { operationId, status, headers } = response;
  const problem = normalizeProblem(response.body, status, response.statusText);
  const slug = problemTypeSlug(problem.type);
  const key = slug !== undefined && Object.hasOwn(ERROR_CLASSES, slug) ? slug : status;
  const ErrorClass = ERROR_CLASSES[key] ?? (status >= 500 ? ServerError : GigMarketError);
  const instanceId = problem.instance?.startsWith('urn:request:') ? problem.instance.slice(12) : undefined;
  const requestId = problem.requestId ?? headers.get('x-request-id') ?? instanceId;
  const init: GigMarketErrorInit = { operationId, status, problem, ...(requestId ? { requestId } : {}) };
  if (ErrorClass === RateLimitError) {
    const delayMs = parseRetryAfter(headers.get('retry-after'), response.now?.() ?? Date.now());
    return new RateLimitError({
      ...init,
      retryAfterSeconds: delayMs === undefined ? undefined : Math.ceil(delayMs / 1000),
    });
  }
  return new ErrorClass(init);
}
