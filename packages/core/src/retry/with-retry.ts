import { isNetworkError, isTimeoutError } from '../errors/guards.js';
import { backoffDelay, isRetryableMethod, type RetryOptions } from './policy.js';
import { parseRetryAfter } from './retry-after.js';
import { sleep as defaultSleep } from './sleep.js';

/**
 * Told before each retry: which attempt comes next, how long the wait is, and why.
 *
 * @example
 * ```ts
 * const onRetry = ({ attempt, delayMs, response }: RetryEvent) => log(attempt, delayMs, response?.status);
 * ```
 */
export interface RetryEvent {
  /** The number of the attempt about to be made (1 for the first retry). */
  attempt: number;
  delayMs: number;
  /** The response that is retried; `undefined` when the attempt threw. */
  response?: Response;
  /** The error that is retried (a `NetworkError` or `TimeoutError`); `undefined` for responses. */
  error?: unknown;
}

/**
 * The settings of one {@link withRetry} run.
 *
 * @example
 * ```ts
 * const context: RetryContext = { method: 'POST', hasIdempotencyKey: true, options: resolveRetryOptions({}) };
 * ```
 */
export interface RetryContext {
  method: string;
  hasIdempotencyKey: boolean;
  options: Required<RetryOptions>;
  /** Aborting stops the run at once: no further attempt, the wait rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  sleep?: ((ms: number, signal?: AbortSignal) => Promise<void>) | undefined;
  random?: (() => number) | undefined;
  now?: (() => number) | undefined;
  /** Which thrown errors are transient. Default: `NetworkError` and `TimeoutError`. */
  isRetryableError?: (error: unknown) => boolean;
  onRetry?: ((event: RetryEvent) => void | Promise<void>) | undefined;
}

const transient = (error: unknown) => isNetworkError(error) || isTimeoutError(error);

/**
 * Runs `attempt` until it yields a response that is not retryable, retries are spent, or an error is
 * not transient. Returns the last response (the caller turns error statuses into errors) or throws
 * the last error. The caller passes the same request (with the same `Idempotency-Key`) to every attempt.
 *
 * @example
 * ```ts
 * const response = await withRetry((n) => fetch(url), { method: 'GET', hasIdempotencyKey: false, options });
 * ```
 */
export async function withRetry(
  attempt: (attemptNumber: number) => Promise<Response>,
  context: RetryContext,
): Promise<Response> {
  const { options, signal } = context;
  const sleep = context.sleep ?? defaultSleep;
  const now = context.now ?? Date.now;
  const mayRetry = isRetryableMethod(context.method, context.hasIdempotencyKey);
  const isRetryableError = context.isRetryableError ?? transient;

  for (let attemptNumber = 0; ; attemptNumber++) {
    const canRetry = mayRetry && attemptNumber < options.retries;
    let delayMs: number;
    let event: RetryEvent;
    try {
      const response = await attempt(attemptNumber);
      if (!canRetry || !options.statuses.includes(response.status)) return response;
      const retryAfter =
        response.status === 429 || response.status === 503
          ? parseRetryAfter(response.headers.get('retry-after'), now())
          : undefined;
      if (retryAfter !== undefined && retryAfter > options.maxRetryAfterMs) return response;
      delayMs = retryAfter ?? backoffDelay(attemptNumber, options, context.random);
      event = { attempt: attemptNumber + 1, delayMs, response };
      // Release the connection: this body will never be read. Not awaited: a cancel can stay pending
      // while a clone of the response (ky hands one to afterResponse hooks) is unread.
      response.body?.cancel().catch(() => undefined);
    } catch (error) {
      if (signal?.aborted || !canRetry || !isRetryableError(error)) throw error;
      delayMs = backoffDelay(attemptNumber, options, context.random);
      event = { attempt: attemptNumber + 1, delayMs, error };
    }
    await context.onRetry?.(event);
    await sleep(delayMs, signal);
  }
}
