import { GigMarketError } from './gigmarket-error.js';

/**
 * No response arrived: DNS, connection refused or reset, TLS, CORS. `status` is `0`, `cause` holds the
 * error `fetch` threw. The transport has already retried it (for POST and PATCH only with an
 * `Idempotency-Key`, because the server may have acted on the request).
 *
 * @example
 * ```ts
 * if (error instanceof NetworkError) showOfflineBanner(String(error.cause));
 * ```
 */
export class NetworkError extends GigMarketError {
  override name = 'NetworkError';

  /**
   * @example
   * ```ts
   * throw NetworkError.from('jobs.list', new TypeError('fetch failed'));
   * ```
   */
  static from(operationId: string, cause: unknown): NetworkError {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return new NetworkError({
      operationId,
      status: 0,
      problem: { type: 'about:blank', title: 'Network error', status: 0, detail: reason },
      cause,
    });
  }
}
