import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after.js';

const now = Date.parse('2026-07-01T08:00:00Z');

describe('parseRetryAfter', () => {
  it.each([
    ['12', 12_000],
    [' 0 ', 0],
    ['Wed, 01 Jul 2026 08:00:05 GMT', 5_000],
    ['Wed, 01 Jul 2026 07:59:00 GMT', 0], // a date in the past means "now"
    [null, undefined],
    ['', undefined],
    ['soon', undefined],
    ['1.5', undefined],
    ['-3', undefined],
  ])('%j → %j ms', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});
