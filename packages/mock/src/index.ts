/**
 * `@gigmarket/mock`: a stateful MSW mock of the Gig Market Standard for Node. The handlers hand
 * each request to the reference server's own app on an in-memory PGlite loaded from a prebuilt
 * snapshot of the demo city, so validation, state machines, errors, pagination and idempotency
 * are the reference server's. For browsers import `@gigmarket/mock/browser`.
 *
 * @example
 * ```ts
 * const mock = await createGigMarketMock({ seed: 7 });
 * const server = setupServer(...mock.handlers);
 * ```
 * @module
 */
import { openSnapshotDatabase } from '@gigmarket/server/browser';
import type { Fixtures } from './fixtures/index.js';
import { createMock, type GigMarketMock } from './mock.js';
import type { GigMarketMockOptions } from './options.js';
import { asyncScopeStore } from './scenario/scope-node.js';
import { nodeSnapshot } from './snapshot/file.js';

/**
 * Starts a mock on Node: loads the demo city snapshot into an in-memory database, runs `fixtures`, and returns the MSW handlers and the
 * controls (`reset`, `clock`, `failNext`, `boundary`, `fixtures`, `credentials`).
 *
 * @example
 * ```ts
 * import { createGigMarketMock } from '@gigmarket/mock';
 * import { apiKey, createGigMarketClient } from '@gigmarket/sdk';
 * import { setupServer } from 'msw/node';
 *
 * const mock = await createGigMarketMock({ seed: 1 });
 * const server = setupServer(...mock.handlers);
 * server.listen({ onUnhandledRequest: 'error' });
 * const client = createGigMarketClient({ baseUrl: mock.baseUrl, auth: apiKey(mock.credentials.platform.apiKey) });
 * ```
 */
export function createGigMarketMock(options: GigMarketMockOptions<Fixtures> = {}): Promise<GigMarketMock> {
  return createMock(options, {
    scopes: asyncScopeStore(),
    // The snapshot comes from this version's migrations (built with the package), so none are run.
    open: async () => openSnapshotDatabase(await nodeSnapshot()),
  });
}

export type { Duration, MockClock } from './clock.js';
export { MOCK_EPOCH } from './config.js';
export type { Role, RoleCredentials } from './credentials.js';
export type { Fixtures } from './fixtures/index.js';
export type { GigMarketMock } from './mock.js';
export { DEFAULT_BASE_URL, type GigMarketMockOptions } from './options.js';
export type { InjectedFailure } from './scenario/problem.js';
