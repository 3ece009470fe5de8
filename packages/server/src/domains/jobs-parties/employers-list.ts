import { sql } from 'drizzle-orm';
import type { CustomHandler } from '../../operations/definitions.js';
import { visibleTo } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { presentEmployer } from './employer-view.js';
import { arrayContains, listPage, withinRegion } from './paging.js';

/**
 * `GET /employers`: own, party (market operators: employers registered at their markets) or all;
 * `region` matches `registeredRegion` (regulators see employers by it), `badge` and `blacklisted`
 * look into the credit fields.
 */
export const employersList: CustomHandler = (ctx) => {
  const q = ctx.query;
  const field = (name: string) => sql`${objects.data}->>${name}`;
  return listPage(ctx, {
    type: 'Employer',
    scope: [visibleTo(ctx.caller, ctx.visibility)],
    filters: [
      ...(['kind', 'uscc', 'gigMarketId'] as const).map((name) =>
        typeof q[name] === 'string' ? sql`${field(name)} = ${q[name]}` : undefined,
      ),
      typeof q.region === 'string' ? withinRegion(field('registeredRegion'), q.region) : undefined,
      typeof q.badge === 'string' ? arrayContains(sql`${objects.data}->'badges'`, q.badge) : undefined,
      typeof q.blacklisted === 'boolean'
        ? sql`coalesce(${objects.data}->'blacklist'->>'listed', 'false') = ${String(q.blacklisted)}`
        : undefined,
    ],
    present: (row) => presentEmployer(ctx, row),
  });
};
