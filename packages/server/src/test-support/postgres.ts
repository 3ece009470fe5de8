import pg from 'pg';
import { ulid } from 'ulid';

/**
 * The PostgreSQL the storage tests run on: the machine's server (CI starts it, see .ci/run), or
 * `GIGMARKET_TEST_POSTGRES_URL`. Each test file gets a fresh database, dropped afterwards.
 */
export async function freshPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.GIGMARKET_TEST_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
  const name = `gm_test_${ulid().toLowerCase()}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
