import {
  backgroundTick,
  createApp,
  openDatabase,
  persistentSecret,
  provisionClients,
  referenceBehaviour,
  type ServerConfig,
} from '@gigmarket/server';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { ReferenceServerConfig } from './config.js';
import { DEMO_CLIENTS } from './demo-clients.js';
import { docsRoutes } from './docs-page.js';
import { type SeedSummary, seedDemoCity } from './seed/demo-city.js';

export interface RunningServer {
  url: string;
  engine: 'pglite' | 'postgres';
  seeded: SeedSummary | null;
  /** Drains in-flight requests, stops the worker, closes the database. */
  close(): Promise<void>;
}

type Log = (level: 'info' | 'error', entry: Record<string, unknown>, message?: string) => void;

/** Starts the reference server: database, clients, demo seed, HTTP, background worker. */
export async function startServer(
  config: ReferenceServerConfig,
  log: Log = () => {},
): Promise<RunningServer> {
  const opened = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir },
  );
  await provisionClients(opened.db, DEMO_CLIENTS);
  const serverConfig: ServerConfig = {
    tokenSecret: config.tokenSecret ?? (await persistentSecret(opened.db)),
    tokenTtlSeconds: 3600,
    sandbox: config.sandbox,
    region: config.region,
    rateLimitPerMinute: config.rateLimitPerMinute,
    implementation: {
      name: '@gigmarket/reference-server',
      version: '0.0.0',
      vendor: 'Gig Market Standard working group',
    },
    ruleOverrides: {},
  };
  const clock = { now: () => new Date() };
  const behaviour = referenceBehaviour();
  const api = createApp({
    db: opened.db,
    clock,
    config: serverConfig,
    behaviour,
    log: (entry) => log('info', entry, 'request'),
  });
  const app = new Hono();
  app.route('/', docsRoutes());
  app.route('/', api);

  let seeded: SeedSummary | null = null;
  const first = await api.request('/v1/gig-markets?limit=1');
  if (config.seed && ((await first.json()) as { data: unknown[] }).data.length === 0)
    seeded = await seedDemoCity(api);

  // Background rounds: sweeps (time-based rules) and webhook delivery; one round at a time.
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    if (stopped) return;
    running = running
      .then(() => backgroundTick({ db: opened.db, clock, config: serverConfig, behaviour }))
      .catch((error: unknown) =>
        log('error', { error: String((error as Error).stack ?? error) }, 'background round failed'),
      );
  }, config.workerIntervalSeconds * 1000);
  timer.unref();

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  return {
    url: `http://${config.host}:${port}`,
    engine: opened.engine,
    seeded,
    close: async () => {
      stopped = true;
      clearInterval(timer);
      // Stop accepting, let in-flight requests finish, drop idle keep-alive connections.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      await closed;
      await running;
      await opened.close();
    },
  };
}
