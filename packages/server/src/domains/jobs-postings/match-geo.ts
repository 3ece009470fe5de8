import { type GeoPoint, haversineMeters } from '@gigmarket/engine';
import { type SQL, sql } from 'drizzle-orm';
import { jobPoint, objects } from '../../store/schema.js';

/** Metres per degree of latitude on the WGS84 mean sphere, as the engine measures distances. */
const METRES_PER_DEGREE = haversineMeters({ lat: 0, lng: 0 }, { lat: 1, lng: 0 });
/** The engine's sphere (`EARTH_MEAN_RADIUS_M` of its matching/geo.ts, not exported) and its radians. */
const EARTH_MEAN_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;
/** Widens the box by 1% so that rounding never drops a job the exact distance keeps. */
const MARGIN = 1.01;

/**
 * A bounding-box condition for jobs within `radiusM` of `center`, answered by the GiST index on the
 * job's map point (`objects_job_geo`), so a search or a match reads only the jobs around the point
 * instead of every open job. Only a prefilter: callers still keep exactly those within the radius.
 * `undefined` when the box would cross the antimeridian or a pole (no prefilter is then used).
 */
export function jobsInBox(center: GeoPoint, radiusM: number): SQL | undefined {
  const latDelta = (radiusM / METRES_PER_DEGREE) * MARGIN;
  const maxAbsLat = Math.abs(center.lat) + latDelta;
  if (maxAbsLat >= 89.9) return undefined;
  const lngDelta = latDelta / Math.cos((maxAbsLat * Math.PI) / 180);
  if (center.lng - lngDelta < -180 || center.lng + lngDelta > 180) return undefined;
  const [west, east] = [center.lng - lngDelta, center.lng + lngDelta];
  const [south, north] = [center.lat - latDelta, center.lat + latDelta];
  // The expression and the partial index's predicate must appear as the index has them (a literal
  // type, not a parameter) for the planner to use the index.
  return sql`${objects.type} = 'Job' AND ${jobPoint} <@ box(point(${west}::float8, ${south}::float8), point(${east}::float8, ${north}::float8))`;
}

/**
 * A job's distance from `center` in whole metres, computed by the database exactly as the engine's
 * `haversineMeters` computes it (same sphere, same operations in the same order, squares as
 * products) and rounded as `Math.round` rounds a distance. NULL for a job without a map point. Lets
 * a map search filter by radius, order by distance and cut the page in SQL.
 */
export function jobDistanceMeters(center: GeoPoint): SQL {
  const lng = sql`(${objects.data}->'location'->'geo'->>'lng')::float8`;
  const lat = sql`(${objects.data}->'location'->'geo'->>'lat')::float8`;
  const rad = sql`${RAD}::float8`;
  const halfDLat = sql`sin(((${lat} - ${center.lat}::float8) * ${rad}) / 2)`;
  const halfDLng = sql`sin(((${lng} - ${center.lng}::float8) * ${rad}) / 2)`;
  const h = sql`${halfDLat} * ${halfDLat} + cos(${center.lat}::float8 * ${rad}) * cos(${lat} * ${rad}) * (${halfDLng} * ${halfDLng})`;
  return sql`floor(${2 * EARTH_MEAN_RADIUS_M}::float8 * asin(least(1::float8, sqrt(${h}))) + 0.5::float8)`;
}
