/**
 * How the transport retries. Every field is optional; the defaults are in {@link DEFAULT_RETRY_OPTIONS}.
 *
 * @example
 * ```ts
 * createTransport({ baseUrl, retry: { retries: 5, maxDelayMs: 10_000 } });
 * ```
 */
export interface RetryOptions {
  /** Retries after the first attempt. Default 3 (so at most 4 attempts). */
  retries?: number;
  /** The backoff before the first retry is drawn from [0, baseDelayMs). Default 500 ms. */
  baseDelayMs?: number;
  /** The ceiling grows by this factor per retry. Default 2. */
  factor?: number;
  /** The backoff ceiling never exceeds this. Default 20 000 ms. */
  maxDelayMs?: number;
  /**
   * A `Retry-After` longer than this is not waited out: the call fails with the 429/503 at once, so a
   * request never hangs for minutes unseen. Default 60 000 ms.
   */
  maxRetryAfterMs?: number;
  /** Statuses that are retried. Default 408, 425, 429, 500, 502, 503, 504. */
  statuses?: readonly number[];
}

/**
 * The retry defaults: 3 retries, exponential backoff with full jitter from 500 ms doubling up to 20 s,
 * `Retry-After` honoured up to 60 s, on 408/425/429/500/502/503/504 and on network errors and timeouts.
 *
 * @example
 * ```ts
 * DEFAULT_RETRY_OPTIONS.retries; // 3
 * ```
 */
export const DEFAULT_RETRY_OPTIONS: Readonly<Required<RetryOptions>> = Object.freeze({
  retries: 3,
  baseDelayMs: 500,
  factor: 2,
  maxDelayMs: 20_000,
  maxRetryAfterMs: 60_000,
  statuses: Object.freeze([408, 425, 429, 500, 502, 503, 504]),
});

/**
 * Fills in the defaults; `false` means no retries at all.
 *
 * @example
 * ```ts
 * resolveRetryOptions({ retries: 1 }).baseDelayMs; // 500
 * resolveRetryOptions(false).retries; // 0
 * ```
 */
export function resolveRetryOptions(options: RetryOptions | false | undefined): Required<RetryOptions> {
  if (options === false) return { ...DEFAULT_RETRY_OPTIONS, retries: 0 };
  const resolved = { ...DEFAULT_RETRY_OPTIONS, ...stripUndefined(options ?? {}) };
  if (!Number.isInteger(resolved.retries) || resolved.retries < 0) {
    throw new RangeError(`retry.retries must be a whole number ≥ 0; got ${resolved.retries}.`);
  }
  return resolved;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Whether a request may be sent again. GET, HEAD, PUT, DELETE and OPTIONS are idempotent by HTTP's
 * definition. POST and PATCH are not: the server may have acted on the first attempt, so they are
 * retried only with an `Idempotency-Key`, which makes the server replay the first result instead of
 * acting twice.
 *
 * @example
 * ```ts
 * isRetryableMethod('POST', false); // false
 * isRetryableMethod('POST', true); // true
 * ```
 */
export function isRetryableMethod(method: string, hasIdempotencyKey: boolean): boolean {
  const upper = method.toUpperCase();
  if (upper === 'POST' || upper === 'PATCH') return hasIdempotencyKey;
  return ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'].includes(upper);
}

/**
 * The backoff before retry number `retry` (0 for the first retry): "full jitter", a uniform draw from
 * [0, min(maxDelayMs, baseDelayMs × factor^retry)). Full jitter spreads clients that failed together
 * so they do not come back together.
 *
 * @example
 * ```ts
 * backoffDelay(2, DEFAULT_RETRY_OPTIONS, () => 0.5); // 1000 (half of 500 × 2²)
 * ```
 */
export function backoffDelay(
  retry: number,
  options: Pick<Required<RetryOptions>, 'baseDelayMs' | 'factor' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * options.factor ** retry);
  return Math.floor(random() * ceiling);
}
