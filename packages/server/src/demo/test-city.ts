import { createApp } from '../app.js';
import { provisionClients } from '../auth/provision.js';
import { referenceBehaviour } from '../behaviour.js';
import type { ServerConfig } from '../context.js';
import { openDatabase } from '../store/database.js';
import { DEMO_CLIENTS } from './clients.js';
import { pastDemoClock } from './past-clock.js';
import { seedDemoCity } from './seed.js';

const CONFIG: ServerConfig = {
  tokenSecret: 'demo-test-secret-demo-test-secret',
  tokenTtlSeconds: 3600,
  sandbox: false,
  region: '330110',
  rateLimitPerMinute: Number.MAX_SAFE_INTEGER,
  implementation: { name: '@gigmarket/server', version: '0.0.0-test' },
  ruleOverrides: {},
};

/**
 * A demo city on an in-memory PGlite, seeded as the reference server does on first start (the
 * story played in the past, ending at `at`), or as a mock would (`sandbox`: the app's clock stands
 * at `at` and the seed moves the sandbox clock). `as(apiKey)` reads it back in-process.
 */
export async function seedTestCity(at: Date, mode: 'past' | 'sandbox' = 'past') {
  const opened = await openDatabase({});
  await provisionClients(opened.db, DEMO_CLIENTS);
  const behaviour = referenceBehaviour();
  const config = { ...CONFIG, sandbox: mode === 'sandbox' };
  const seeding = pastDemoClock({ db: opened.db, config, behaviour, endAt: at });
  const clock = mode === 'past' ? seeding.clock : { now: () => at };
  const app = createApp({ db: opened.db, clock, config, behaviour });
  const started = performance.now();
  const summary = await seedDemoCity(app, mode === 'past' ? { clock: seeding.demoClock } : {});
  const seconds = (performance.now() - started) / 1000;
  const as =
    (apiKey: string) =>
    async <T = Record<string, unknown>>(path: string): Promise<T> => {
      const res = await app.request(`/v1${path}`, { headers: { 'X-Api-Key': apiKey } });
      if (!res.ok) throw new Error(`GET ${path} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as T;
    };
  return { summary, seconds, as, close: opened.close };
}
