import type { GeoPoint } from '@gigmarket/engine';
import type { OperationContext } from '../../context.js';
import { findById } from '../../store/objects.js';

/**
 * Approximate centres (seat of the county government, GCJ-02) of the regions this server knows.
 * Matching measures a worker's distance from the centre of their `residenceRegion` when no live
 * position may be used (jobs-postings.md "Matching"). A deployment extends this table for its region.
 */
const CENTRES: Record<string, GeoPoint> = {
  '330100': { lng: 120.155, lat: 30.274 }, // 杭州市
  '330110': { lng: 120.0321, lat: 30.2805 }, // 余杭区
  '330113': { lng: 120.299, lat: 30.419 }, // 临平区
  '140100': { lng: 112.549, lat: 37.87 }, // 太原市
  '140121': { lng: 112.358, lat: 37.607 }, // 清徐县
  '350700': { lng: 118.178, lat: 26.641 }, // 南平市
  '350702': { lng: 118.182, lat: 26.637 }, // 延平区
};

/**
 * Where a worker's end of a distance is: the centre of the residence region, else the map point
 * of the gig market that registered them; `null` when neither is known (the worker is then outside
 * every radius, since the radius is a hard filter).
 */
export async function workerOrigin(
  ctx: OperationContext,
  worker: Record<string, unknown>,
): Promise<GeoPoint | null> {
  const region = worker.residenceRegion;
  if (typeof region === 'string' && CENTRES[region]) return CENTRES[region];
  if (typeof worker.gigMarketId === 'string') {
    const market = await findById(ctx.tx, worker.gigMarketId);
    const geo = (market?.data as { location?: { geo?: GeoPoint } } | undefined)?.location?.geo;
    if (geo) return { lng: geo.lng, lat: geo.lat };
  }
  return null;
}
