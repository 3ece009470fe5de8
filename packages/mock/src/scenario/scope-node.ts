import { AsyncLocalStorage } from 'node:async_hooks';
import type { Overrides, ScopeStore } from './overrides.js';

/**
 * Node's scope store: the request MSW intercepts runs in the async context of the test that sent
 * it, as in MSW's own `server.boundary()`, so overrides made inside a boundary stay in it.
 */
export function asyncScopeStore(): ScopeStore {
  const storage = new AsyncLocalStorage<Overrides>();
  return { current: () => storage.getStore(), run: (overrides, fn) => storage.run(overrides, fn) };
}
