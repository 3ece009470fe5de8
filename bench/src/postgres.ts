/**
 * A fresh PostgreSQL database for one run, created and dropped with the `psql` client on the local
 * server (trust auth), so a run never touches another database and leaves none behind.
 */
import { execFileSync } from 'node:child_process';

/** The server without a database; override with BENCH_POSTGRES_URL. */
const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://root@127.0.0.1:5432';

function psql(statement: string): void {
  execFileSync('psql', [`${SERVER}/postgres`, '-v', 'ON_ERROR_STOP=1', '-q', '-c', statement], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Creates `gigmarket_bench_<pid>` and returns its URL and how to drop it. */
export function freshDatabase(): { url: string; drop(): void } {
  const name = `gigmarket_bench_${process.pid}`;
  psql(`DROP DATABASE IF EXISTS ${name}`);
  psql(`CREATE DATABASE ${name}`);
  return { url: `${SERVER}/${name}`, drop: () => psql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
