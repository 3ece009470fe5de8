import { eq } from 'drizzle-orm';
import { issueToken, safeEqual, sha256 } from '../../auth/tokens.js';
import { ProblemError } from '../../http/problem.js';
import type { CustomHandler } from '../../operations/definitions.js';
import { credentials } from '../../store/schema.js';

const oauthError = (status: number, error: string, description: string) =>
  new ProblemError(status, status === 401 ? 'unauthenticated' : 'validation-error', description, {
    error,
    error_description: description,
  });

/** `POST /oauth/token`: client credentials (RFC 6749 §4.4), secret in the body or HTTP Basic. */
export const authToken: CustomHandler = async (ctx) => {
  const form = (ctx.body ?? {}) as Record<string, string>;
  if (form.grant_type !== 'client_credentials')
    throw oauthError(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.');
  // HTTP Basic credentials are read by the route before validation and passed in the form.
  const clientId = form.client_id ?? '';
  const secret = form.client_secret ?? '';
  const [row] = await ctx.tx.select().from(credentials).where(eq(credentials.clientId, clientId));
  if (!row || !safeEqual(row.secretHash, await sha256(secret)))
    throw oauthError(401, 'invalid_client', 'Unknown client or wrong secret.');
  const requested = form.scope ? form.scope.split(/\s+/).filter(Boolean) : row.scopes;
  const refused = requested.filter((s) => !row.scopes.includes(s));
  if (refused.length)
    throw oauthError(400, 'invalid_scope', `This client may not have: ${refused.join(' ')}.`);
  const caller = {
    tenantId: row.tenantId,
    tenantName: row.tenantName,
    role: row.role,
    scopes: requested,
    clientId: row.clientId,
    authMethod: 'OAUTH2' as const,
  };
  return {
    body: {
      access_token: await issueToken(
        ctx.config.tokenSecret,
        caller,
        ctx.nowDate.getTime(),
        ctx.config.tokenTtlSeconds,
      ),
      token_type: 'Bearer',
      expires_in: ctx.config.tokenTtlSeconds,
      scope: requested.join(' '),
    },
    headers: { 'Cache-Control': 'no-store' },
  };
};

/** `GET /me`. */
export const meGet: CustomHandler = (ctx) => ({ body: ctx.caller });
