import { type GeoPoint, haversineMeters } from '@gigmarket/engine';
import { type SQL, sql } from 'drizzle-orm';
import { jobPoint, objects } from '../../store/schema.js';

/** Metres per degree of latitude on the WGS84 mean sphere, as the engine measures distances. */
const METRES_PER_DEGREE = haversineMeters({ lat: 0, lng: 0 }, { lat: 1, lng: 0 });
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
