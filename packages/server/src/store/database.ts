import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.js';

/**
 * The migrations folder shipped with the package (`drizzle-kit generate` writes it; committed). It
 * is two levels up from the source (`src/store/`) but one from the bundled build (`dist/`).
 */
export const MIGRATIONS = ['../../migrations', '../migrations']
  .map((relative) => fileURLToPath(new URL(relative, import.meta.url)))
  .find((dir) => existsSync(`${dir}/meta/_journal.json`)) as string;

/** A Drizzle database on either engine; the server's code is the same for both. */
export type Database =
  | ReturnType<typeof drizzlePglite<typeof schema>>
  | ReturnType<typeof drizzlePg<typeof schema>>;

export interface OpenedDatabase {
  db: Database;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * Opens the database and applies the migrations: PostgreSQL when `databaseUrl` is given, otherwise
 * PGlite in `dataDir` (persisted) or in memory (`dataDir` undefined).
 *
 * @example
 * const { db, close } = await openDatabase({ dataDir: '.data/gigmarket' });
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir?: string;
  loadDataDir?: Blob;
  /** Told when an idle PostgreSQL connection fails (the pool replaces it); for logging. */
  onIdleError?: (error: Error) => void;
}): Promise<OpenedDatabase> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle connection can die (database restart, admin termination); the pool replaces it.
    // Without a listener Node would treat the event as an uncaught error and stop the server.
    pool.on('error', (error) => options.onIdleError?.(error));
    const db = drizzlePg(pool, { schema });
    await migratePg(db, { migrationsFolder: MIGRATIONS });
    return { db, engine: 'postgres', close: () => pool.end() };
  }
  // PGlite creates only the last level of its data directory; a fresh checkout has none of them.
  if (options.dataDir && !options.dataDir.includes('://')) mkdirSync(options.dataDir, { recursive: true });
  const client = options.loadDataDir
    ? await PGlite.create({ loadDataDir: options.loadDataDir })
    : await PGlite.create(options.dataDir ?? 'memory://');
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS });
  return { db, engine: 'pglite', close: () => client.close() };
}
