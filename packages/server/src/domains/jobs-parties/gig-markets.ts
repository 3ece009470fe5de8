import { haversineMeters } from '@gigmarket/engine';
import type { OperationContext } from '../../context.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { listResource } from '../../operations/generic.js';
import { textFromBase64Url, toBase64Url } from '../../web/base64.js';

type Market = {
  location: { geo?: { lng: number; lat: number } };
  openingHours: Array<{ daysOfWeek: number[]; open: string; close: string }>;
  occupations?: string[];
};

/** Whether a market is open at an instant, by its opening hours in Asia/Shanghai. */
export function openAt(market: Market, instant: Date): boolean {
  const local = new Date(instant.getTime() + 8 * 3600_000);
  const day = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
  const hhmm = local.toISOString().slice(11, 16);
  return market.openingHours.some((h) => h.daysOfWeek.includes(day) && h.open <= hhmm && hhmm < h.close);
}

/** The directory: listed markets are public; operators own theirs; regulators suspend and delist. */
export const gigMarkets: ResourceDefinition = {
  type: 'GigMarket',
  // gigMarkets.list: by name (nearest first with `near`)
  listOrder: { fields: ['name'], direction: 'asc' },
  prefix: 'gmk',
  label: 'gig market',
  create: (_ctx, body) => ({
    data: { feeFen: 0, occupations: [], services: [], ...body },
    status: 'LISTED',
    isPublic: true,
  }),
  actions: {
    suspend: () => ({ to: 'SUSPENDED', isPublic: false }),
    delist: () => ({ to: 'DELISTED', isPublic: false }),
    relist: () => ({ to: 'LISTED', isPublic: true }),
  },
};

/**
 * `GET /gig-markets`: the directory and e-map. With `near`, markets within `radiusM`, nearest
 * first, each with `distanceMeters`; `openAt` keeps those open then. Coordinates are compared as
 * given: the directory stores points in the system callers use (GCJ-02 by default).
 */
export const gigMarketsList: CustomHandler = async (ctx: OperationContext) => {
  const { near, radiusM, openAt: openAtParam, occupationCode, ...rest } = ctx.query;
  if (!near && !openAtParam && !occupationCode) return listResource(gigMarkets, ctx);
  // Filters on computed values: read the visible markets matching the stored filters, then filter.
  const all = (await listResource(gigMarkets, { ...ctx, query: { ...rest, limit: 10_000 } })).body as {
    data: Market[];
  };
  const instant =
    openAtParam === 'now' ? ctx.nowDate : typeof openAtParam === 'string' ? new Date(openAtParam) : undefined;
  let markets = all.data.map((m) => ({ ...m, ...(instant ? { openNow: openAt(m, instant) } : {}) }));
  if (instant) markets = markets.filter((m) => m.openNow);
  if (typeof occupationCode === 'string')
    markets = markets.filter((m) => m.occupations?.includes(occupationCode));
  if (typeof near === 'string') {
    const [lng, lat] = near.split(',').map(Number) as [number, number];
    const radius = Number(radiusM ?? 5000);
    markets = markets
      .filter((m) => m.location.geo)
      .map((m) => ({
        ...m,
        distanceMeters: Math.round(
          haversineMeters({ lng, lat }, m.location.geo as { lng: number; lat: number }),
        ),
      }))
      .filter((m) => m.distanceMeters <= radius)
      .sort((a, b) => a.distanceMeters - b.distanceMeters);
  }
  const limit = Number(ctx.query.limit ?? 20);
  const offset = typeof ctx.query.cursor === 'string' ? Number(textFromBase64Url(ctx.query.cursor)) || 0 : 0;
  const page = markets.slice(offset, offset + limit);
  return {
    body: {
      data: page,
      nextCursor: offset + limit < markets.length ? toBase64Url(String(offset + limit)) : null,
    },
  };
};
