import { and, eq } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { CustomHandler } from '../../operations/definitions.js';
import { objects } from '../../store/schema.js';
import { pointIn } from './gcj02.js';
import { within } from './worker-stats-aggregate.js';

type Data = Record<string, unknown>;

/**
 * Where the feeds are published. The server's configuration has no public base URL, so a
 * deployment may set `publicBaseUrl` on its config object; otherwise the local default is used.
 */
export const baseUrl = (ctx: OperationContext) =>
  ((ctx.config as unknown as { publicBaseUrl?: string }).publicBaseUrl ?? 'http://localhost/v1').replace(
    /\/$/,
    '',
  );
const LICENCE = {
  name: 'Creative Commons Attribution 4.0',
  spdxId: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
};
const crsOf = (ctx: OperationContext) => (ctx.query.crs === 'WGS84' ? 'WGS84' : 'GCJ02');
const regionOf = (ctx: OperationContext) =>
  typeof ctx.query.region === 'string' ? ctx.query.region : undefined;

/** Public rows of a type in a status, for the feeds (nothing but what anonymous callers may read). */
export async function publicRows(ctx: OperationContext, type: string, status: string): Promise<Data[]> {
  const rows = await ctx.tx
    .select({ data: objects.data, updatedAt: objects.updatedAt })
    .from(objects)
    .where(and(eq(objects.type, type), eq(objects.status, status), eq(objects.isPublic, true)))
    .orderBy(objects.createdAt, objects.id);
  return rows.map((r) => r.data as Data);
}

/** `GET /open-data/catalog`: every feed with its URL, media type, licence and frequency (DCAT-like). */
export const openDataCatalog: CustomHandler = (ctx) => {
  const base = baseUrl(ctx);
  const feed = (
    id: string,
    title: string,
    description: string,
    path: string,
    mediaType: string,
    conformsTo: string,
    updateFrequency: string,
  ) => ({
    id,
    title,
    description,
    url: `${base}${path}`,
    mediaType,
    conformsTo,
    licence: LICENCE,
    updateFrequency,
    lastUpdatedAt: ctx.now,
  });
  return {
    body: {
      publisher: { name: ctx.config.implementation.vendor ?? ctx.config.implementation.name },
      region: ctx.config.region,
      feeds: [
        feed(
          'gig-markets',
          '零工市场名录与电子地图 (gig-market directory)',
          'All listed gig markets, stations and service points with address, opening hours, occupations and hotlines.',
          '/open-data/gig-markets.geojson',
          'application/geo+json',
          'https://www.rfc-editor.org/rfc/rfc7946',
          'CONTINUOUS',
        ),
        feed(
          'jobs',
          '零工岗位信息 (published gig jobs)',
          'Published job postings as schema.org JobPosting objects.',
          '/open-data/jobs.jsonld',
          'application/ld+json',
          'https://schema.org/JobPosting',
          'CONTINUOUS',
        ),
        feed(
          'statistics',
          '零工市场统计数据 (gig-market statistics)',
          'Aggregated monthly figures by county-level region and occupation; small cells suppressed.',
          '/open-data/statistics.csv',
          'text/csv',
          'https://www.rfc-editor.org/rfc/rfc4180',
          'DAILY',
        ),
      ],
      updatedAt: ctx.now,
    },
  };
};

/** `GET /open-data/gig-markets.geojson`: every LISTED market with a map point, as a FeatureCollection. */
export const openDataGigMarkets: CustomHandler = async (ctx) => {
  const crs = crsOf(ctx);
  const region = regionOf(ctx);
  const features = [];
  for (const m of await publicRows(ctx, 'GigMarket', 'LISTED')) {
    const location = m.location as {
      region: string;
      address: string;
      geo?: { lng: number; lat: number; crs?: string };
    };
    if (region && !within(location.region, region)) continue;
    const coordinates = location.geo ? pointIn(location.geo, crs) : null;
    if (!coordinates) continue;
    const contacts = (m.contacts ?? {}) as { hotline?: string; complaintHotline?: string };
    features.push({
      type: 'Feature',
      id: m.id,
      geometry: { type: 'Point', coordinates },
      properties: {
        name: m.name,
        venueType: m.venueType,
        operatorType: m.operatorType,
        region: location.region,
        address: location.address,
        openingHours: m.openingHours ?? [],
        occupations: m.occupations ?? [],
        services: m.services ?? [],
        hotline: contacts.hotline ?? '',
        ...(contacts.complaintHotline ? { complaintHotline: contacts.complaintHotline } : {}),
        feeFen: m.feeFen ?? 0,
        updatedAt: m.updatedAt,
      },
    });
  }
  return {
    contentType: 'application/geo+json',
    body: {
      type: 'FeatureCollection',
      coordinateSystem: crs,
      generatedAt: ctx.now,
      licence: 'CC-BY-4.0',
      features,
    },
  };
};
