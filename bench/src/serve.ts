/**
 * The server under test, in a child process of its own so that autocannon (in the parent) and the
 * server do not share one event loop. Assembled as apps/reference-server/src/server.ts does it:
 * openDatabase → provisionClients → createApp(referenceBehaviour) → @hono/node-server on loopback.
 * It seeds the city before listening and tells the parent the URL and fixtures over IPC.
 *
 * Environment: BENCH_DATABASE_URL (PostgreSQL; PGlite in memory when unset), BENCH_OPEN_JOBS,
 * BENCH_ESCROW_POOL.
 */
import { createApp, openDatabase, provisionClients, referenceBehaviour } from '@gigmarket/server';
import { serve } from '@hono/node-server';
import { BENCH_CLIENT } from './clients.js';
import { seedCity } from './seed.js';

const databaseUrl = process.env.BENCH_DATABASE_URL;
const opened = await openDatabase(databaseUrl ? { databaseUrl } : {});
await provisionClients(opened.db, [BENCH_CLIENT]);
const app = createApp({
  db: opened.db,
  clock: { now: () => new Date() },
  config: {
    tokenSecret: 'bench-token-secret-bench-token-secret',
    tokenTtlSeconds: 3600,
    // The sandbox provider confirms payments, as in the server's own escrow tests.
    sandbox: true,
    region: '140121',
    // The bench measures the server, not its rate limiter.
    rateLimitPerMinute: 1e9,
    implementation: { name: '@gigmarket/server (bench)', version: '0.0.0' },
    ruleOverrides: {},
  },
  behaviour: referenceBehaviour(),
});
const started = performance.now();
const city = await seedCity(
  app,
  opened.db,
  Number(process.env.BENCH_OPEN_JOBS ?? 100_000),
  Number(process.env.BENCH_ESCROW_POOL ?? 3000),
);
const seedSeconds = (performance.now() - started) / 1000;
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
  process.send?.({ url: `http://127.0.0.1:${info.port}`, engine: opened.engine, city, seedSeconds });
});
process.on('message', (message) => {
  if (message !== 'close') return;
  server.close(() => {
    opened.close().finally(() => process.exit(0));
  });
  (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
});
