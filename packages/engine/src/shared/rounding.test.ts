import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyBps, applyBpsFloor, divideRoundHalfUp } from './rounding.js';

describe('divideRoundHalfUp', () => {
  it.each([
    [5, 2, 3],
    [4, 2, 2],
    [7, 3, 2],
    [-5, 2, -3],
    [0, 7, 0],
  ])('%s / %s → %s', (n, d, q) => {
    expect(divideRoundHalfUp(n, d)).toBe(q);
  });

  it('agrees with Math.round on non-negative values and rejects non-integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e5 }), (n, d) => {
        expect(divideRoundHalfUp(n, d)).toBe(Math.round(n / d));
      }),
    );
    expect(() => divideRoundHalfUp(1.5, 1)).toThrow(RangeError);
    expect(() => divideRoundHalfUp(1, 0)).toThrow(RangeError);
  });

  it('rounds bps half-up, or down for ceilings', () => {
    expect(applyBps(333, 5000)).toBe(167);
    expect(applyBpsFloor(333, 5000)).toBe(166);
  });
});
