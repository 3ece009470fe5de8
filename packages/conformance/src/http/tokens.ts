/** A client-credentials pair as the CLI takes it. */
export interface Credentials {
  clientId: string;
  clientSecret: string;
}

/**
 * Fetches an access token from `POST /oauth/token` (client credentials, form-encoded as RFC 6749
 * §4.4 requires). `scopes` narrows the token, which the scope checks of level 3 need.
 */
export async function fetchToken(
  baseUrl: string,
  credentials: Credentials,
  fetcher: typeof fetch,
  scopes: readonly string[] = [],
): Promise<string> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
  });
  if (scopes.length > 0) form.set('scope', scopes.join(' '));
  const response = await fetcher(`${baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: string };
  if (!response.ok || !body.access_token)
    throw new Error(
      `The token endpoint refused client ${credentials.clientId} (${response.status}): check --client-id and --client-secret.`,
    );
  return body.access_token;
}
