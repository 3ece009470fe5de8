import { describe, expect, it, vi } from 'vitest';
import {
  ESCROW_ID,
  escrowsGet,
  escrowsRelease,
  jobsCreate,
  jobsList,
  jobsUpdate,
  webhookSubscriptionsDelete,
} from '../__test__/descriptors.js';
import { hang, jsonResponse, mockFetch, problemResponse } from '../__test__/fetch-mock.js';
import { apiKey } from '../auth/api-key.js';
import { ConflictError } from '../errors/conflict-error.js';
import { NetworkError } from '../errors/network-error.js';
import { ServerError } from '../errors/server-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { SDK_VERSION } from '../version.js';
import { createTransport } from './create-transport.js';
import type { TransportOptions } from './types.js';

const BASE_URL = 'http://localhost:8080/v1';
const noWait = () => Promise.resolve();

function transportWith(fetch: typeof globalThis.fetch, options: Partial<TransportOptions> = {}) {
  return createTransport({ baseUrl: BASE_URL, fetch, sleep: noWait, runtime: 'node', ...options });
}

describe('createTransport: requests', () => {
  it('builds the URL from the base URL, encoded path params and a form/explode=false query', async () => {
    const mock = mockFetch(jsonResponse({ data: [], nextCursor: null }));
    await transportWith(mock.fetch).request(jobsList, {
      query: { status: ['PUBLISHED', 'PAUSED'], regionCode: '330110', limit: 20, cursor: undefined },
    });
    expect(mock.requests[0]?.url).toBe(`${BASE_URL}/jobs?status=PUBLISHED,PAUSED&regionCode=330110&limit=20`);

    const get = mockFetch(jsonResponse({ id: ESCROW_ID }));
    await transportWith(get.fetch).request(escrowsGet, { pathParams: { escrowId: 'a/b c' } });
    expect(get.requests[0]?.url).toBe(`${BASE_URL}/escrows/a%2Fb%20c`);
  });

  it('returns parsed JSON, and undefined for 204', async () => {
    const mock = mockFetch(
      jsonResponse({ id: ESCROW_ID, status: 'RELEASED' }),
      new Response(null, { status: 204 }),
    );
    const transport = transportWith(mock.fetch);
    await expect(transport.request(escrowsGet, { pathParams: { escrowId: ESCROW_ID } })).resolves.toEqual({
      id: ESCROW_ID,
      status: 'RELEASED',
    });
    await expect(
      transport.request(webhookSubscriptionsDelete, { pathParams: { webhookSubscriptionId: 'whs_1' } }),
    ).resolves.toBeUndefined();
    expect(mock.requests[1]?.method).toBe('DELETE');
  });

  it('asks for the media type of a non-JSON feed and returns CSV as text', async () => {
    const csv = 'period,region,activeWorkers\n2025H1,330110,18000\n';
    const mock = mockFetch(new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } }));
    const feed = {
      ...escrowsGet,
      id: 'openData.statistics',
      path: '/open-data/statistics.csv',
      pathParams: [],
      responseContentType: 'text/csv',
    };
    await expect(transportWith(mock.fetch).request(feed)).resolves.toBe(csv);
    expect(mock.requests[0]?.headers.get('accept')).toBe('text/csv, application/problem+json');
  });

  it('sends the body with the media type of the descriptor', async () => {
    const mock = mockFetch(jsonResponse({ id: 'job_1' }));
    await transportWith(mock.fetch).request(jobsUpdate, {
      pathParams: { jobId: 'job_1' },
      body: { title: '搬运工' },
    });
    const sent = mock.requests[0] as Request;
    expect(sent.method).toBe('PATCH');
    expect(sent.headers.get('content-type')).toBe('application/merge-patch+json');
    expect(await sent.json()).toEqual({ title: '搬运工' });
  });

  it('sets User-Agent on Node, X-GigMarket-Client on browsers, and the auth header', async () => {
    const node = mockFetch(jsonResponse({}));
    await transportWith(node.fetch, { auth: apiKey('gmk_test'), standardVersion: '1.2.0' }).request(
      escrowsGet,
      {
        pathParams: { escrowId: ESCROW_ID },
      },
    );
    const headers = node.requests[0]?.headers as Headers;
    expect(headers.get('user-agent')).toBe(`gigmarket-sdk-js/${SDK_VERSION} (standard 1.2.0; node)`);
    expect(headers.get('x-gigmarket-client')).toBeNull();
    expect(headers.get('x-api-key')).toBe('gmk_test');
    expect(headers.get('accept')).toContain('application/problem+json');

    const browser = mockFetch(jsonResponse({}));
    await transportWith(browser.fetch, { runtime: 'browser', sdkVersion: '9.9.9' }).request(escrowsGet, {
      pathParams: { escrowId: ESCROW_ID },
    });
    expect(browser.requests[0]?.headers.get('x-gigmarket-client')).toBe(
      'gigmarket-sdk-js/9.9.9 (standard 1.0.0; browser)',
    );
    expect(browser.requests[0]?.headers.get('user-agent') ?? '').not.toContain('gigmarket');
  });

  it('calls beforeRequest and afterResponse with the operation, request, response and attempt', async () => {
    const mock = mockFetch(problemResponse(503, 'internal-error'), jsonResponse({ ok: true }));
    const beforeRequest = vi.fn(({ request }: { request: Request }) => {
      request.headers.set('traceparent', '00-abc-def-01');
    });
    const seen: Array<{ id: string; status: number; attempt: number; body: unknown }> = [];
    await transportWith(mock.fetch, {
      hooks: {
        beforeRequest,
        afterResponse: async ({ operation, response, attempt }) => {
          seen.push({ id: operation.id, status: response.status, attempt, body: await response.json() });
        },
      },
    }).request(escrowsGet, { pathParams: { escrowId: ESCROW_ID } });
    expect(beforeRequest).toHaveBeenCalledTimes(2);
    expect(beforeRequest.mock.calls[0]?.[0]).toMatchObject({ operation: escrowsGet, attempt: 0 });
    expect(mock.requests[0]?.headers.get('traceparent')).toBe('00-abc-def-01');
    expect(seen.map(({ status, attempt }) => [status, attempt])).toEqual([
      [503, 0],
      [200, 1],
    ]);
    expect(seen[1]?.body).toEqual({ ok: true });
  });
});

describe('createTransport: idempotency and retries', () => {
  it('gives every POST a generated Idempotency-Key and reuses it on every retry', async () => {
    const mock = mockFetch(
      problemResponse(500, 'internal-error'),
      new TypeError('fetch failed'),
      problemResponse(502, 'internal-error'),
      jsonResponse({ id: 'job_1' }, { status: 201 }),
    );
    const generate = vi.fn(() => 'generated-key-0001');
    const result = await transportWith(mock.fetch, { generateIdempotencyKey: generate }).request(jobsCreate, {
      body: { title: 'x' },
    });
    expect(result).toEqual({ id: 'job_1' });
    expect(generate).toHaveBeenCalledTimes(1);
    expect(mock.requests).toHaveLength(4);
    expect(mock.requests.map((r) => r.headers.get('idempotency-key'))).toEqual(
      Array(4).fill('generated-key-0001'),
    );
  });

  it('uses the caller key as it is', async () => {
    const mock = mockFetch(problemResponse(503, 'internal-error'), jsonResponse({}));
    await transportWith(mock.fetch).request(escrowsRelease, {
      pathParams: { escrowId: ESCROW_ID },
      idempotencyKey: 'order-4711-release',
    });
    expect(mock.requests.map((r) => r.headers.get('idempotency-key'))).toEqual([
      'order-4711-release',
      'order-4711-release',
    ]);
  });

  it('does not retry a POST without a key (automatic keys off) and sends no key', async () => {
    const mock = mockFetch(problemResponse(503, 'internal-error'), jsonResponse({}));
    const transport = transportWith(mock.fetch, { generateIdempotencyKey: false });
    await expect(transport.request(jobsCreate, { body: { title: 'x' } })).rejects.toBeInstanceOf(ServerError);
    expect(mock.requests).toHaveLength(1);
    expect(mock.requests[0]?.headers.get('idempotency-key')).toBeNull();
  });

  it('retries a PATCH only when the caller passes a key', async () => {
    const without = mockFetch(problemResponse(502, 'internal-error'), jsonResponse({}));
    await expect(
      transportWith(without.fetch).request(jobsUpdate, {
        pathParams: { jobId: 'job_1' },
        body: { title: 'x' },
      }),
    ).rejects.toBeInstanceOf(ServerError);
    expect(without.requests).toHaveLength(1);

    const withKey = mockFetch(problemResponse(502, 'internal-error'), jsonResponse({ id: 'job_1' }));
    await expect(
      transportWith(withKey.fetch).request(jobsUpdate, {
        pathParams: { jobId: 'job_1' },
        body: { title: 'x' },
        idempotencyKey: 'patch-job-1-v2',
      }),
    ).resolves.toEqual({ id: 'job_1' });
    expect(withKey.requests).toHaveLength(2);
  });

  it('gives up after the configured retries and throws the last error', async () => {
    const mock = mockFetch(new TypeError('connect ECONNREFUSED'));
    const beforeRetry = vi.fn();
    const error = await transportWith(mock.fetch, { retry: { retries: 2 }, hooks: { beforeRetry } })
      .request(escrowsGet, { pathParams: { escrowId: ESCROW_ID } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toContain('connect ECONNREFUSED');
    expect(mock.requests).toHaveLength(3);
    expect(beforeRetry).toHaveBeenCalledTimes(2);
    expect(beforeRetry.mock.calls[0]?.[0]).toMatchObject({ attempt: 1, operation: escrowsGet });
  });

  it('waits the backoff between attempts (fake timers, injected random)', async () => {
    vi.useFakeTimers();
    try {
      const mock = mockFetch(problemResponse(500, 'internal-error'), jsonResponse({ ok: 1 }));
      const transport = createTransport({ baseUrl: BASE_URL, fetch: mock.fetch, random: () => 0.5 });
      const call = transport.request(escrowsGet, { pathParams: { escrowId: ESCROW_ID } });
      await vi.advanceTimersByTimeAsync(249);
      expect(mock.requests).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      await expect(call).resolves.toEqual({ ok: 1 });
      expect(mock.requests).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('retries every retryable status, honours Retry-After on 429/503 and tells beforeRetry the wait', async () => {
    vi.useFakeTimers();
    try {
      const now = Date.parse('2026-07-01T08:00:00Z');
      vi.setSystemTime(now);
      const mock = mockFetch(
        problemResponse(429, 'rate-limited', {}, { 'Retry-After': '3' }),
        problemResponse(503, 'internal-error', {}, { 'Retry-After': 'Wed, 01 Jul 2026 08:00:10 GMT' }),
        problemResponse(500, 'internal-error', {}, { 'Retry-After': '9' }), // not honoured on 500: backoff
        jsonResponse({ ok: 1 }),
      );
      const events: Array<[number, number, number | undefined]> = [];
      const transport = createTransport({
        baseUrl: BASE_URL,
        fetch: mock.fetch,
        random: () => 0.5,
        now: () => now,
        hooks: { beforeRetry: (e) => void events.push([e.attempt, e.delayMs, e.response?.status]) },
      });
      const call = transport.request(escrowsGet, { pathParams: { escrowId: ESCROW_ID } });
      await vi.advanceTimersByTimeAsync(2_999);
      expect(mock.requests).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(mock.requests).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(9_999);
      expect(mock.requests).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(mock.requests).toHaveLength(3);
      await vi.advanceTimersByTimeAsync(1_000); // 0.5 × 500 ms × 2²
      await expect(call).resolves.toEqual({ ok: 1 });
      expect(events).toEqual([
        [1, 3_000, 429],
        [2, 10_000, 503],
        [3, 1_000, 500],
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('fails at once with a Retry-After longer than maxRetryAfterMs', async () => {
    const mock = mockFetch(
      problemResponse(503, 'internal-error', {}, { 'Retry-After': '61' }),
      jsonResponse({}),
    );
    const error = await transportWith(mock.fetch)
      .request(escrowsGet, { pathParams: { escrowId: ESCROW_ID } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(mock.requests).toHaveLength(1);
  });

  it('does not retry statuses outside retry.statuses, nor errors thrown by hooks', async () => {
    const notListed = mockFetch(problemResponse(501, 'internal-error'), jsonResponse({}));
    await expect(
      transportWith(notListed.fetch).request(escrowsGet, { pathParams: { escrowId: ESCROW_ID } }),
    ).rejects.toBeInstanceOf(ServerError);
    expect(notListed.requests).toHaveLength(1);

    const hookError = new Error('tracing failed');
    const throwing = mockFetch(problemResponse(503, 'internal-error'), jsonResponse({}));
    const afterResponse = vi.fn(() => {
      throw hookError;
    });
    await expect(
      transportWith(throwing.fetch, { hooks: { afterResponse } }).request(escrowsGet, {
        pathParams: { escrowId: ESCROW_ID },
      }),
    ).rejects.toBe(hookError);
    expect(throwing.requests).toHaveLength(1);
  });

  it('throws the problem as an error with its fields when the status is not retryable', async () => {
    const mock = mockFetch(
      problemResponse(409, 'invalid-transition', {
        title: 'Action not allowed in the current state',
        detail: 'Cannot release while FUNDED.',
        currentState: 'FUNDED',
        allowedActions: ['hold', 'refund'],
      }),
    );
    const error = await transportWith(mock.fetch)
      .request(escrowsRelease, { pathParams: { escrowId: ESCROW_ID } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, currentState: 'FUNDED', allowedActions: ['hold', 'refund'] });
    expect((error as Error).message).toBe(
      'escrows.release failed: 409 Action not allowed in the current state — Cannot release while FUNDED. (request req_01J2ZK6T3M8Q4R5S6T7V8W9X0Y)',
    );
    expect(mock.requests).toHaveLength(1);
  });
});

describe('createTransport: timeouts and abort', () => {
  it('times an attempt out, retries it, and throws TimeoutError after the last', async () => {
    vi.useFakeTimers();
    try {
      const mock = mockFetch(hang);
      const transport = createTransport({
        baseUrl: BASE_URL,
        fetch: mock.fetch,
        retry: { retries: 1 },
        random: () => 0,
      });
      const call = transport
        .request(escrowsGet, { pathParams: { escrowId: ESCROW_ID }, timeoutMs: 1_000 })
        .catch((e) => e);
      await vi.advanceTimersByTimeAsync(1_000);
      await vi.advanceTimersByTimeAsync(1); // the zero backoff (random() = 0)
      expect(mock.requests).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1_000);
      const error = await call;
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).timeoutMs).toBe(1_000);
      expect(mock.requests).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('uses the 30 s default timeout', async () => {
    vi.useFakeTimers();
    try {
      const mock = mockFetch(hang);
      const call = createTransport({ baseUrl: BASE_URL, fetch: mock.fetch, retry: false })
        .request(escrowsGet, { pathParams: { escrowId: ESCROW_ID } })
        .catch((e) => e);
      await vi.advanceTimersByTimeAsync(29_999);
      let settled = false;
      void call.then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(await call).toBeInstanceOf(TimeoutError);
    } finally {
      vi.useRealTimers();
    }
  });

  it('rejects with the abort reason and does not retry after an abort', async () => {
    const controller = new AbortController();
    const mock = mockFetch((request) => {
      controller.abort(new DOMException('user left the page', 'AbortError'));
      return hang(request);
    });
    const error = await transportWith(mock.fetch)
      .request(escrowsGet, { pathParams: { escrowId: ESCROW_ID }, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).message).toBe('user left the page');
    expect(mock.requests).toHaveLength(1);
  });

  it('stops waiting for a retry when aborted during the backoff', async () => {
    const controller = new AbortController();
    const mock = mockFetch(problemResponse(503, 'internal-error'));
    const transport = createTransport({
      baseUrl: BASE_URL,
      fetch: mock.fetch,
      sleep: () => {
        controller.abort(new Error('cancelled'));
        return Promise.reject(controller.signal.reason);
      },
    });
    await expect(
      transport.request(escrowsGet, { pathParams: { escrowId: ESCROW_ID }, signal: controller.signal }),
    ).rejects.toThrow('cancelled');
    expect(mock.requests).toHaveLength(1);
  });

  it("stops ky's wait for a retry when aborted during it (fake timers)", async () => {
    vi.useFakeTimers();
    try {
      const controller = new AbortController();
      const mock = mockFetch(problemResponse(503, 'internal-error'), jsonResponse({}));
      const call = createTransport({ baseUrl: BASE_URL, fetch: mock.fetch, random: () => 0.5 })
        .request(escrowsGet, { pathParams: { escrowId: ESCROW_ID }, signal: controller.signal })
        .catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(100); // inside the 250 ms backoff
      controller.abort(new Error('cancelled'));
      expect(await call).toMatchObject({ message: 'cancelled' });
      await vi.advanceTimersByTimeAsync(1_000);
      expect(mock.requests).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sends nothing when the signal is already aborted', async () => {
    const mock = mockFetch(jsonResponse({}));
    await expect(
      transportWith(mock.fetch).request(escrowsGet, {
        pathParams: { escrowId: ESCROW_ID },
        signal: AbortSignal.abort(),
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(mock.requests).toHaveLength(0);
  });
});

describe('createTransport: options', () => {
  it('rejects a relative base URL with an example', () => {
    expect(() => createTransport({ baseUrl: '/v1' })).toThrow(/http:\/\/localhost:8080\/v1/);
  });

  it('throws before sending when a path parameter is missing', async () => {
    const mock = mockFetch(jsonResponse({}));
    await expect(transportWith(mock.fetch).request(escrowsGet, {})).rejects.toThrow(/escrowId/);
    expect(mock.requests).toHaveLength(0);
  });
});
