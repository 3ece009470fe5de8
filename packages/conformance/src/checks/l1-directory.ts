import { ensure } from '../context.js';
import { call } from '../http/call.js';
import type { Check } from '../types.js';

interface Market {
  id: string;
  venueType: string;
  location: { region: string; geo: { lng: number; lat: number } };
  distanceMeters?: number | null;
  openNow?: boolean | null;
}

type Page = { data: Market[]; nextCursor: string | null };

/** The directory's first markets; the search checks skip on an empty directory. */
async function someMarkets(ctx: Parameters<Check['run']>[0]): Promise<Market[]> {
  const page = await call<Page>(ctx, 'gigMarkets.list', { query: { limit: 100 } });
  if (page.data.length === 0) ctx.skip('The gig-market directory is empty: nothing to search.');
  return page.data;
}

/** Level 1: the gig-market directory and e-map (docs/domains/jobs-parties.md). */
export const directoryChecks: Check[] = [
  {
    id: 'JOB-DIR-001',
    level: 1,
    domain: 'jobs',
    severity: 'MUST',
    title: 'The gig-market directory is public and every entry conforms to the GigMarket schema',
    spec: 'conformance.md#level-1-read',
    run: async (ctx) => {
      const res = await ctx.probe({ path: '/gig-markets?limit=20', as: 'anonymous' });
      ensure(res.status === 200, `GET /gig-markets without credentials must answer 200, got ${res.status}.`);
      await call(ctx, 'gigMarkets.list', { query: { limit: 100 } });
    },
  },
  {
    id: 'JOB-DIR-002',
    level: 1,
    domain: 'jobs',
    severity: 'MUST',
    title: 'Searching by region returns the markets in that region and everything inside it',
    spec: 'conventions.md#6-lists-and-pagination',
    run: async (ctx) => {
      const [first] = await someMarkets(ctx);
      // The prefecture of the first market: a county's markets must be found by its prefecture.
      const prefecture = `${first?.location.region.slice(0, 4)}00`;
      const page = await call<Page>(ctx, 'gigMarkets.list', { query: { region: prefecture, limit: 100 } });
      ensure(page.data.length > 0, `region=${prefecture} found nothing, though ${first?.id} lies in it.`);
      const outside = page.data.filter((m) => !m.location.region.startsWith(prefecture.slice(0, 4)));
      ensure(
        outside.length === 0,
        `region=${prefecture} returned markets outside it: ${outside.map((m) => m.id).join(', ')}.`,
      );
    },
  },
  {
    id: 'JOB-DIR-003',
    level: 1,
    domain: 'jobs',
    severity: 'MUST',
    title: 'Searching near a point returns markets nearest first, each with its distance',
    spec: 'conformance.md#level-1-read',
    run: async (ctx) => {
      const [first] = await someMarkets(ctx);
      const near = `${first?.location.geo.lng},${first?.location.geo.lat}`;
      const page = await call<Page>(ctx, 'gigMarkets.list', { query: { near, radiusM: 50_000, limit: 100 } });
      ensure(page.data.length > 0, `near=${near} found nothing, though ${first?.id} stands there.`);
      const distances = page.data.map((m) => m.distanceMeters);
      ensure(
        distances.every((d) => typeof d === 'number'),
        `every result of a near search needs distanceMeters; got ${JSON.stringify(distances)}.`,
      );
      const sorted = [...(distances as number[])].sort((a, b) => a - b);
      ensure(
        JSON.stringify(sorted) === JSON.stringify(distances),
        `results must be nearest first; distances were ${distances.join(', ')}.`,
      );
      ensure((sorted.at(-1) ?? 0) <= 50_000, 'a result lies outside radiusM.');
    },
  },
  {
    id: 'JOB-DIR-004',
    level: 1,
    domain: 'jobs',
    severity: 'MUST',
    title: 'Searching by venue type and openAt returns only matching markets',
    spec: 'conformance.md#level-1-read',
    run: async (ctx) => {
      const [first] = await someMarkets(ctx);
      const venueType = first?.venueType as string;
      const byType = await call<Page>(ctx, 'gigMarkets.list', { query: { venueType, limit: 100 } });
      const wrong = byType.data.filter((m) => m.venueType !== venueType);
      ensure(
        byType.data.length > 0 && wrong.length === 0,
        `venueType=${venueType} must return only (and at least one) ${venueType} markets.`,
      );
      const open = await call<Page>(ctx, 'gigMarkets.list', { query: { openAt: 'now', limit: 100 } });
      const closed = open.data.filter((m) => m.openNow === false);
      ensure(
        closed.length === 0,
        `openAt=now returned markets that say openNow=false: ${closed.map((m) => m.id).join(', ')}.`,
      );
    },
  },
];
