import { MOCK_BASE_URL, specExample, specHandlers } from '@gigmarket/spec-examples';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createGigMarketClient,
  type Escrow,
  isResponseValidationError,
  isTransport,
  oauth2ClientCredentials,
  ResponseValidationError,
} from './index.js';
import { responseSchemas } from './validation.js';

const server = setupServer(...specHandlers());
const sent: Request[] = [];
server.events.on('request:start', ({ request }) => {
  sent.push(request.clone());
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  sent.length = 0;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const paths = () => sent.map((r) => `${r.method} ${new URL(r.url).pathname}`);
const escrow = specExample('escrows.get') as Escrow;

describe('createGigMarketClient', () => {
  it('exposes every domain and the common operations at the top level', () => {
    const client = createGigMarketClient({ baseUrl: MOCK_BASE_URL });
    expect(isTransport(client.transport)).toBe(true);
    expect(Object.keys(client).sort()).toEqual(
      [
        'auth',
        'credit',
        'discovery',
        'events',
        'insurance',
        'jobs',
        'me',
        'reporting',
        'sandboxClock',
        'settlement',
        'transport',
        'webhookDeliveries',
        'webhookSubscriptions',
      ].sort(),
    );
  });

  it('calls common operations from the top level', async () => {
    const client = createGigMarketClient({ baseUrl: MOCK_BASE_URL });
    expect(await client.discovery.get()).toEqual(specExample('discovery.get'));
    const events = await client.events.list({ limit: 10 }).toArray();
    expect(events).toEqual((specExample('events.list') as { data: unknown[] }).data);
    expect(paths()).toEqual(['GET /v1/', 'GET /v1/events']);
  });

  it('shares one transport: one OAuth token serves every domain', async () => {
    const client = createGigMarketClient({
      baseUrl: MOCK_BASE_URL,
      auth: oauth2ClientCredentials({ clientId: 'demo-platform', clientSecret: 'demo-platform-secret' }),
    });
    await client.settlement.escrows.get(escrow.id);
    await client.jobs.jobs.get('job_01J4ZZZZZZZZZZZZZZZZZZZZZZ');
    await client.me.get();
    expect(paths().filter((p) => p === 'POST /v1/oauth/token')).toHaveLength(1);
    const token = (specExample('auth.token') as { access_token: string }).access_token;
    const apiCalls = sent.filter((r) => !r.url.endsWith('/oauth/token'));
    expect(apiCalls.map((r) => r.headers.get('authorization'))).toEqual(Array(3).fill(`Bearer ${token}`));
  });

  it('validates every domain with the merged schemas', async () => {
    server.use(
      http.get(`${MOCK_BASE_URL}/escrows/:escrowId`, () =>
        HttpResponse.json({ ...escrow, amountFen: 'lots' }),
      ),
    );
    const client = createGigMarketClient({
      baseUrl: MOCK_BASE_URL,
      validation: { mode: 'strict', schemas: responseSchemas },
    });
    const error = await client.settlement.escrows.get(escrow.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(isResponseValidationError(error) && error.operationId).toBe('escrows.get');
  });
});
