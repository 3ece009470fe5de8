import { or, sql } from 'drizzle-orm';
import type { CustomHandler } from '../../operations/definitions.js';
import { visibleTo } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { arrayContains, listPage, withinRegion } from './paging.js';
import { presentWorker } from './worker-view.js';

/**
 * `GET /workers`: own workers (all for regulators), oldest change first for incremental sync, with
 * the region (residence, else household), occupation (skill or preference), real-name, hardship
 * and gig-market filters.
 */
export const workersList: CustomHandler = (ctx) => {
  const q = ctx.query;
  const field = (name: string) => sql`${objects.data}->>${name}`;
  const json = (name: string) => sql`${objects.data}->${name}`;
  return listPage(ctx, {
    type: 'Worker',
    order: { column: 'updatedAt', direction: 'asc' },
    scope: [visibleTo(ctx.caller, ctx.visibility)],
    filters: [
      typeof q.region === 'string'
        ? withinRegion(sql`coalesce(${field('residenceRegion')}, ${field('householdRegion')})`, q.region)
        : undefined,
      typeof q.occupationCode === 'string'
        ? or(
            arrayContains(json('skills'), { occupationCode: q.occupationCode }),
            arrayContains(sql`${objects.data}->'preferences'->'occupations'`, q.occupationCode),
          )
        : undefined,
      typeof q.identityVerified === 'boolean'
        ? q.identityVerified
          ? sql`jsonb_typeof(${json('identityVerification')}) = 'object'`
          : sql`coalesce(jsonb_typeof(${json('identityVerification')}), 'null') <> 'object'`
        : undefined,
      typeof q.hardshipCategory === 'string'
        ? arrayContains(json('hardshipCategories'), q.hardshipCategory)
        : undefined,
      typeof q.gigMarketId === 'string' ? sql`${field('gigMarketId')} = ${q.gigMarketId}` : undefined,
    ],
    present: (row) => presentWorker(ctx, row),
  });
};
