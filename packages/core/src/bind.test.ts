import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  ESCROW_ID,
  escrowsGet,
  escrowsRelease,
  jobsCreate,
  jobsList,
  webhookSubscriptionsDelete,
} from './__test__/descriptors.js';
import { jsonResponse, mockFetch } from './__test__/fetch-mock.js';
import { bindOperations, type CallOptions, type UntypedClient } from './bind.js';
import type { OperationTable } from './operation.js';
import type { Paginator } from './pagination.js';
import { createTransport } from './transport/create-transport.js';

const operations = {
  'escrows.get': escrowsGet,
  'escrows.release': escrowsRelease,
  'jobs.create': jobsCreate,
  'jobs.list': jobsList,
  'webhookSubscriptions.delete': webhookSubscriptionsDelete,
} satisfies OperationTable;

interface Job {
  id: string;
}
/** What the code generator writes for this table: path parameters first, then body or query, then options. */
interface TestClient {
  escrows: {
    get(escrowId: string, options?: CallOptions): Promise<{ id: string }>;
    release(
      escrowId: string,
      body?: { note?: string },
      options?: CallOptions,
    ): Promise<{ id: string; status: string }>;
  };
  jobs: {
    create(body: { title: string }, options?: CallOptions): Promise<Job>;
    list(
      query?: { status?: string[]; limit?: number; cursor?: string },
      options?: CallOptions,
    ): Paginator<Job>;
  };
  webhookSubscriptions: { delete(webhookSubscriptionId: string, options?: CallOptions): Promise<void> };
}

function client(...responses: Response[]) {
  const mock = mockFetch(...responses);
  const transport = createTransport({ baseUrl: 'http://localhost:8080/v1', fetch: mock.fetch });
  return { api: bindOperations<TestClient>(operations, transport), requests: mock.requests };
}

describe('bindOperations', () => {
  it('nests methods by operationId and reads path parameters, then the body, then options', async () => {
    const { api, requests } = client(jsonResponse({ id: ESCROW_ID, status: 'RELEASED' }));
    const result = await api.escrows.release(
      ESCROW_ID,
      { note: '验收合格' },
      { idempotencyKey: 'release-order-4711' },
    );
    expect(result).toEqual({ id: ESCROW_ID, status: 'RELEASED' });
    const sent = requests[0] as Request;
    expect(sent.url).toBe(`http://localhost:8080/v1/escrows/${ESCROW_ID}/release`);
    expect(sent.headers.get('idempotency-key')).toBe('release-order-4711');
    expect(await sent.json()).toEqual({ note: '验收合格' });
    expect(api.escrows.release.name).toBe('escrows.release');
    expectTypeOf(result).toEqualTypeOf<{ id: string; status: string }>();
  });

  it('returns a paginator for list operations, passing limit and filters with every page', async () => {
    const { api, requests } = client(
      jsonResponse({ data: [{ id: 'job_1' }, { id: 'job_2' }], nextCursor: 'c1' }),
      jsonResponse({ data: [{ id: 'job_3' }], nextCursor: null }),
    );
    const paginator = api.jobs.list({ status: ['PUBLISHED'], limit: 2 });
    expectTypeOf(paginator).toEqualTypeOf<Paginator<Job>>();
    expect(requests).toHaveLength(0);
    expect((await paginator.toArray()).map((job) => job.id)).toEqual(['job_1', 'job_2', 'job_3']);
    expect(requests.map((r) => new URL(r.url).search)).toEqual([
      '?status=PUBLISHED&limit=2',
      '?status=PUBLISHED&limit=2&cursor=c1',
    ]);
  });

  it('lets the query be omitted, and sends the body of a create as the second argument', async () => {
    const { api, requests } = client(
      jsonResponse({ data: [], nextCursor: null }),
      jsonResponse({ id: 'job_9' }, { status: 201 }),
    );
    expect(await api.jobs.list().toArray()).toEqual([]);
    expect(requests[0]?.url).toBe('http://localhost:8080/v1/jobs');
    expect(await api.jobs.create({ title: '小区开荒保洁（日结）' })).toEqual({ id: 'job_9' });
    expect(await (requests[1] as Request).json()).toEqual({ title: '小区开荒保洁（日结）' });
  });

  it('passes options after the path parameter when there is no body or query', async () => {
    const { api, requests } = client(new Response(null, { status: 204 }));
    await api.webhookSubscriptions.delete('whs_01J2ZK6T3M8Q4R5S6T7V8W9X0Y', { headers: { 'x-trace': 't1' } });
    expect(requests[0]?.url).toBe(
      'http://localhost:8080/v1/webhook-subscriptions/whs_01J2ZK6T3M8Q4R5S6T7V8W9X0Y',
    );
    expect(requests[0]?.headers.get('x-trace')).toBe('t1');
  });

  it('rejects a missing path parameter and unknown query parameters, naming what is expected', async () => {
    const { api } = client(jsonResponse({}));
    await expect((api.escrows.get as (...a: unknown[]) => Promise<unknown>)()).rejects.toThrow(
      'escrows.get needs escrowId as its first argument; argument 1 (escrowId) is undefined.',
    );
    expect(() => (api.jobs.list as (q: object) => unknown)({ state: 'x' })).toThrow(
      'jobs.list: unknown query parameter state; it takes status,regionCode,updatedSince,limit,cursor.',
    );
  });

  it('keeps every method on the client, even for ids that name Object.prototype members', () => {
    const transport = createTransport({
      baseUrl: 'http://localhost:8080/v1',
      fetch: mockFetch(jsonResponse({})).fetch,
    });
    const api = bindOperations(
      {
        'constructor.get': { ...escrowsGet, id: 'constructor.get' },
        '__proto__.polluted': { ...escrowsGet, id: '__proto__.polluted' },
      },
      transport,
    );
    expect(typeof (api.constructor as unknown as UntypedClient).get).toBe('function');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});
