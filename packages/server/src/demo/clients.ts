import { ALL_SCOPES, type ClientCredentials } from '../auth/provision.js';

/**
 * Demo credentials, one client per role, printed at start. For local use and sandboxes only: a
 * production deployment provisions its own clients and never ships these. `seedDemoCity` acts as
 * these clients, so they must be provisioned before it runs. The market operator has no `admin`
 * scope, so review decisions in the demo are the regulator's.
 *
 * @example
 * await provisionClients(db, DEMO_CLIENTS);
 * // then: curl -H 'X-Api-Key: gm_demo_platform' http://127.0.0.1:8080/v1/jobs
 */
export const DEMO_CLIENTS: ClientCredentials[] = [
  {
    clientId: 'demo-platform',
    clientSecret: 'demo-platform-secret',
    apiKey: 'gm_demo_platform',
    tenantId: 'ten_01J0P1ATF0RMYVHANG00000000',
    tenantName: '余杭灵活就业服务平台',
    role: 'platform',
    scopes: ALL_SCOPES,
  },
  {
    clientId: 'demo-hr-agency',
    clientSecret: 'demo-hr-agency-secret',
    apiKey: 'gm_demo_hr_agency',
    tenantId: 'ten_01J0HRAGENCY0HZ00000000000',
    tenantName: '杭州人力资源服务有限公司',
    role: 'hr_agency',
    scopes: ALL_SCOPES,
  },
  {
    clientId: 'demo-market-operator',
    clientSecret: 'demo-market-operator-secret',
    apiKey: 'gm_demo_market_operator',
    tenantId: 'ten_01J0MARKET0PERAT0R00000000',
    tenantName: '余杭区灵活就业服务中心',
    role: 'market_operator',
    scopes: ALL_SCOPES,
  },
  {
    clientId: 'demo-insurer',
    clientSecret: 'demo-insurer-secret',
    apiKey: 'gm_demo_insurer',
    tenantId: 'ten_01J0NSVRER00000000000000ZZ',
    tenantName: '某某财产保险股份有限公司杭州分公司',
    role: 'insurer',
    scopes: ALL_SCOPES,
  },
  {
    clientId: 'demo-regulator',
    clientSecret: 'demo-regulator-secret',
    apiKey: 'gm_demo_regulator',
    tenantId: 'ten_01J0REGV1AT0R0YVHANG000000',
    tenantName: '杭州市余杭区人力资源和社会保障局',
    role: 'regulator',
    scopes: [...ALL_SCOPES, 'admin'],
  },
  {
    clientId: 'demo-worker-app',
    clientSecret: 'demo-worker-app-secret',
    apiKey: 'gm_demo_worker_app',
    tenantId: 'ten_01J0W0RKERAPP0000000000000',
    tenantName: '零工宝 App',
    role: 'worker_app',
    scopes: ALL_SCOPES,
  },
];

/** The demo client of a role (the seed acts as each role through its API key). */
export function demoClient(role: string): ClientCredentials {
  const client = DEMO_CLIENTS.find((c) => c.role === role);
  if (!client) throw new Error(`No demo client has the role ${role}.`);
  return client;
}
