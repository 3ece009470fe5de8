import { and, eq, getTableColumns, or, type SQL, sql } from 'drizzle-orm';
import type { Caller } from '../auth/caller.js';
import type { Visibility } from '../spec/registry.js';
import type { Database } from './database.js';
import { after as afterPosition, type ListOrder, orderBy } from './list-order.js';
import { objects } from './schema.js';

/** A transaction or the database: every store function runs inside the request's transaction. */
export type Tx = Pick<Database, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;
export type ObjectRow = typeof objects.$inferSelect;
export type NewObject = Omit<typeof objects.$inferInsert, 'version'>;

/**
 * The rows a caller may see under a visibility of `x-roles` (docs/conventions.md §7): `own` = its
 * tenant's, `party` = also those it is a party to, `all` = every tenant's, `public` = published
 * objects and its own. Anonymous callers see only published objects.
 */
export function visibleTo(caller: Caller | null, visibility: Visibility | undefined): SQL | undefined {
  if (!caller) return eq(objects.isPublic, true);
  switch (visibility) {
    case 'all':
      return undefined;
    case 'public':
      return or(eq(objects.isPublic, true), eq(objects.tenantId, caller.tenantId));
    case 'party':
      return or(
        eq(objects.tenantId, caller.tenantId),
        sql`${caller.tenantId} = ANY(${objects.partyTenantIds})`,
      );
    default:
      return eq(objects.tenantId, caller.tenantId);
  }
}

export async function insertObject(tx: Tx, row: NewObject): Promise<ObjectRow> {
  const [inserted] = await tx.insert(objects).values(row).returning();
  return inserted as ObjectRow;
}

/** One object of a type if the caller may see it; `forUpdate` locks it for the rest of the transaction. */
export async function findVisible(
  tx: Tx,
  type: string,
  id: string,
  scope: SQL | undefined,
  forUpdate = false,
): Promise<ObjectRow | undefined> {
  const query = tx
    .select()
    .from(objects)
    .where(and(eq(objects.id, id), eq(objects.type, type), scope));
  const [row] = await (forUpdate ? query.for('update') : query);
  return row;
}

/** An object by id regardless of tenant, for the server's own rules (never returned unchecked). */
export async function findById(tx: Tx, id: string, forUpdate = false): Promise<ObjectRow | undefined> {
  const query = tx.select().from(objects).where(eq(objects.id, id));
  const [row] = await (forUpdate ? query.for('update') : query);
  return row;
}

/** Writes a new version of an object; `updatedAt` is the request's time. */
export async function saveObject(
  tx: Tx,
  row: ObjectRow,
  changes: Partial<Pick<ObjectRow, 'data' | 'status' | 'isPublic' | 'partyTenantIds' | 'internal'>>,
  now: string,
): Promise<ObjectRow> {
  const data: Record<string, unknown> = {
    ...((changes.data ?? row.data) as Record<string, unknown>),
    updatedAt: now,
  };
  if (changes.status !== undefined) data.status = changes.status;
  const [saved] = await tx
    .update(objects)
    .set({ ...changes, data, updatedAt: now, version: row.version + 1 })
    .where(eq(objects.id, row.id))
    .returning();
  return saved as ObjectRow;
}

/** Up to `limit + 1` visible objects of a type in the list's order, after a cursor position (the extra row says whether a next page exists). */
export async function listObjects(
  tx: Tx,
  type: string,
  conditions: Array<SQL | undefined>,
  position: { key: string; id: string } | null,
  limit: number,
  order: ListOrder,
): Promise<ObjectRow[]> {
  return tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, type), position ? afterPosition(order, position) : undefined, ...conditions))
    .orderBy(...orderBy(order))
    .limit(limit + 1);
}

/**
 * The lead of a map search's order: each row's distance from a point in whole metres (an SQL
 * expression, NULL for rows without a point), nearest first, keeping only rows within `maxMeters`.
 */
export interface Nearest {
  meters: SQL;
  maxMeters: number;
}

/** A visible object of a map search, with its distance in whole metres. */
export type NearObjectRow = ObjectRow & { distanceMeters: number };

/**
 * Up to `limit + 1` visible objects of a type within `nearest.maxMeters`, nearest first and, at
 * equal distance, in the list's order, after a cursor position. The radius, the order and the page
 * are the database's work, so a search reads one page of rows however many lie around the point.
 */
export async function listNearest(
  tx: Tx,
  type: string,
  conditions: Array<SQL | undefined>,
  nearest: Nearest,
  position: { distance: number; key: string; id: string } | null,
  limit: number,
  order: ListOrder,
): Promise<NearObjectRow[]> {
  const meters = nearest.meters;
  const beyond = position
    ? or(
        sql`${meters} > ${position.distance}::float8`,
        and(sql`${meters} = ${position.distance}::float8`, afterPosition(order, position)),
      )
    : undefined;
  return tx
    .select({ ...getTableColumns(objects), distanceMeters: sql<number>`${meters}`.mapWith(Number) })
    .from(objects)
    .where(and(eq(objects.type, type), sql`${meters} <= ${nearest.maxMeters}::float8`, beyond, ...conditions))
    .orderBy(sql`${meters} ASC`, ...orderBy(order))
    .limit(limit + 1);
}
