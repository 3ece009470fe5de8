import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_BASE_URL, mswPath, problemResponse, specHandlers } from './handlers.js';
import { specExample, specOperations, specRequestExample } from './spec-operations.js';

const server = setupServer(...specHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('specOperations', () => {
  it('finds an example for every operation that returns a body', () => {
    const operations = specOperations();
    expect(operations.length).toBeGreaterThan(100);
    for (const op of operations) expect(op.mediaType === undefined || op.example !== undefined).toBe(true);
  });

  it('wraps an item example into a one-item page for lists without their own example', () => {
    const list = specOperations().find((o) => o.operationId === 'escrows.list');
    expect(list?.example).toMatchObject({ data: [{ id: expect.stringMatching(/^esc_/) }], nextCursor: null });
  });
});

describe('specHandlers', () => {
  it('turns path templates into MSW paths', () => {
    expect(mswPath('http://x.test/v1/', '/escrows/{escrowId}/release')).toBe(
      'http://x.test/v1/escrows/:escrowId/release',
    );
  });

  it('answers a parameterised path with the success status and example', async () => {
    const response = await fetch(`${MOCK_BASE_URL}/escrows/esc_01J4ESCR0W0000000000000000/release`, {
      method: 'POST',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ id: expect.stringMatching(/^esc_/) });
  });

  it('serves non-JSON feeds as text with their media type', async () => {
    const response = await fetch(`${MOCK_BASE_URL}/open-data/statistics.csv`);
    expect(response.headers.get('content-type')).toBe('text/csv');
    expect(await response.text()).toMatch(/,/);
  });

  it('answers 204 operations without a body', async () => {
    const op = specOperations().find((o) => o.successStatus === 204);
    expect(op).toBeDefined();
    const url = mswPath(MOCK_BASE_URL, op?.path ?? '').replace(/:(\w+)/g, 'x_$1');
    const response = await fetch(url, { method: op?.method.toUpperCase() ?? 'GET' });
    expect(response.status).toBe(204);
  });
});

describe('problemResponse', () => {
  it('builds an RFC 9457 problem of the standard', async () => {
    const response = problemResponse(404, 'not-found', { detail: 'No such escrow.' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({
      type: 'https://gigmarket.org.cn/problems/not-found',
      status: 404,
      detail: 'No such escrow.',
    });
  });
});

describe('specExample / specRequestExample', () => {
  it('return fresh copies of the documented bodies', () => {
    const a = specExample('escrows.get') as { id: string };
    a.id = 'changed';
    expect(specExample('escrows.get')).not.toMatchObject({ id: 'changed' });
    expect(specRequestExample('escrows.create')).toMatchObject({ amountFen: expect.any(Number) });
    expect(() => specRequestExample('escrows.get')).toThrow(/takes no request body/);
    expect(() => specExample('nope.nothing')).toThrow(/No operation 'nope.nothing'/);
  });
});
