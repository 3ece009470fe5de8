import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineMeters } from './geo.js';

describe('haversineMeters', () => {
  it('measures one degree of latitude as ≈ 111.2 km', () => {
    expect(haversineMeters({ lat: 30, lng: 120 }, { lat: 31, lng: 120 })).toBeCloseTo(111_195, -1);
  });

  it('measures a quarter of the equator as π/2 × the mean radius', () => {
    expect(haversineMeters({ lat: 0, lng: 0 }, { lat: 0, lng: 90 })).toBeCloseTo(
      (Math.PI / 2) * 6_371_008.8,
      3,
    );
  });

  it('is symmetric, non-negative and zero on the same point', () => {
    const point = fc.record({
      lat: fc.double({ min: -89, max: 89, noNaN: true }),
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(haversineMeters(a, b)).toBeCloseTo(haversineMeters(b, a), 6);
        expect(haversineMeters(a, b)).toBeGreaterThanOrEqual(0);
        expect(haversineMeters(a, a)).toBe(0);
      }),
    );
  });
});
