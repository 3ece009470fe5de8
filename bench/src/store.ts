/**
 * Writes rows straight into the server's store (the `objects` table of packages/server/src/store),
 * in bulk: the bench needs 100,000 open jobs in seconds, not 100,000 HTTP round trips. The table
 * comes from the database's own Drizzle schema, so the bench cannot drift from the server's format.
 */
import type { Database } from '@gigmarket/server';

type ObjectsTable = Database['_']['fullSchema']['objects'];
/** One row of `objects`, as the server stores a resource. */
export type ObjectRow = ObjectsTable['$inferInsert'];
type Data = Record<string, unknown>;

/** Rows per INSERT: 11 columns × 2,000 stays well under PostgreSQL's 65,535 bind parameters. */
const CHUNK = 2000;

/** Inserts rows in chunks; returns how many were written. */
export async function insertRows(db: Database, rows: readonly ObjectRow[]): Promise<number> {
  const table = db._.fullSchema.objects;
  for (let i = 0; i < rows.length; i += CHUNK) await db.insert(table).values(rows.slice(i, i + CHUNK));
  return rows.length;
}

/** The stored row of an object, as the server wrote it (the template the bench clones). */
export async function readRow(db: Database, id: string): Promise<ObjectRow> {
  const row = await db.query.objects.findFirst({ where: (o, { eq }) => eq(o.id, id) });
  if (!row) throw new Error(`bench: object ${id} was not stored`);
  return row;
}

/** A row for a resource written by `tenantId` at `at`, its `data` carrying status and timestamps. */
export function objectRow(
  type: string,
  tenantId: string,
  data: Data,
  status: string | null,
  at: string,
): ObjectRow {
  return {
    id: String(data.id),
    type,
    tenantId,
    partyTenantIds: [],
    isPublic: false,
    status,
    data: { ...data, ...(status ? { status } : {}), createdAt: at, updatedAt: at },
    internal: {},
    createdAt: at,
    updatedAt: at,
  };
}

/** Refreshes the planner's statistics after a bulk load, so that it picks the indexes. */
export async function analyze(db: Database): Promise<void> {
  await db.execute('ANALYZE objects');
}
