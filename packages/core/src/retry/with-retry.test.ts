import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkError } from '../errors/network-error.js';
import { resolveRetryOptions } from './policy.js';
import { type RetryContext, withRetry } from './with-retry.js';

const options = resolveRetryOptions({});
const status = (code: number, headers: Record<string, string> = {}) =>
  new Response(null, { status: code, headers });

/** An attempt function that answers from a script and counts its calls. */
function script(...outcomes: Array<Response | Error>) {
  const attempt = vi.fn(async (_n: number) => {
    const next = outcomes.length > 1 ? outcomes.shift() : outcomes[0];
    if (next instanceof Error) throw next;
    return next as Response;
  });
  return attempt;
}

function context(overrides: Partial<RetryContext> = {}): RetryContext {
  return { method: 'GET', hasIdempotencyKey: false, options, random: () => 1 - Number.EPSILON, ...overrides };
}

describe('withRetry with an injected sleep', () => {
  it.each([408, 425, 429, 500, 502, 503, 504])('retries %i', async (code) => {
    const attempt = script(status(code), status(200));
    const response = await withRetry(attempt, context({ sleep: async () => {} }));
    expect(response.status).toBe(200);
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it.each([400, 401, 403, 404, 409, 422, 501])('does not retry %i', async (code) => {
    const attempt = script(status(code), status(200));
    const response = await withRetry(attempt, context({ sleep: async () => {} }));
    expect(response.status).toBe(code);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('waits full-jitter backoff: random × min(20 s, 500 ms × 2^n)', async () => {
    const delays: number[] = [];
    const attempt = script(status(500));
    const response = await withRetry(
      attempt,
      context({
        random: () => 0.5,
        sleep: async (ms) => void delays.push(ms),
        options: resolveRetryOptions({ retries: 7 }),
      }),
    );
    expect(response.status).toBe(500);
    expect(attempt).toHaveBeenCalledTimes(8);
    expect(delays).toEqual([250, 500, 1000, 2000, 4000, 8000, 10000]);
  });

  it('honours Retry-After in seconds and as an HTTP date on 429 and 503, instead of the backoff', async () => {
    const now = Date.parse('2026-07-01T08:00:00Z');
    const delays: number[] = [];
    const attempt = script(
      status(429, { 'Retry-After': '3' }),
      status(503, { 'Retry-After': 'Wed, 01 Jul 2026 08:00:07 GMT' }),
      status(500, { 'Retry-After': '9' }), // not honoured on 500: backoff
      status(200),
    );
    await withRetry(
      attempt,
      context({ now: () => now, random: () => 0, sleep: async (ms) => void delays.push(ms) }),
    );
    expect(delays).toEqual([3000, 7000, 0]);
  });

  it('does not wait out a Retry-After longer than maxRetryAfterMs', async () => {
    const attempt = script(status(429, { 'Retry-After': '3600' }), status(200));
    const response = await withRetry(attempt, context({ sleep: async () => {} }));
    expect(response.status).toBe(429);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('retries POST only with an Idempotency-Key', async () => {
    const without = script(status(503), status(200));
    expect((await withRetry(without, context({ method: 'POST', sleep: async () => {} }))).status).toBe(503);
    expect(without).toHaveBeenCalledTimes(1);

    const withKey = script(
      status(503),
      new NetworkError({
        operationId: 'a.b',
        status: 0,
        problem: { type: 'about:blank', title: 'Network error', status: 0 },
      }),
      status(201),
    );
    const response = await withRetry(
      withKey,
      context({ method: 'POST', hasIdempotencyKey: true, sleep: async () => {} }),
    );
    expect(response.status).toBe(201);
    expect(withKey).toHaveBeenCalledTimes(3);
  });

  it('retries network errors and rethrows the last; rethrows other errors at once', async () => {
    const network = NetworkError.from('a.b', new TypeError('fetch failed'));
    const flaky = script(network);
    await expect(withRetry(flaky, context({ sleep: async () => {} }))).rejects.toBe(network);
    expect(flaky).toHaveBeenCalledTimes(4);

    const bug = script(new RangeError('programming error'));
    await expect(withRetry(bug, context({ sleep: async () => {} }))).rejects.toThrow(RangeError);
    expect(bug).toHaveBeenCalledTimes(1);
  });

  it('tells onRetry the attempt, the delay and the cause', async () => {
    const onRetry = vi.fn();
    await withRetry(
      script(status(502), status(200)),
      context({ random: () => 0.5, sleep: async () => {}, onRetry }),
    );
    expect(onRetry).toHaveBeenCalledOnce();
    expect(onRetry.mock.calls[0]?.[0]).toMatchObject({ attempt: 1, delayMs: 250 });
    expect(onRetry.mock.calls[0]?.[0].response.status).toBe(502);
  });
});

describe('withRetry with fake timers and the real sleep', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends the retry only when the backoff has passed', async () => {
    const attempt = script(status(500), status(500), status(200));
    const done = withRetry(attempt, context({ random: () => 0.5 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(249);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempt).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(500);
    expect((await done).status).toBe(200);
    expect(attempt).toHaveBeenCalledTimes(3);
  });

  it('waits Retry-After seconds on 429', async () => {
    const attempt = script(status(429, { 'Retry-After': '2' }), status(200));
    const done = withRetry(attempt, context());
    await vi.advanceTimersByTimeAsync(1_999);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect((await done).status).toBe(200);
  });

  it('stops at once when aborted during the wait, without another attempt', async () => {
    const controller = new AbortController();
    const attempt = script(status(503, { 'Retry-After': '10' }), status(200));
    const done = withRetry(attempt, context({ signal: controller.signal })).catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort(new Error('stop'));
    expect(await done).toEqual(new Error('stop'));
    await vi.advanceTimersByTimeAsync(20_000);
    expect(attempt).toHaveBeenCalledTimes(1);
  });

  it('does not retry an error thrown after an abort', async () => {
    const controller = new AbortController();
    controller.abort();
    const attempt = script(NetworkError.from('a.b', new TypeError('aborted')));
    await expect(withRetry(attempt, context({ signal: controller.signal }))).rejects.toBeInstanceOf(
      NetworkError,
    );
    expect(attempt).toHaveBeenCalledTimes(1);
  });
});
