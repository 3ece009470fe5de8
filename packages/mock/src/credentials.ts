import { type ClientCredentials, DEMO_CLIENTS } from '@gigmarket/server/browser';

/**
 * One client's credentials, shaped for `@gigmarket/sdk`: pass `{ clientId, clientSecret }` to
 * `oauth2ClientCredentials`, or `apiKey` to `apiKey`.
 */
export interface RoleCredentials {
  clientId: string;
  clientSecret: string;
  apiKey: string;
  tenantId: string;
  tenantName: string;
  role: string;
  scopes: readonly string[];
}

/** The roles of the standard (`x-roles`), one demo client each. */
export type Role = 'platform' | 'hrAgency' | 'marketOperator' | 'insurer' | 'regulator' | 'workerApp';

const ROLE_OF: Record<Role, string> = {
  platform: 'platform',
  hrAgency: 'hr_agency',
  marketOperator: 'market_operator',
  insurer: 'insurer',
  regulator: 'regulator',
  workerApp: 'worker_app',
};

/** The demo clients provisioned in the mock's seeded database, by role. */
export function roleCredentials(): Readonly<Record<Role, RoleCredentials>> {
  const byRole = (role: string): ClientCredentials => {
    const client = DEMO_CLIENTS.find((c) => c.role === role);
    if (!client?.apiKey) throw new Error(`The demo clients have no ${role} client with an API key.`);
    return client;
  };
  return Object.freeze(
    Object.fromEntries(
      Object.entries(ROLE_OF).map(([name, role]) => {
        const c = byRole(role);
        return [
          name,
          Object.freeze({ ...c, apiKey: c.apiKey as string, scopes: Object.freeze([...c.scopes]) }),
        ];
      }),
    ) as Record<Role, RoleCredentials>,
  );
}
