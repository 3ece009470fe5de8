import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The SDK is not a dependency of this app (yet): its workspace source, resolved like a package.
import { apiKey, createGigMarketClient, type GigMarketClient, oauth2ClientCredentials } from '@gigmarket/sdk';
import { DEMO_CLIENTS } from '@gigmarket/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReferenceServerConfig, readConfig } from './config.js';
import { type RunningServer, startServer } from './server.js';

let server: RunningServer;
beforeAll(async () => {
  const config = readConfig([], {}) as ReferenceServerConfig;
  const dataDir = mkdtempSync(join(tmpdir(), 'gm-demo-sdk-'));
  server = await startServer({ ...config, port: 0, dataDir, workerIntervalSeconds: 3600 });
}, 300_000);
afterAll(() => server?.close());

/** What each role reads of the seeded city, and what it must find there. */
const READS: Record<string, (client: GigMarketClient) => Promise<void>> = {
  platform: async (c) => {
    const titles = (await c.jobs.jobs.list().toArray()).map((j) => j.title);
    expect(titles).toContain('小区开荒保洁（日结）');
    const escrows = await c.settlement.escrows.list().toArray();
    expect(escrows.map((e) => e.status)).toContain('RELEASED');
  },
  hr_agency: async (c) => {
    const titles = (await c.jobs.jobs.list().toArray()).map((j) => j.title);
    expect(titles).toContain('商铺电路改造（持证电工）');
  },
  market_operator: async (c) => {
    // The README's first request: the e-map around 余杭区灵活就业服务中心.
    const near = await c.jobs.gigMarkets.list({ near: '120.30,30.42', radiusM: 5000 }).toArray();
    expect(near.map((m) => m.name)).toContain('余杭区灵活就业服务中心');
  },
  insurer: async (c) => {
    const products = await c.insurance.insuranceProducts.list().toArray();
    expect(products.map((p) => p.name)).toContain('零工保（按单计费）');
    expect((await c.insurance.insurancePolicies.list().toArray()).length).toBeGreaterThan(0);
  },
  regulator: async (c) => {
    const wang = (await c.jobs.workers.list().toArray()).find((w) => w.name === '王建国');
    const profile = await c.credit.creditProfiles.get('WORKER', String(wang?.id));
    expect(profile.score).toBeGreaterThan(profile.baseScore);
  },
  worker_app: async (c) => {
    const names = (await c.jobs.workers.list().toArray()).map((w) => w.name);
    expect(names).toContain('黄秀英');
  },
};

describe('the printed demo credentials, with the SDK', () => {
  const cases = DEMO_CLIENTS.flatMap((client) => [
    { role: client.role, how: 'API key', auth: () => apiKey(client.apiKey as string) },
    {
      role: client.role,
      how: 'OAuth client credentials',
      auth: () => oauth2ClientCredentials({ clientId: client.clientId, clientSecret: client.clientSecret }),
    },
  ]);

  it('has a read for every demo role', () => {
    expect(Object.keys(READS).sort()).toEqual(DEMO_CLIENTS.map((c) => c.role).sort());
  });

  it.each(cases)('$role authenticates with its $how and reads seeded data', async ({ role, auth }) => {
    const client = createGigMarketClient({ baseUrl: `${server.url}/v1`, auth: auth() });
    const me = await client.me.get();
    expect(me).toMatchObject({ role });
    await (READS[role] as (client: GigMarketClient) => Promise<void>)(client);
  });
});
