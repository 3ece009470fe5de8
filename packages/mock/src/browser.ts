/**
 * `@gigmarket/mock/browser`: the same mock for browsers, behind MSW's `setupWorker`. The reference
 * server's app runs in the page on PGlite (WebAssembly), loaded from the demo city snapshot
 * (`@gigmarket/mock/snapshot`, `dist/demo-city.tar.gz`) that the page serves or already holds.
 *
 * @example
 * ```ts
 * const mock = await createGigMarketMock({ snapshot: '/demo-city.tar.gz' });
 * await setupWorker(...mock.handlers).start({ onUnhandledRequest: 'error' });
 * ```
 * @module
 */
import { openSnapshotDatabase } from '@gigmarket/server/browser';
import type { Fixtures } from './fixtures/index.js';
import { createMock, type GigMarketMock } from './mock.js';
import type { GigMarketMockOptions } from './options.js';
import { stackScopeStore } from './scenario/overrides.js';

/** Options of the browser mock: those of `@gigmarket/mock`, plus where the snapshot comes from. */
export interface BrowserMockOptions extends GigMarketMockOptions<Fixtures> {
  /**
   * The demo city snapshot (`@gigmarket/mock/snapshot`): a URL the page can fetch, or its bytes as
   * a `Blob`. Fetched before the worker starts, so MSW never sees the request.
   */
  snapshot: string | URL | Blob;
}

/**
 * Starts a mock in a browser: loads the snapshot into PGlite in the page and returns the MSW
 * handlers for `setupWorker` and the same controls as on Node. `boundary()` scopes `failNext` to
 * the innermost boundary that is running (browsers have no AsyncLocalStorage), so in a browser
 * run boundaries one after another, not concurrently.
 *
 * @example
 * ```ts
 * import { createGigMarketMock } from '@gigmarket/mock/browser';
 * import { apiKey, createGigMarketClient } from '@gigmarket/sdk';
 * import { setupWorker } from 'msw/browser';
 *
 * const mock = await createGigMarketMock({ snapshot: '/demo-city.tar.gz', seed: 1 });
 * await setupWorker(...mock.handlers).start({ onUnhandledRequest: 'error' });
 * const client = createGigMarketClient({ baseUrl: mock.baseUrl, auth: apiKey(mock.credentials.platform.apiKey) });
 * ```
 */
export function createGigMarketMock(options: BrowserMockOptions): Promise<GigMarketMock> {
  const { snapshot, ...rest } = options;
  return createMock(rest, {
    scopes: stackScopeStore(),
    open: async () => openSnapshotDatabase(await snapshotBlob(snapshot)),
  });
}

async function snapshotBlob(snapshot: string | URL | Blob): Promise<Blob> {
  if (snapshot instanceof Blob) return snapshot;
  const response = await fetch(snapshot);
  if (!response.ok)
    throw new Error(
      `createGigMarketMock: the snapshot at ${String(snapshot)} answered ${response.status}; serve @gigmarket/mock/snapshot (dist/demo-city.tar.gz) there, or pass its bytes as a Blob.`,
    );
  return response.blob();
}

export type { Duration, MockClock } from './clock.js';
export { MOCK_EPOCH } from './config.js';
export type { Role, RoleCredentials } from './credentials.js';
export type { Fixtures } from './fixtures/index.js';
export type { GigMarketMock } from './mock.js';
export { DEFAULT_BASE_URL, type GigMarketMockOptions } from './options.js';
export type { InjectedFailure } from './scenario/problem.js';
