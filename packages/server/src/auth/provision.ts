import type { Database } from '../store/database.js';
import { credentials } from '../store/schema.js';
import { sha256 } from './tokens.js';

/** An API client of a tenant, as a deployment configures it. Secrets are stored hashed. */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  apiKey?: string;
  tenantId: string;
  tenantName: string;
  role: string;
  scopes: string[];
}

/** Every scope of the standard; a role's clients get the ones their role may use. */
export const ALL_SCOPES = [
  'jobs:read',
  'jobs:write',
  'settlement:read',
  'settlement:write',
  'insurance:read',
  'insurance:write',
  'credit:read',
  'credit:write',
  'reporting:read',
  'reporting:write',
];

/** Creates or updates clients (idempotent, so a restart with the same configuration changes nothing). */
export async function provisionClients(db: Database, clients: ClientCredentials[]): Promise<void> {
  for (const c of clients) {
    const row = {
      clientId: c.clientId,
      secretHash: await sha256(c.clientSecret),
      apiKeyHash: c.apiKey ? await sha256(c.apiKey) : null,
      tenantId: c.tenantId,
      tenantName: c.tenantName,
      role: c.role,
      scopes: c.scopes,
    };
    await db.insert(credentials).values(row).onConflictDoUpdate({ target: credentials.clientId, set: row });
  }
}
