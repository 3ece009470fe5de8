import { describe, expect, it } from 'vitest';
import { ESCROW_ID, escrowsGet } from '../__test__/descriptors.js';
import { jsonResponse, mockFetch } from '../__test__/fetch-mock.js';
import { createTransport } from '../transport/create-transport.js';
import { apiKey } from './api-key.js';
import { bearer } from './bearer.js';
import type { AuthStrategy } from './types.js';

async function sentHeaders(auth: AuthStrategy): Promise<Headers> {
  const mock = mockFetch(jsonResponse({}));
  await createTransport({ baseUrl: 'http://localhost:8080/v1', auth, fetch: mock.fetch }).request(
    escrowsGet,
    {
      pathParams: { escrowId: ESCROW_ID },
    },
  );
  return (mock.requests[0] as Request).headers;
}

describe('static auth strategies', () => {
  it('apiKey sends X-Api-Key', async () => {
    expect((await sentHeaders(apiKey('gmk_test_platform'))).get('x-api-key')).toBe('gmk_test_platform');
    expect(() => apiKey('')).toThrow(TypeError);
  });

  it('bearer sends a fixed token or the current one from a function', async () => {
    expect((await sentHeaders(bearer('t1'))).get('authorization')).toBe('Bearer t1');
    let current = 'a';
    const strategy = bearer(async () => current);
    expect((await sentHeaders(strategy)).get('authorization')).toBe('Bearer a');
    current = 'b';
    expect((await sentHeaders(strategy)).get('authorization')).toBe('Bearer b');
  });

  it('a custom strategy is any async function of the request', async () => {
    const custom: AuthStrategy = async (request, { operationId }) => {
      request.headers.set('X-Signature', `${request.method} ${new URL(request.url).pathname} ${operationId}`);
    };
    expect((await sentHeaders(custom)).get('x-signature')).toBe(`GET /v1/escrows/${ESCROW_ID} escrows.get`);
  });
});
