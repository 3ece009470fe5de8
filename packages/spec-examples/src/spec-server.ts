import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { specHandlers } from './handlers.js';

/**
 * For one test file: an MSW server that answers every operation with the spec's documented example
 * (unhandled requests fail the test), and the requests it received, cleared before each test.
 * Per-test overrides (`server.use`) are reset after each test. The domain packages test their
 * clients with this; they cannot use `@gigmarket/mock`, which depends on them through the server.
 *
 * @example
 * const { server, sent } = useSpecServer();
 * it('sends one request', async () => { await client().jobs.get(id); expect(sent).toHaveLength(1); });
 */
export function useSpecServer() {
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
  return { server, sent };
}
