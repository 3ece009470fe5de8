import type { ServerConfig } from '@gigmarket/server/browser';

/**
 * When the demo story ends and a fresh mock's clock starts: 09:00 on a Tuesday in Hangzhou. Fixed,
 * so that every run sees the same dates; the seeded city's history lies in the nine days before.
 */
export const MOCK_EPOCH = new Date('2025-07-01T01:00:00Z');

/** The seed of the ids in the prebuilt demo city; distinct from any mock seed's stream by time. */
export const SNAPSHOT_SEED = 0x6d6f636b;

/**
 * The server configuration of every mock: a sandbox (so the sandbox clock operations exist), the
 * demo city's region, and no effective rate limit, since partners' test suites burst. A fixed token
 * secret keeps issued tokens the same on every run; a mock is never a production server.
 */
export const MOCK_SERVER_CONFIG: ServerConfig = {
  tokenSecret: 'gigmarket-mock-token-secret-not-for-production',
  tokenTtlSeconds: 3600,
  sandbox: true,
  region: '330100',
  rateLimitPerMinute: 1_000_000_000,
  implementation: { name: '@gigmarket/mock', version: '0.0.0' },
  ruleOverrides: {},
};
