import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineMeters } from './geo.js';
import { buildGeoIndex, forEachWithin } from './geo-index.js';

const near = (lat: number, lng: number, spread: number) =>
  fc.record({
    lat: fc.double({ min: lat - spread, max: lat + spread, noNaN: true }),
    lng: fc.double({ min: lng - spread, max: lng + spread, noNaN: true }),
  });

describe('forEachWithin', () => {
  it('visits exactly the items a brute-force filter finds', () => {
    fc.assert(
      fc.property(
        fc.array(near(30.3, 120.2, 0.2), { maxLength: 200 }),
        near(30.3, 120.2, 0.2),
        fc.integer({ min: 0, max: 30_000 }),
        fc.constantFrom(250, 2000, 7000),
        (points, center, radiusM, cellSizeM) => {
          const items = points.map((location, i) => ({ id: i, location }));
          const index = buildGeoIndex(items, { cellSizeM });
          const seen: number[] = [];
          forEachWithin(index, center, radiusM, (item) => seen.push(item.id));
          const expected = items
            .filter((it) => haversineMeters(center, it.location) <= radiusM)
            .map((it) => it.id);
          expect(seen.sort((a, b) => a - b)).toEqual(expected);
        },
      ),
    );
  });

  it('works across the antimeridian and near the poles', () => {
    const items = [
      { id: 'east', location: { lat: 0, lng: 179.99 } },
      { id: 'west', location: { lat: 0, lng: -179.99 } },
      { id: 'pole', location: { lat: 89.95, lng: 10 } },
    ];
    const index = buildGeoIndex(items);
    const seen: string[] = [];
    forEachWithin(index, { lat: 0, lng: 180 }, 5000, (item) => seen.push(item.id));
    expect(seen.sort()).toEqual(['east', 'west']);
    const polar: string[] = [];
    forEachWithin(index, { lat: 89.95, lng: -170 }, 20_000, (item) => polar.push(item.id));
    expect(polar).toEqual(['pole']);
  });
});
