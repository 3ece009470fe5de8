import { GigMarketError, type GigMarketErrorInit } from './gigmarket-error.js';

/**
 * `429` `rate-limited`, thrown once the transport's retries (which wait out `Retry-After`) are
 * spent, or when `Retry-After` asked for longer than the transport waits on its own.
 *
 * @example
 * ```ts
 * if (error instanceof RateLimitError) await sleep((error.retryAfterSeconds ?? 60) * 1000);
 * ```
 */
export class RateLimitError extends GigMarketError {
  override name = 'RateLimitError';
  /** Seconds to wait, from the `Retry-After` header (seconds or an HTTP date); `undefined` when absent or unreadable. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: GigMarketErrorInit & { retryAfterSeconds?: number | undefined }) {
    super(init);
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}
