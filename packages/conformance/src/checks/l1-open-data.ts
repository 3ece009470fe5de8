import { ensure } from '../context.js';
import type { Check } from '../types.js';
import { findPersonalData } from './personal-data.js';

const FEEDS = [
  ['/open-data/catalog', 'application/json'],
  ['/open-data/gig-markets.geojson', 'application/geo+json'],
  ['/open-data/jobs.jsonld', 'application/ld+json'],
  ['/open-data/statistics.csv', 'text/csv'],
] as const;

/** Level 1: the open-data feeds (docs/domains/reporting.md). */
export const openDataChecks: Check[] = [
  {
    id: 'REP-ODT-001',
    level: 1,
    domain: 'reporting',
    severity: 'MUST',
    title: 'The open-data feeds (catalog, GeoJSON, JSON-LD, CSV) are served without credentials',
    spec: 'conformance.md#level-1-read',
    run: async (ctx) => {
      for (const [path, type] of FEEDS) {
        const res = await ctx.probe({ path, as: 'anonymous' });
        ensure(res.status === 200, `GET ${path} without credentials must answer 200, got ${res.status}.`);
        ensure(
          (res.headers.get('content-type') ?? '').startsWith(type),
          `GET ${path} must be ${type}, not ${res.headers.get('content-type')}.`,
        );
      }
    },
  },
  {
    id: 'REP-ODT-002',
    level: 1,
    domain: 'reporting',
    severity: 'MUST',
    title: 'The open-data feeds carry no personal data (ID numbers, mobile numbers)',
    spec: 'conventions.md#7-security-roles-and-tenants',
    run: async (ctx) => {
      for (const [path] of FEEDS) {
        const res = await ctx.probe({ path, as: 'anonymous' });
        const hit = findPersonalData(res.text);
        ensure(!hit, `GET ${path} contains personal data: "${hit}".`);
      }
    },
  },
];
