import {
  backgroundTick,
  createApp,
  DEMO_CLIENTS,
  type DemoCitySummary,
  openDatabase,
  pastDemoClock,
  persistentSecret,
  provisionClients,
  referenceBehaviour,
  type ServerConfig,
  seedDemoCity,
} from '@gigmarket/server';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { ReferenceServerConfig } from './config.js';
import { docsRoutes } from './docs-page.js';
import { readRuleFile } from './rules-file.js';

export interface RunningServer {
  url: string;
  engine: 'pglite' | 'postgres';
  /** What the demo seed created on this start, and how long it took; `null` when it did not run. */
  seeded: (DemoCitySummary & { seconds: number }) | null;
  /** Drains in-flight requests, stops the worker, closes the database. */
  close(): Promise<void>;
}

type Log = (level: 'info' | 'error', entry: Record<string, unknown>, message?: string) => void;

/** Starts the reference server: database, clients, demo seed, HTTP, background worker. */
export async function startServer(
  config: ReferenceServerConfig,
  log: Log = () => {},
): Promise<RunningServer> {
  // Before anything is opened: a defective rule file stops the start with its message.
  const rules = config.rulesFile ? readRuleFile(config.rulesFile, config.region) : undefined;
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
    ruleOverrides: rules?.values ?? {},
    ...(rules ? { ruleSource: rules.source } : {}),
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

  let seeded: RunningServer['seeded'] = null;
  const first = await api.request('/v1/gig-markets?limit=1');
  if (config.seed && ((await first.json()) as { data: unknown[] }).data.length === 0) {
    const started = performance.now();
    // The story is played in the past on an app of its own, so it ends now and the server runs on
    // real time; without rate limits (the seed's burst is not a client's) and without the sandbox.
    const seedConfig = { ...serverConfig, sandbox: false, rateLimitPerMinute: Number.MAX_SAFE_INTEGER };
    const seeding = pastDemoClock({ db: opened.db, config: seedConfig, behaviour });
    const seedApp = createApp({ db: opened.db, clock: seeding.clock, config: seedConfig, behaviour });
    const summary = await seedDemoCity(seedApp, { clock: seeding.demoClock });
    seeded = { ...summary, seconds: Math.round((performance.now() - started) / 100) / 10 };
    log('info', { seeded }, 'seeded the demo city');
  }

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
