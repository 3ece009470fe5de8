import { GigMarketError } from './gigmarket-error.js';

/**
 * An attempt got no response within the timeout (`timeoutMs` of the call, else of the transport;
 * 30 s by default). `status` is `0`. Timed-out attempts are retried like network errors, so this is
 * thrown after the last one.
 *
 * @example
 * ```ts
 * try {
 *   await client.jobs.get({ jobId }, { timeoutMs: 5_000 });
 * } catch (error) {
 *   if (error instanceof TimeoutError) console.log(`gave up after ${error.timeoutMs} ms`);
 * }
 * ```
 */
export class TimeoutError extends GigMarketError {
  override name = 'TimeoutError';
  /** The timeout that expired, in milliseconds. */
  readonly timeoutMs: number;

  constructor(operationId: string, timeoutMs: number, cause?: unknown) {
    super({
      operationId,
      status: 0,
      problem: {
        type: 'about:blank',
        title: 'Request timed out',
        status: 0,
        detail: `No response within ${timeoutMs} ms.`,
      },
      cause,
    });
    this.timeoutMs = timeoutMs;
  }
}
