/**
 * A fixed-grid spatial index: items are bucketed by a square cell of latitude/longitude degrees,
 * and a radius query visits only the cells overlapping the query's bounding box. Cheap to build
 * (one pass, O(n)) and to rebuild when open jobs change; good enough for city-scale densities.
 */
import { type GeoPoint, haversineMeters, METRES_PER_DEGREE } from './geo.js';

/** An index over items that have a location. */
export interface GeoIndex<T extends { readonly location: GeoPoint }> {
  readonly cellDeg: number;
  readonly buckets: ReadonlyMap<number, readonly T[]>;
  readonly size: number;
}

/** Default cell edge: 2 km, so a 5 km query touches about 36 cells. */
export const DEFAULT_CELL_SIZE_M = 2000;
const COLUMNS = 400_000; // > 360 / smallest sensible cell (1 m ≈ 9e-6°)

function cellKey(row: number, col: number): number {
  return row * COLUMNS + col;
}

/**
 * Buckets `items` by location.
 * @example const index = buildGeoIndex(openJobs); rankJobsForWorker(worker, index, { limit: 20 })
 */
export function buildGeoIndex<T extends { readonly location: GeoPoint }>(
  items: readonly T[],
  options: { readonly cellSizeM?: number } = {},
): GeoIndex<T> {
  const cellDeg = (options.cellSizeM ?? DEFAULT_CELL_SIZE_M) / METRES_PER_DEGREE;
  const buckets = new Map<number, T[]>();
  for (const item of items) {
    const key = cellKey(
      Math.floor((item.location.lat + 90) / cellDeg),
      Math.floor((item.location.lng + 180) / cellDeg),
    );
    const bucket = buckets.get(key);
    if (bucket) bucket.push(item);
    else buckets.set(key, [item]);
  }
  return { cellDeg, buckets, size: items.length };
}

/**
 * Calls `visit(item, distanceM)` for every item within `radiusM` of `center` (any order).
 * Falls back to visiting every bucket when the box would cover more cells than exist.
 */
export function forEachWithin<T extends { readonly location: GeoPoint }>(
  index: GeoIndex<T>,
  center: GeoPoint,
  radiusM: number,
  visit: (item: T, distanceM: number) => void,
): void {
  const { cellDeg, buckets } = index;
  const latDelta = radiusM / METRES_PER_DEGREE;
  const maxAbsLat = Math.min(89.9, Math.abs(center.lat) + latDelta);
  const lngDelta = Math.min(180, latDelta / Math.cos((maxAbsLat * Math.PI) / 180));
  const row0 = Math.floor((center.lat - latDelta + 90) / cellDeg);
  const row1 = Math.floor((center.lat + latDelta + 90) / cellDeg);
  const col0 = Math.floor((center.lng - lngDelta + 180) / cellDeg);
  const col1 = Math.floor((center.lng + lngDelta + 180) / cellDeg);
  const scan = (bucket: readonly T[]) => {
    for (const item of bucket) {
      const d = haversineMeters(center, item.location);
      if (d <= radiusM) visit(item, d);
    }
  };
  const wraps = center.lng - lngDelta < -180 || center.lng + lngDelta > 180;
  if (wraps || (row1 - row0 + 1) * (col1 - col0 + 1) > buckets.size) {
    for (const bucket of buckets.values()) scan(bucket);
    return;
  }
  for (let row = row0; row <= row1; row++) {
    for (let col = col0; col <= col1; col++) {
      const bucket = buckets.get(cellKey(row, col));
      if (bucket) scan(bucket);
    }
  }
}
