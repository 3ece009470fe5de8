/** Who is calling: resolved from a bearer token or an API key, or anonymous. */
export interface Caller {
  tenantId: string;
  tenantName: string;
  role: string;
  scopes: string[];
  clientId: string;
  authMethod: 'OAUTH2' | 'API_KEY';
}

export const ANONYMOUS = null;
export type MaybeCaller = Caller | typeof ANONYMOUS;
