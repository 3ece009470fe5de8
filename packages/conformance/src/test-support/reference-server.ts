import {
  ALL_SCOPES,
  backgroundTick,
  createApp,
  openDatabase,
  provisionClients,
  referenceBehaviour,
  type ServerConfig,
} from '@gigmarket/server';
import { serve } from '@hono/node-server';
import { Hono, type MiddlewareHandler } from 'hono';

type Api = ReturnType<typeof createApp>;

/** The credential sets the kit is given: two platform tenants, a regulator as reviewer and an insurer. */
export const KIT_CLIENTS = {
  primary: { clientId: 'kit-platform-a', clientSecret: 'kit-secret-a' },
  second: { clientId: 'kit-platform-b', clientSecret: 'kit-secret-b' },
  reviewer: { clientId: 'kit-regulator', clientSecret: 'kit-secret-r' },
  insurer: { clientId: 'kit-insurer', clientSecret: 'kit-secret-i' },
};

/** An API key of the primary client, which the broken fixture uses to leak tenant A's objects. */
export const PRIMARY_API_KEY = 'kit-platform-a-key';

const CONFIG: ServerConfig = {
  tokenSecret: 'conformance-test-secret-conformance-test',
  tokenTtlSeconds: 3600,
  sandbox: true,
  region: '140121',
  // Low enough for COM-RTL-002 to provoke a 429 with a burst, high enough for the run itself.
  rateLimitPerMinute: 800,
  implementation: { name: '@gigmarket/reference-server', version: '0.0.0-conformance' },
  ruleOverrides: {},
};

const MARKETS = [
  { name: '清徐县零工市场', venueType: 'MARKET', lng: 112.357, lat: 37.608, region: '140121' },
  { name: '清源镇零工驿站', venueType: 'STATION', lng: 112.371, lat: 37.602, region: '140121' },
  { name: '小店区零工之家', venueType: 'MARKET', lng: 112.565, lat: 37.736, region: '140105' },
];

/**
 * The reference server on an in-memory PGlite, served on 127.0.0.1 at a free port, with the kit's
 * clients, a small gig-market directory and a background worker (webhook delivery and sweeps) like
 * apps/reference-server runs. `tamper` wraps the API, for the broken fixture.
 */
export async function startReferenceServer(options: { tamper?: (api: Api) => MiddlewareHandler } = {}) {
  const opened = await openDatabase({});
  const tenant = (n: string) => `ten_01J0K${n.repeat(21)}`;
  await provisionClients(opened.db, [
    {
      ...KIT_CLIENTS.primary,
      apiKey: PRIMARY_API_KEY,
      tenantId: tenant('A'),
      tenantName: '合规测试平台甲',
      role: 'platform',
      scopes: [...ALL_SCOPES],
    },
    {
      ...KIT_CLIENTS.second,
      tenantId: tenant('B'),
      tenantName: '合规测试平台乙',
      role: 'platform',
      scopes: [...ALL_SCOPES],
    },
    {
      ...KIT_CLIENTS.reviewer,
      tenantId: tenant('R'),
      tenantName: '清徐县人社局',
      role: 'regulator',
      scopes: [...ALL_SCOPES, 'admin'],
    },
    {
      ...KIT_CLIENTS.insurer,
      tenantId: tenant('N'),
      tenantName: '合规测试财产保险股份有限公司',
      role: 'insurer',
      scopes: [...ALL_SCOPES],
    },
    {
      clientId: 'seed-operator',
      clientSecret: 'seed',
      apiKey: 'seed-operator-key',
      tenantId: tenant('M'),
      tenantName: '清徐县公共就业服务中心',
      role: 'market_operator',
      scopes: [...ALL_SCOPES],
    },
  ]);
  const clock = { now: () => new Date() };
  const behaviour = referenceBehaviour();
  const api = createApp({ db: opened.db, clock, config: CONFIG, behaviour });
  for (const m of MARKETS) {
    const res = await api.request('/v1/gig-markets', {
      method: 'POST',
      headers: { 'X-Api-Key': 'seed-operator-key', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: m.name,
        venueType: m.venueType,
        operatorType: 'PUBLIC',
        operator: { name: '清徐县公共就业服务中心', uscc: '52140121MJY277318L' },
        location: {
          region: m.region,
          address: `山西省太原市${m.name}`,
          geo: { lng: m.lng, lat: m.lat, crs: 'GCJ02' },
        },
        openingHours: [{ daysOfWeek: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '23:59' }],
        contacts: { hotline: '0351-5722333', complaintHotline: '12333' },
      }),
    });
    if (res.status !== 201) throw new Error(`seeding ${m.name}: ${res.status} ${await res.text()}`);
  }
  const app = new Hono();
  if (options.tamper) app.use('*', options.tamper(api));
  app.route('/', api);

  let stopped = false;
  let round: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    if (!stopped)
      round = round
        .then(() => backgroundTick({ db: opened.db, clock, config: CONFIG, behaviour }))
        .catch(() => {});
  }, 250);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    close: async () => {
      stopped = true;
      clearInterval(timer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await closed;
      await round;
      await opened.close();
    },
  };
}
