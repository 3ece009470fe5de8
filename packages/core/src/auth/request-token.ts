import { createErrorFromResponse } from '../errors/from-response.js';
import { GigMarketError } from '../errors/gigmarket-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { readResponseBody } from '../transport/read-body.js';

const OPERATION_ID = 'auth.token';

/**
 * An access token and when it expires (epoch milliseconds).
 *
 * @example
 * ```ts
 * const token: AccessToken = { accessToken: 'gmt_…', expiresAt: Date.now() + 3_600_000, lifetimeMs: 3_600_000 };
 * ```
 */
export interface AccessToken {
  accessToken: string;
  expiresAt: number;
  lifetimeMs: number;
}

/**
 * A client-credentials token request (`POST /oauth/token`, RFC 6749 §4.4).
 *
 * @example
 * ```ts
 * const input: TokenRequest = { tokenUrl, clientId, clientSecret, scopes: ['jobs:read'], fetch, timeoutMs: 30_000, now: Date.now };
 * ```
 */
export interface TokenRequest {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  scopes: readonly string[];
  fetch: typeof fetch;
  timeoutMs: number | false;
  now: () => number;
}

/**
 * Exchanges client credentials for a token: a form POST with the credentials in the body. Failures
 * are the SDK's errors for operation `auth.token` (an `AuthenticationError` for `invalid_client`).
 *
 * @example
 * ```ts
 * const { accessToken } = await requestToken({ ...input, tokenUrl: 'http://localhost:8080/v1/oauth/token' });
 * ```
 */
export async function requestToken(input: TokenRequest): Promise<AccessToken> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: input.clientId,
    client_secret: input.clientSecret,
  });
  if (input.scopes.length > 0) form.set('scope', input.scopes.join(' '));
  const controller = new AbortController();
  const timer = input.timeoutMs === false ? undefined : setTimeout(() => controller.abort(), input.timeoutMs);
  let response: Response;
  try {
    response = await input.fetch(
      new Request(input.tokenUrl, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: form.toString(),
        signal: controller.signal,
      }),
    );
  } catch (error) {
    if (controller.signal.aborted && input.timeoutMs !== false) {
      throw new TimeoutError(OPERATION_ID, input.timeoutMs, error);
    }
    throw NetworkError.from(OPERATION_ID, error);
  } finally {
    clearTimeout(timer);
  }
  const body = await readResponseBody(response);
  if (!response.ok) {
    throw createErrorFromResponse({
      operationId: OPERATION_ID,
      status: response.status,
      headers: response.headers,
      body,
    });
  }
  const { access_token: accessToken, expires_in: expiresIn } = (body ?? {}) as Record<string, unknown>;
  if (typeof accessToken !== 'string' || typeof expiresIn !== 'number' || expiresIn <= 0) {
    throw new GigMarketError({
      operationId: OPERATION_ID,
      status: response.status,
      problem: {
        type: 'about:blank',
        title: 'Invalid token response',
        status: response.status,
        detail: `${input.tokenUrl} answered without access_token and a positive expires_in (RFC 6749 §5.1).`,
      },
    });
  }
  const lifetimeMs = expiresIn * 1000;
  return { accessToken, expiresAt: input.now() + lifetimeMs, lifetimeMs };
}
