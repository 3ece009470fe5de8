import { eq } from 'drizzle-orm';
import { ProblemError } from '../http/problem.js';
import type { OperationSpec } from '../spec/registry.js';
import type { Tx } from '../store/objects.js';
import { credentials } from '../store/schema.js';
import type { Caller } from './caller.js';
import { sha256, verifyToken } from './tokens.js';

const unauthenticated = (detail: string) =>
  new ProblemError(401, 'unauthenticated', detail, {}, { 'WWW-Authenticate': 'Bearer realm="gigmarket"' });

/** How long a known API key's caller is kept in memory (real time): as stale as a token can be, less. */
const API_KEY_CACHE_MS = 60_000;

/**
 * Callers of known API keys, by key, one map per app. The API never changes credentials (they are
 * provisioned at start-up), so this only saves the lookup query of each request.
 */
export type ApiKeyCache = Map<string, { caller: Caller; until: number }>;

/**
 * The caller of a request from `Authorization: Bearer <token>` or `X-Api-Key`, or `null` when the
 * request carries neither. Credentials that are present but wrong are always `401`, never anonymous.
 */
export async function authenticate(
  tx: Tx,
  headers: Headers,
  tokenSecret: string,
  nowMs: number,
  apiKeys: ApiKeyCache = new Map(),
): Promise<Caller | null> {
  const authorization = headers.get('authorization');
  if (authorization) {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
    const caller = token ? await verifyToken(tokenSecret, token, nowMs) : null;
    if (!caller)
      throw unauthenticated('The bearer token is invalid or expired. Get a new one from POST /oauth/token.');
    return caller;
  }
  const apiKey = headers.get('x-api-key');
  if (apiKey) {
    const cached = apiKeys.get(apiKey);
    if (cached && cached.until > Date.now()) return cached.caller;
    const [row] = await tx
      .select()
      .from(credentials)
      .where(eq(credentials.apiKeyHash, await sha256(apiKey)));
    if (!row) throw unauthenticated('The API key is not known.');
    const caller: Caller = {
      tenantId: row.tenantId,
      tenantName: row.tenantName,
      role: row.role,
      scopes: row.scopes,
      clientId: row.clientId,
      authMethod: 'API_KEY',
    };
    if (apiKeys.size >= 1_000) apiKeys.clear();
    apiKeys.set(apiKey, { caller, until: Date.now() + API_KEY_CACHE_MS });
    return caller;
  }
  return null;
}

/**
 * Enforces the operation's security: credentials unless `{}` is allowed, a role listed in
 * `x-roles`, and the OAuth scopes the operation declares.
 */
export function authorize(op: OperationSpec, caller: Caller | null): void {
  if (!caller) {
    if (op.anonymous) return;
    throw unauthenticated(
      `${op.id} needs credentials: send 'Authorization: Bearer <token>' (POST /oauth/token) or an X-Api-Key.`,
    );
  }
  if (!(caller.role in op.roles)) {
    throw new ProblemError(
      403,
      'forbidden',
      `The role ${caller.role} may not call ${op.id}; allowed roles: ${Object.keys(op.roles)
        .filter((r) => r !== 'anonymous')
        .join(', ')}.`,
    );
  }
  // Any one alternative of `security` suffices (OpenAPI: the list is OR, each entry AND).
  const satisfied =
    op.scopeAlternatives.length === 0 ||
    op.scopeAlternatives.some((alt) => alt.every((s) => caller.scopes.includes(s)));
  if (!satisfied) {
    const needed = op.scopeAlternatives.map((alt) => alt.join(' + ')).join(' or ');
    throw new ProblemError(
      403,
      'forbidden',
      `Your credentials lack the scopes that ${op.id} needs: ${needed}.`,
    );
  }
}
