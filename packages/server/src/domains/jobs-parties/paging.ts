import { and, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ProblemError } from '../../http/problem.js';
import type { CustomResult } from '../../operations/definitions.js';
import { decodeCursor, encodeCursor } from '../../store/cursor.js';
import {
  after as afterPosition,
  type ListOrder,
  OLDEST_FIRST,
  orderBy,
  sortKeyOf,
} from '../../store/list-order.js';
import type { ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';

type Data = Record<string, unknown>;

export interface PageOptions {
  type: string;
  /** Which rows the caller may see (and, for sub-resources, whose they are). */
  scope: Array<SQL | undefined>;
  /** Filters on computed or nested values that the generic field equality cannot express. */
  filters?: Array<SQL | undefined>;
  /** The order the list promises; oldest first when not given. */
  order?: ListOrder;
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
 * A cursor page of one resource type. The generic list treats every other query parameter as
 * top-level field equality; worker, employer, consent and qualification lists need nested filters
 * and their own scopes, so they page here, in the same orders (`store/list-order.ts`). `status` and
 * `updatedSince` are applied as in the generic list; the cursor is bound to every filter given.
 */
export async function listPage(ctx: OperationContext, options: PageOptions): Promise<CustomResult> {
  const { cursor, limit: rawLimit, ...filterQuery } = ctx.query;
  const limit = Number(rawLimit ?? 20);
  const filterKey = JSON.stringify({ ...ctx.path, ...filterQuery });
  const after = typeof cursor === 'string' ? decodeCursor(cursor, filterKey) : null;
  if (typeof cursor === 'string' && !after) throw invalidCursor();
  const order = options.order ?? OLDEST_FIRST;
  const position = after ? afterPosition(order, after) : undefined;
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
    .orderBy(...orderBy(order))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last
      ? encodeCursor({ key: sortKeyOf(order, last), id: last.id }, filterKey)
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
