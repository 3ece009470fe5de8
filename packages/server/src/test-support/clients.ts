import { ALL_SCOPES } from '../auth/provision.js';
import type { ServerConfig } from '../context.js';

/**
 * One client for every role the spec's `x-roles` name, plus a second platform (tenant isolation) and
 * two narrow clients (scope checks). Each role's client holds every scope its operations declare:
 * the operator needs `admin` for its review actions (`jobs.approve`, `employers.approve`).
 */
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
  hrAgency: {
    clientId: 'hr-agency',
    clientSecret: 'secret-h',
    apiKey: 'key-hr-agency',
    tenantId: 'ten_01J0HR0000000000000000000H',
    tenantName: '杭州某某人力资源有限公司',
    role: 'hr_agency',
    scopes: ALL_SCOPES,
  },
  operator: {
    clientId: 'operator',
    clientSecret: 'secret-o',
    apiKey: 'key-operator',
    tenantId: 'ten_01J0MK0000000000000000000M',
    tenantName: '清徐县公共就业服务中心',
    role: 'market_operator',
    scopes: [...ALL_SCOPES, 'admin'],
  },
  insurer: {
    clientId: 'insurer',
    clientSecret: 'secret-i',
    apiKey: 'key-insurer',
    tenantId: 'ten_01J0NSVRER0HANGZH0V0000000',
    tenantName: '某某财产保险股份有限公司杭州分公司',
    role: 'insurer',
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
  workerApp: {
    clientId: 'worker-app',
    clientSecret: 'secret-w',
    apiKey: 'key-worker-app',
    tenantId: 'ten_01J0WA0000000000000000000W',
    tenantName: '零工宝 App',
    role: 'worker_app',
    scopes: ALL_SCOPES,
  },
  /** Platform A's tenant with only `jobs:read`: the scope check's client. */
  readOnly: {
    clientId: 'read-only',
    clientSecret: 'secret-x',
    apiKey: 'key-read-only',
    tenantId: 'ten_01J0PA0000000000000000000A',
    tenantName: '余杭灵活就业平台',
    role: 'platform',
    scopes: ['jobs:read'],
  },
  /** The operator's tenant without `admin`: a role allowed by `x-roles` can still lack the scope. */
  operatorWithoutAdmin: {
    clientId: 'operator-no-admin',
    clientSecret: 'secret-on',
    apiKey: 'key-operator-no-admin',
    tenantId: 'ten_01J0MK0000000000000000000M',
    tenantName: '清徐县公共就业服务中心',
    role: 'market_operator',
    scopes: ALL_SCOPES,
  },
} as const;

/** A harness client's name. */
export type ClientName = keyof typeof CLIENTS;

/** The full-scope client that stands for each role of the standard (`x-roles` keys). */
export const ROLE_CLIENTS: Record<string, ClientName> = {
  platform: 'platformA',
  hr_agency: 'hrAgency',
  market_operator: 'operator',
  insurer: 'insurer',
  regulator: 'regulator',
  worker_app: 'workerApp',
};

export const TEST_CONFIG: ServerConfig = {
  tokenSecret: 'test-secret-test-secret-test-secret',
  tokenTtlSeconds: 3600,
  sandbox: true,
  region: '140121',
  rateLimitPerMinute: 10_000,
  implementation: { name: '@gigmarket/reference-server', version: '0.0.0-test' },
  ruleOverrides: {},
};
