import { type AccessToken, requestToken } from './request-token.js';
import type { AuthContext, AuthStrategy } from './types.js';

/**
 * Settings of {@link oauth2ClientCredentials}.
 *
 * @example
 * ```ts
 * const options: OAuth2ClientCredentialsOptions = { clientId: 'demo-platform', clientSecret, scopes: ['jobs:read'] };
 * ```
 */
export interface OAuth2ClientCredentialsOptions {
  clientId: string;
  clientSecret: string;
  /** Scopes to request; omit (or leave empty) for all of the client's scopes. */
  scopes?: readonly string[];
  /** Default: `${baseUrl}/oauth/token` of the transport. */
  tokenUrl?: string;
  /** Refresh this long before expiry. Default 60 s (at most half the token's lifetime). */
  refreshBeforeExpirySeconds?: number;
  /** The clock, for tests. Default `Date.now`. */
  now?: () => number;
}

/**
 * OAuth 2.0 client credentials (`components/securitySchemes/oauth2.yaml`). The token is fetched on
 * the first call and cached; it is refreshed 60 s before it expires; concurrent calls share one
 * in-flight token request; a `401` on an API call drops the cached token and sends the call once more
 * with a fresh one.
 *
 * @example
 * ```ts
 * const transport = createTransport({
 *   baseUrl: 'http://localhost:8080/v1',
 *   auth: oauth2ClientCredentials({ clientId: 'demo-platform', clientSecret: 'demo-platform-secret', scopes: ['jobs:read'] }),
 * });
 * ```
 */
export function oauth2ClientCredentials(options: OAuth2ClientCredentialsOptions): AuthStrategy {
  if (!options.clientId || !options.clientSecret) {
    throw new TypeError('oauth2ClientCredentials() needs clientId and clientSecret.');
  }
  const now = options.now ?? Date.now;
  const skewMs = (options.refreshBeforeExpirySeconds ?? 60) * 1000;
  let cached: AccessToken | undefined;
  let inFlight: Promise<AccessToken> | undefined;

  const isFresh = (token: AccessToken) => now() < token.expiresAt - Math.min(skewMs, token.lifetimeMs / 2);

  const currentToken = async (context: AuthContext): Promise<string> => {
    if (cached && isFresh(cached)) return cached.accessToken;
    inFlight ??= requestToken({
      tokenUrl: options.tokenUrl ?? `${context.baseUrl}/oauth/token`,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      scopes: options.scopes ?? [],
      fetch: context.fetch,
      timeoutMs: context.timeoutMs,
      now,
    })
      .then((token) => {
        cached = token;
        return token;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return (await inFlight).accessToken;
  };

  const strategy: AuthStrategy = async (request, context) => {
    request.headers.set('Authorization', `Bearer ${await currentToken(context)}`);
  };
  strategy.onUnauthorized = (request) => {
    // Only drop the token this request used: if another call has already refreshed it, keep the new one.
    if (cached && request.headers.get('Authorization') === `Bearer ${cached.accessToken}`) cached = undefined;
    return true;
  };
  return strategy;
}
