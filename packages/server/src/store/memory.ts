import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database, OpenedDatabase } from './database.js';
import * as schema from './schema.js';

/**
 * Opens an in-memory PGlite from a data-directory snapshot (`PGlite.dumpDataDir` of a migrated
 * database) without touching a file system or the migrations folder, so it runs in browsers too.
 * The snapshot must come from this version's migrations; `openDatabase({ loadDataDir })` is the
 * Node path that also applies migrations the snapshot lacks.
 *
 * @example
 * const { db, close } = await openSnapshotDatabase(await (await fetch('/gigmarket.tar')).blob());
 */
export async function openSnapshotDatabase(
  snapshot: Blob,
  options: Omit<PGliteOptions, 'loadDataDir' | 'dataDir'> = {},
): Promise<OpenedDatabase & { client: PGlite }> {
  const client = await PGlite.create({ ...options, loadDataDir: snapshot });
  const db: Database = drizzle(client, { schema });
  return { db, client, engine: 'pglite', close: () => client.close() };
}
