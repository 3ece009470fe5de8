import { createGigMarketMock } from '@gigmarket/mock';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  apiKey,
  ConflictError,
  createGigMarketClient,
  isResponseValidationError,
  isTransport,
  oauth2ClientCredentials,
  ResponseValidationError,
} from './index.js';
import { responseSchemas } from './validation.js';

// The SDK against the reference server's own behaviour: @gigmarket/mock runs it on the demo city
// behind MSW, so these tests see real validation, state machines, errors and pagination.
const mock = await createGigMarketMock({ seed: 11 });
const server = setupServer(...mock.handlers);
const sent: Request[] = [];
server.events.on('request:start', ({ request }) => {
  sent.push(request.clone());
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  sent.length = 0;
});
afterEach(async () => {
  server.resetHandlers();
  await mock.reset();
});
afterAll(async () => {
  server.close();
  await mock.close();
});

const paths = () => sent.map((r) => `${r.method} ${new URL(r.url).pathname}`);
const strict = { mode: 'strict', schemas: responseSchemas } as const;
const asPlatform = (options: Partial<Parameters<typeof createGigMarketClient>[0]> = {}) =>
  createGigMarketClient({
    baseUrl: mock.baseUrl,
    auth: apiKey(mock.credentials.platform.apiKey),
    sleep: async () => {},
    ...options,
  });

describe('createGigMarketClient', () => {
  it('exposes every domain and the common operations at the top level', () => {
    const client = createGigMarketClient({ baseUrl: mock.baseUrl });
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
    const client = asPlatform();
    const discovery = await client.discovery.get();
    expect(discovery.standard.version).toMatch(/^\d+\.\d+/);
    const events = await client.events.list({ limit: 5 }).toArray({ max: 5 });
    expect(events.length).toBeGreaterThan(0);
    expect(paths()).toEqual(['GET /v1/', 'GET /v1/events']);
  });

  it('shares one transport: one OAuth token serves every domain', async () => {
    const { clientId, clientSecret } = mock.credentials.platform;
    const client = createGigMarketClient({
      baseUrl: mock.baseUrl,
      auth: oauth2ClientCredentials({ clientId, clientSecret }),
    });
    const job = await mock.fixtures.job();
    sent.length = 0;
    await client.jobs.jobs.get(job.id);
    await client.settlement.escrows.list({ limit: 1 }).toArray({ max: 1 });
    const me = await client.me.get();
    expect(me.tenantId).toBe(mock.credentials.platform.tenantId);
    expect(paths().filter((p) => p === 'POST /v1/oauth/token')).toHaveLength(1);
    const apiCalls = sent.filter((r) => !r.url.endsWith('/oauth/token'));
    const authorizations = new Set(apiCalls.map((r) => r.headers.get('authorization')));
    expect(apiCalls).toHaveLength(3);
    expect([...authorizations]).toEqual([expect.stringMatching(/^Bearer gmt_/)]);
  });

  it('creates a job, reads it back and pages through the list', async () => {
    const client = asPlatform({ validation: strict });
    const draft = await mock.fixtures.job({ title: '展会搭建（日结）' }, { publish: false });
    const job = await client.jobs.jobs.get(draft.id);
    expect(job).toEqual(draft);
    // Cursor pages of 5 hold, in order, exactly the items one page of 50 holds.
    const pages: string[][] = [];
    for await (const page of client.jobs.jobs.list({ limit: 5 }).pages())
      pages.push(page.data.map((j) => j.id));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((ids) => ids.length <= 5)).toBe(true);
    const all = await client.jobs.jobs.list({ limit: 50 }).toArray();
    expect(pages.flat()).toEqual(all.map((j) => j.id));
  });

  it("maps the server's state-machine refusal to a ConflictError with the allowed actions", async () => {
    const client = asPlatform();
    const published = await mock.fixtures.job();
    const error = await client.jobs.jobs.submit(published.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).currentState).toBe('PUBLISHED');
  });

  it('retries a POST that answered 503 with the same Idempotency-Key', async () => {
    const client = asPlatform();
    const draft = await mock.fixtures.job({}, { publish: false });
    mock.failNext('jobs.submit', { status: 503 });
    sent.length = 0;
    const submitted = await client.jobs.jobs.submit(draft.id);
    expect(submitted.status).not.toBe('DRAFT');
    const attempts = sent.filter((r) => r.url.endsWith(`/jobs/${draft.id}/submit`));
    expect(attempts).toHaveLength(2);
    const keys = new Set(attempts.map((r) => r.headers.get('idempotency-key')));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toBeTruthy();
  });

  it('accepts live responses of every domain in strict validation mode', async () => {
    const client = asPlatform({ validation: strict });
    const order = await mock.fixtures.workOrder();
    await expect(client.jobs.assignments.get(order.id)).resolves.toMatchObject({ id: order.id });
    await expect(client.jobs.gigMarkets.list({ limit: 3 }).toArray({ max: 3 })).resolves.toHaveLength(3);
    await expect(client.settlement.escrows.list({ limit: 3 }).toArray({ max: 3 })).resolves.toBeDefined();
    await expect(client.discovery.get()).resolves.toBeDefined();
  });

  it('validates every domain with the merged schemas', async () => {
    const escrow = await mock.fixtures.escrow();
    server.use(
      http.get(`${mock.baseUrl}/escrows/:escrowId`, () =>
        HttpResponse.json({ ...escrow, amountFen: 'lots' }),
      ),
    );
    const client = asPlatform({ validation: strict });
    const error = await client.settlement.escrows.get(escrow.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(isResponseValidationError(error) && error.operationId).toBe('escrows.get');
  });
});
