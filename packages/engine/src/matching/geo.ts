/**
 * Great-circle distance on WGS84 coordinates (DOMAIN.md §2: stored internally as WGS84; GCJ-02 and
 * BD-09 must be converted before they reach the engine). A sphere of the WGS84 mean radius is used:
 * its error (< 0.5%) is far below what matters for a 5 km matching radius.
 */

/** A WGS84 point in decimal degrees. */
export interface GeoPoint {
  readonly lat: number;
  readonly lng: number;
}

/** Mean Earth radius of the WGS84 ellipsoid, (2a + b) / 3, in metres. */
export const EARTH_MEAN_RADIUS_M = 6_371_008.8;

/** Metres per degree of latitude on that sphere. */
export const METRES_PER_DEGREE = (Math.PI / 180) * EARTH_MEAN_RADIUS_M;

const RAD = Math.PI / 180;

/**
 * Haversine distance in metres between two WGS84 points.
 * @example haversineMeters({ lat: 30.42, lng: 120.30 }, { lat: 30.43, lng: 120.30 }) // ≈ 1112
 */
export function haversineMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
