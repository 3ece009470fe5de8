import type { GeoPoint } from '@gigmarket/engine';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { onTheBoard } from './job-view.js';
import { jobsInBox } from './match-geo.js';

type Data = Record<string, unknown>;

/**
 * Only the fields the filters and the score read (match-filters.ts, worker-facts.ts,
 * match-inputs.ts): a tenth of a stored job, so that ranking among thousands of nearby jobs does
 * not ship every description and tag list out of the database. Full rows are read for one page.
 */
const MATCH_FIELDS: SQL = sql.raw(
  `jsonb_build_object(${['id', 'employerId', 'occupationCode', 'requirements', 'location', 'schedule', 'pay']
    .map((f) => `'${f}', data->'${f}'`)
    .join(', ')})`,
);

/** Published jobs on the board within the box around `origin`, with the match fields only. */
export async function jobsAround(ctx: OperationContext, origin: GeoPoint, radiusM: number): Promise<Data[]> {
  const rows = await ctx.tx
    .select({ data: sql<Data>`${MATCH_FIELDS}` })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Job'),
        eq(objects.status, 'PUBLISHED'),
        onTheBoard(ctx),
        jobsInBox(origin, radiusM),
      ),
    );
  return rows.map((r) => r.data);
}

/** The credit scores of employers, in one query (the jobs around a point have few employers). */
export async function employerCredits(
  ctx: OperationContext,
  ids: string[],
): Promise<Map<string, number | null>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.tx
    .select({ id: objects.id, score: sql<number | null>`(${objects.data}->>'creditScore')::float8` })
    .from(objects)
    .where(and(eq(objects.type, 'Employer'), inArray(objects.id, ids)));
  return new Map(rows.map((r) => [r.id, r.score]));
}

/** The stored rows of jobs by id, for the page being answered. */
export async function jobRows(ctx: OperationContext, ids: string[]): Promise<Map<string, ObjectRow>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, 'Job'), inArray(objects.id, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}
