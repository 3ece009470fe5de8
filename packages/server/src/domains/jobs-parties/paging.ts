import { and, asc, desc, eq, gt, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ProblemError } from '../../http/problem.js';
import type { CustomResult } from '../../operations/definitions.js';
import { decodeCursor, encodeCursor } from '../../store/cursor.js';
import type { ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';

type Data = Record<string, unknown>;

/** The orders the lists of this area promise: creation (oldest or newest first) or last change. */
export type PageOrder = 'createdAsc' | 'createdDesc' | 'updatedAsc';

export interface PageOptions {
  type: string;
  /** Which rows the caller may see (and, for sub-resources, whose they are). */
  scope: Array<SQL | undefined>;
  /** Filters on computed or nested values that the generic field equality cannot express. */
  filters?: Array<SQL | undefined>;
  order?: PageOrder;
  present: (row: ObjectRow) => Data;
}

const invalidCursor = () =>
  new ProblemError(
    400,
    'validation-error',
    'The cursor is not valid for these filters; start again without `cursor`.',
    {
      errors: [
        {
          pointer: '#/query/cursor',
          detail: 'unknown, expired or issued for other filters',
          code: 'invalid_cursor',
        },
      ],
    },
  );

/**
 * A cursor page of one resource type. The generic list orders by creation only and treats every
 * other query parameter as top-level field equality; worker, employer, consent and qualification
 * lists need nested filters, newest-first or `updatedAt` order, so they page here. `status` and
 * `updatedSince` are applied as in the generic list; the cursor is bound to every filter given.
 */
export async function listPage(ctx: OperationContext, options: PageOptions): Promise<CustomResult> {
  const { cursor, limit: rawLimit, ...filterQuery } = ctx.query;
  const limit = Number(rawLimit ?? 20);
  const filterKey = JSON.stringify({ ...ctx.path, ...filterQuery });
  const after = typeof cursor === 'string' ? decodeCursor(cursor, filterKey) : null;
  if (typeof cursor === 'string' && !after) throw invalidCursor();
  const order = options.order ?? 'createdAsc';
  const column = order === 'updatedAsc' ? objects.updatedAt : objects.createdAt;
  const descending = order === 'createdDesc';
  const position = after
    ? descending
      ? or(lt(column, after.createdAt), and(eq(column, after.createdAt), lt(objects.id, after.id)))
      : or(gt(column, after.createdAt), and(eq(column, after.createdAt), gt(objects.id, after.id)))
    : undefined;
  const status = typeof ctx.query.status === 'string' ? eq(objects.status, ctx.query.status) : undefined;
  const since =
    typeof ctx.query.updatedSince === 'string' ? gte(objects.updatedAt, ctx.query.updatedSince) : undefined;
  const rows = await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, options.type),
        position,
        status,
        since,
        ...options.scope,
        ...(options.filters ?? []),
      ),
    )
    .orderBy(...(descending ? [desc(column), desc(objects.id)] : [asc(column), asc(objects.id)]))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor(
          { createdAt: order === 'updatedAsc' ? last.updatedAt : last.createdAt, id: last.id },
          filterKey,
        )
      : null;
  return { body: { data: page.map(options.present), nextCursor } };
}

/** `data->'field' @> [value]`: the row's array field contains the value. */
export const arrayContains = (path: SQL, value: unknown): SQL =>
  sql`${path} @> ${JSON.stringify([value])}::jsonb`;

/**
 * A region filter (docs/conventions.md: a prefecture code matches its districts, a province code its
 * prefectures) on a text expression holding a region code.
 */
export const withinRegion = (expression: SQL, region: string): SQL =>
  sql`${expression} LIKE ${`${region.replace(/(00)+$/, '')}%`}`;
