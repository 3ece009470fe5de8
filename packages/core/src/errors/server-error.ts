import { GigMarketError } from './gigmarket-error.js';

/**
 * A `5xx` response (`internal-error`, or a gateway's error page). The transport has already retried
 * the retryable ones (500, 502, 503, 504) with backoff; quote {@link GigMarketError.requestId} if it persists.
 *
 * @example
 * ```ts
 * if (error instanceof ServerError) report(error.requestId);
 * ```
 */
export class ServerError extends GigMarketError {
  override name = 'ServerError';
}
