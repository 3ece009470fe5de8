import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_OPTIONS, isRetryableMethod, resolveRetryOptions } from './policy.js';

describe('retry policy', () => {
  it('defaults to 3 retries, 500 ms base, factor 2, 20 s ceiling, the standard retryable statuses', () => {
    expect(resolveRetryOptions(undefined)).toEqual({
      retries: 3,
      baseDelayMs: 500,
      factor: 2,
      maxDelayMs: 20_000,
      maxRetryAfterMs: 60_000,
      statuses: [408, 425, 429, 500, 502, 503, 504],
    });
    expect(resolveRetryOptions(false).retries).toBe(0);
    expect(resolveRetryOptions({ retries: 5, baseDelayMs: undefined }).baseDelayMs).toBe(500);
    expect(() => resolveRetryOptions({ retries: -1 })).toThrow(RangeError);
  });

  it('draws the backoff from [0, min(max, base × factor^n)) — full jitter', () => {
    const ceilings = [0, 1, 2, 3, 5, 6, 10].map((n) =>
      backoffDelay(n, DEFAULT_RETRY_OPTIONS, () => 0.999_999),
    );
    expect(ceilings).toEqual([499, 999, 1999, 3999, 15999, 19999, 19999]);
    expect(backoffDelay(3, DEFAULT_RETRY_OPTIONS, () => 0)).toBe(0);
    expect(backoffDelay(2, DEFAULT_RETRY_OPTIONS, () => 0.5)).toBe(1000);
  });

  it.each([
    ['GET', false, true],
    ['HEAD', false, true],
    ['PUT', false, true],
    ['DELETE', false, true],
    ['POST', false, false],
    ['POST', true, true],
    ['PATCH', false, false],
    ['PATCH', true, true],
  ] as const)('%s with key=%s is retryable: %s', (method, key, expected) => {
    expect(isRetryableMethod(method, key)).toBe(expected);
  });
});
