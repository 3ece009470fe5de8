import { and, or, type SQL, sql } from 'drizzle-orm';
import type { ObjectRow } from './objects.js';
import { objects } from './schema.js';

/**
 * The order a list promises (each list operation of the spec says it: "newest first", "oldest
 * first", "newest `listedAt` first", "by name"). Either a column of the row, or the first present
 * of some top-level data fields, compared as text: the server writes every instant in `+08:00`
 * and dates, months and periods (`2025-07`, `2025H1`) in a fixed width, so text order is time order.
 */
export type ListOrder =
  | { readonly column: 'createdAt' | 'updatedAt'; readonly direction: 'asc' | 'desc' }
  | {
      readonly fields: readonly [string, ...string[]];
      readonly direction: 'asc' | 'desc';
      /**
       * A top-level data field that orders first, ascending, before `fields` in `direction`: "by
       * tenant, then by `effectiveFrom`, newest first" is `{ groupBy: 'tenantId', fields:
       * ['effectiveFrom'], direction: 'desc' }`.
       */
      readonly groupBy?: string;
    };

/** The standard's usual list order (docs/conventions.md §6 leaves it to each list; most say this). */
export const NEWEST_FIRST: ListOrder = { column: 'createdAt', direction: 'desc' };
/** Feeds and running records read forwards: applications of a job, ledger entries. */
export const OLDEST_FIRST: ListOrder = { column: 'createdAt', direction: 'asc' };

const sortExpression = (order: ListOrder): SQL =>
  'column' in order
    ? sql`${objects[order.column]}`
    : sql`coalesce(${sql.join(
        order.fields.map((f) => sql`${objects.data}->>${f}`),
        sql`, `,
      )}, '')`;

const groupExpression = (field: string): SQL => sql`coalesce(${objects.data}->>${field}, '')`;

/**
 * The row's sort key as the cursor keeps it (the same value `sortExpression` reads); with a
 * `groupBy`, the JSON array of the group's value and that key.
 */
export function sortKeyOf(order: ListOrder, row: ObjectRow): string {
  if ('column' in order) return row[order.column];
  const data = row.data as Record<string, unknown>;
  const present = order.fields.map((f) => data[f]).find((v) => v !== undefined && v !== null);
  const key = present === undefined ? '' : String(present);
  if (!order.groupBy) return key;
  const group = data[order.groupBy];
  return JSON.stringify([group === undefined || group === null ? '' : String(group), key]);
}

/** The group and key of a cursor's sort key written by `sortKeyOf` for a grouped order. */
function groupedKey(key: string): [string, string] {
  try {
    const parsed = JSON.parse(key) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string'))
      return parsed as [string, string];
  } catch {
    // Not a grouped key: read it as a key in the first group.
  }
  return ['', key];
}

/**
 * `ORDER BY` for the order, with the id breaking ties in the same direction, so that the order is
 * total and a page boundary inside equal keys neither repeats nor skips a row.
 */
export function orderBy(order: ListOrder): SQL[] {
  const dir = order.direction === 'desc' ? sql`DESC` : sql`ASC`;
  const group = 'fields' in order && order.groupBy ? [sql`${groupExpression(order.groupBy)} ASC`] : [];
  return [...group, sql`${sortExpression(order)} ${dir}`, sql`${objects.id} ${dir}`];
}

/** The rows after a cursor position in this order. */
export function after(order: ListOrder, position: { key: string; id: string }): SQL | undefined {
  const key = sortExpression(order);
  const beyond = order.direction === 'desc' ? sql`<` : sql`>`;
  const grouped = 'fields' in order && order.groupBy ? order.groupBy : null;
  const [group, value] = grouped ? groupedKey(position.key) : ['', position.key];
  const within = or(
    sql`${key} ${beyond} ${value}`,
    and(sql`${key} = ${value}`, sql`${objects.id} ${beyond} ${position.id}`),
  );
  if (!grouped) return within;
  const g = groupExpression(grouped);
  return or(sql`${g} > ${group}`, and(sql`${g} = ${group}`, within));
}
