import { createApp } from '../app.js';
import { ALL_SCOPES, provisionClients } from '../auth/provision.js';
import { referenceBehaviour } from '../behaviour.js';
import type { ServerConfig } from '../context.js';
import { openDatabase } from '../store/database.js';

/** Two platforms, a market operator, an insurer and a regulator: enough tenants to test isolation. */
export const CLIENTS = {
  platformA: {
    clientId: 'platform-a',
    clientSecret: 'secret-a',
    apiKey: 'key-platform-a',
    tenantId: 'ten_01J0PA0000000000000000000A',
    tenantName: '余杭灵活就业平台',
    role: 'platform',
    scopes: ALL_SCOPES,
  },
  platformB: {
    clientId: 'platform-b',
    clientSecret: 'secret-b',
    apiKey: 'key-platform-b',
    tenantId: 'ten_01J0PB0000000000000000000B',
    tenantName: '南平零工集市',
    role: 'platform',
    scopes: ALL_SCOPES,
  },
  operator: {
    clientId: 'operator',
    clientSecret: 'secret-o',
    apiKey: 'key-operator',
    tenantId: 'ten_01J0MK0000000000000000000M',
    tenantName: '清徐县公共就业服务中心',
    role: 'market_operator',
    scopes: ALL_SCOPES,
  },
  regulator: {
    clientId: 'regulator',
    clientSecret: 'secret-r',
    apiKey: 'key-regulator',
    tenantId: 'ten_01J0RG0000000000000000000R',
    tenantName: '清徐县人力资源和社会保障局',
    role: 'regulator',
    scopes: [...ALL_SCOPES, 'admin'],
  },
  readOnly: {
    clientId: 'read-only',
    clientSecret: 'secret-x',
    apiKey: 'key-read-only',
    tenantId: 'ten_01J0PA0000000000000000000A',
    tenantName: '余杭灵活就业平台',
    role: 'platform',
    scopes: ['jobs:read'],
  },
} as const;

export const TEST_CONFIG: ServerConfig = {
  tokenSecret: 'test-secret-test-secret-test-secret',
  tokenTtlSeconds: 3600,
  sandbox: true,
  region: '140121',
  rateLimitPerMinute: 10_000,
  implementation: { name: '@gigmarket/reference-server', version: '0.0.0-test' },
  ruleOverrides: {},
};

/**
 * A server on an in-memory PGlite with the test clients, driven in-process through `app.request`
 * (no ports). `as(client)` returns a fetch-like helper that authenticates with that client's API key.
 */
export async function startTestServer(
  options: { now?: Date; fetch?: typeof fetch; databaseUrl?: string } = {},
) {
  const opened = await openDatabase(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {});
  await provisionClients(
    opened.db,
    Object.values(CLIENTS).map((c) => ({ ...c, scopes: [...c.scopes] })),
  );
  let now = options.now ?? new Date('2025-07-01T01:00:00Z');
  const clock = { now: () => now };
  const app = createApp({
    db: opened.db,
    clock,
    config: TEST_CONFIG,
    behaviour: referenceBehaviour(),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const call =
    (apiKey: string | null) =>
    async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await app.request(`/v1${path}`, {
        method,
        headers: {
          ...(apiKey ? { 'X-Api-Key': apiKey } : {}),
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as any) : undefined };
    };
  return {
    app,
    db: opened.db,
    close: opened.close,
    setNow: (date: Date) => {
      now = date;
    },
    as: (client: keyof typeof CLIENTS) => call(CLIENTS[client].apiKey),
    anonymous: call(null),
  };
}
