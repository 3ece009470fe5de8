import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGigMarketMock, type GigMarketMock } from '../index.js';

let mock: GigMarketMock;
const server = setupServer();
beforeAll(async () => {
  mock = await createGigMarketMock();
  server.use(...mock.handlers);
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(async () => {
  server.close();
  await mock.close();
});

const asPlatform = (path: string, init: RequestInit = {}) =>
  fetch(`${mock.baseUrl}${path}`, {
    ...init,
    headers: { 'X-Api-Key': mock.credentials.platform.apiKey, ...init.headers },
  });
const release = (id: string, key: string) =>
  asPlatform(`/escrows/${id}/release`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: '{}',
  });

describe('failNext', () => {
  it('answers the next call with the problem once, then runs the operation again', async () => {
    mock.failNext('discovery.get', { status: 503 });
    const failed = await asPlatform('/');
    expect(failed.status).toBe(503);
    expect(failed.headers.get('content-type')).toBe('application/problem+json');
    expect(failed.headers.get('retry-after')).toBe('0');
    expect(await failed.json()).toMatchObject({ type: 'https://gigmarket.org.cn/problems/unavailable' });
    expect((await asPlatform('/')).status).toBe(200);
  });

  it('leaves state unchanged: the failed release is not applied', async () => {
    const escrow = await mock.fixtures.escrow();
    mock.failNext('escrows.release', { status: 500 });
    expect((await release(escrow.id, 'release-a')).status).toBe(500);
    const after = await (await asPlatform(`/escrows/${escrow.id}`)).json();
    expect(after.status).toBe('FUNDED');
  });

  it('refuses an operationId the standard does not have and a status without a problem type', () => {
    expect(() => mock.failNext('escrows.explode', { status: 503 })).toThrow(/not an operationId/);
    expect(() => mock.failNext('escrows.release', { status: 418 })).toThrow(/no problem type/);
  });
});

describe('boundary', () => {
  it.concurrent('keeps a failure queued inside a boundary to that boundary', async () => {
    const inside = mock.boundary(async () => {
      mock.failNext('discovery.get', { status: 503, times: 2 });
      await new Promise((resolve) => setTimeout(resolve, 50)); // the other test runs meanwhile
      return [(await asPlatform('/')).status, (await asPlatform('/')).status, (await asPlatform('/')).status];
    });
    expect(await inside()).toEqual([503, 503, 200]);
  });

  it.concurrent('does not see the failures of a concurrent boundary', async () => {
    const outside = mock.boundary(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return (await asPlatform('/')).status;
    });
    expect(await outside()).toBe(200);
  });
});

describe('Prefer', () => {
  it('answers code=503 with a problem and runs nothing', async () => {
    const res = await asPlatform('/', { headers: { Prefer: 'code=503' } });
    expect(res.status).toBe(503);
    expect((await res.json()).detail).toMatch(/Prefer: code=503/);
  });

  it('answers example=default with the documented example', async () => {
    const res = await asPlatform('/', { headers: { Prefer: 'example=default' } });
    expect(res.status).toBe(200);
    expect((await res.json()).standard).toBeDefined();
  });

  it('refuses an example the spec does not document, naming the ones it does', async () => {
    const res = await asPlatform('/', { headers: { Prefer: 'example=nope' } });
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toMatch(/documents the examples default/);
  });

  it('refuses a success status the operation does not answer and a malformed code', async () => {
    expect((await asPlatform('/', { headers: { Prefer: 'code=201' } })).status).toBe(400);
    expect((await asPlatform('/', { headers: { Prefer: 'code=abc' } })).status).toBe(400);
  });

  it('answers a path outside the standard with the server’s 404 whatever the Prefer', async () => {
    const res = await asPlatform('/no-such-thing', { headers: { Prefer: 'code=503' } });
    expect(res.status).toBe(404);
    expect((await res.json()).type).toBe('https://gigmarket.org.cn/problems/not-found');
  });

  it('waits latency milliseconds before answering', async () => {
    const started = performance.now();
    await asPlatform('/', { headers: { Prefer: 'latency=120' } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
  });
});
