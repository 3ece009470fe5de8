import { describe, expect, it } from 'vitest';
import { ESCROW_ID, escrowsGet } from '../__test__/descriptors.js';
import { jsonResponse, mockFetch, problemResponse } from '../__test__/fetch-mock.js';
import { AuthenticationError } from '../errors/authentication-error.js';
import { createTransport } from '../transport/create-transport.js';
import { oauth2ClientCredentials } from './oauth2-client-credentials.js';

const BASE_URL = 'http://localhost:8080/v1';
const TOKEN_URL = `${BASE_URL}/oauth/token`;

/** A server: the token endpoint issues tok_1, tok_2, … ; API calls echo the bearer token they got. */
function fakeServer(options: { expiresIn?: number; rejectTokens?: string[] } = {}) {
  let issued = 0;
  const tokenRequests: URLSearchParams[] = [];
  const apiTokens: string[] = [];
  const mock = mockFetch(async (request) => {
    if (request.url === TOKEN_URL) {
      tokenRequests.push(new URLSearchParams(await request.text()));
      issued++;
      await new Promise((resolve) => setTimeout(resolve, 5)); // slow enough for concurrent callers to pile up
      return jsonResponse({
        access_token: `tok_${issued}`,
        token_type: 'Bearer',
        expires_in: options.expiresIn ?? 3600,
        scope: 'jobs:read',
      });
    }
    const token = request.headers.get('authorization')?.replace('Bearer ', '') ?? '';
    apiTokens.push(token);
    if (options.rejectTokens?.includes(token)) return problemResponse(401, 'unauthenticated');
    return jsonResponse({ token });
  });
  return { mock, tokenRequests, apiTokens };
}

function setup(server: ReturnType<typeof fakeServer>, clock = { now: 0 }) {
  const auth = oauth2ClientCredentials({
    clientId: 'demo-platform',
    clientSecret: 'demo-platform-secret',
    scopes: ['jobs:read', 'settlement:write'],
    now: () => clock.now,
  });
  return createTransport({ baseUrl: BASE_URL, auth, fetch: server.mock.fetch, sleep: async () => {} });
}

const get = { pathParams: { escrowId: ESCROW_ID } };

describe('oauth2ClientCredentials', () => {
  it('POSTs the credentials as a form to <baseUrl>/oauth/token and sends the token as Bearer', async () => {
    const server = fakeServer();
    await expect(setup(server).request(escrowsGet, get)).resolves.toEqual({ token: 'tok_1' });
    const tokenRequest = server.mock.requests.find((r) => r.url === TOKEN_URL) as Request;
    expect(tokenRequest.method).toBe('POST');
    expect(tokenRequest.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(server.tokenRequests[0] as URLSearchParams)).toEqual({
      grant_type: 'client_credentials',
      client_id: 'demo-platform',
      client_secret: 'demo-platform-secret',
      scope: 'jobs:read settlement:write',
    });
  });

  it('caches the token and refreshes it 60 s before expiry', async () => {
    const server = fakeServer({ expiresIn: 3600 });
    const clock = { now: 0 };
    const transport = setup(server, clock);
    await transport.request(escrowsGet, get);
    clock.now = 3_539_999; // 60.001 s before expiry: still fresh
    await transport.request(escrowsGet, get);
    expect(server.tokenRequests).toHaveLength(1);
    clock.now = 3_540_000; // 60 s before expiry: refresh
    await expect(transport.request(escrowsGet, get)).resolves.toEqual({ token: 'tok_2' });
    expect(server.tokenRequests).toHaveLength(2);
    expect(server.apiTokens).toEqual(['tok_1', 'tok_1', 'tok_2']);
  });

  it('shares one in-flight token request among concurrent calls', async () => {
    const server = fakeServer();
    const transport = setup(server);
    const results = await Promise.all(Array.from({ length: 5 }, () => transport.request(escrowsGet, get)));
    expect(server.tokenRequests).toHaveLength(1);
    expect(results).toEqual(Array(5).fill({ token: 'tok_1' }));
  });

  it('on a 401 drops the cached token, fetches a new one and sends the call once more', async () => {
    const server = fakeServer({ rejectTokens: ['tok_1'] });
    await expect(setup(server).request(escrowsGet, get)).resolves.toEqual({ token: 'tok_2' });
    expect(server.apiTokens).toEqual(['tok_1', 'tok_2']);
    expect(server.tokenRequests).toHaveLength(2);
  });

  it('re-authenticates only once per call, then throws AuthenticationError', async () => {
    const server = fakeServer({ rejectTokens: ['tok_1', 'tok_2', 'tok_3'] });
    await expect(setup(server).request(escrowsGet, get)).rejects.toBeInstanceOf(AuthenticationError);
    expect(server.apiTokens).toEqual(['tok_1', 'tok_2']);
  });

  it('fails with AuthenticationError for auth.token when the client is unknown', async () => {
    const mock = mockFetch(
      jsonResponse({ error: 'invalid_client', error_description: 'Unknown client' }, { status: 401 }),
    );
    const transport = createTransport({
      baseUrl: BASE_URL,
      fetch: mock.fetch,
      auth: oauth2ClientCredentials({
        clientId: 'x',
        clientSecret: 'y',
        tokenUrl: 'https://auth.example.cn/token',
      }),
    });
    const error = await transport.request(escrowsGet, get).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ operationId: 'auth.token', detail: 'Unknown client' });
    expect(mock.requests[0]?.url).toBe('https://auth.example.cn/token');
    expect(mock.requests).toHaveLength(1); // the API call was never sent
  });

  it('needs a client id and secret', () => {
    expect(() => oauth2ClientCredentials({ clientId: '', clientSecret: 'y' })).toThrow(TypeError);
  });
});
