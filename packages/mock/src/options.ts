import type { Seed } from './ids.js';

/** Where the mock answers unless told otherwise; `.test` never resolves, so nothing leaks out. */
export const DEFAULT_BASE_URL = 'http://gigmarket.test/v1';

/**
 * Options of `createGigMarketMock`. Defaults, in one place: `baseUrl` {@link DEFAULT_BASE_URL},
 * `seed` 1, `clock` the end of the demo story (2025-07-01 09:00 in Asia/Shanghai), no extra
 * fixtures, webhooks delivered with `globalThis.fetch` (so MSW handlers of a partner receive them).
 */
export interface GigMarketMockOptions<F> {
  /** The API's base URL, as the SDK's `baseUrl`; its path (`/v1`) is where the API is mounted. */
  baseUrl?: string;
  /** Seeds every id the mock creates: the same seed and the same calls give the same ids. */
  seed?: Seed;
  /** The mock's "now" at start and after `reset()`. */
  clock?: Date | string;
  /**
   * Creates objects that belong to the seeded state, on top of the demo city: `reset()` returns to
   * the state after this function. Receives the fixture builders.
   */
  fixtures?: (fixtures: F) => Promise<unknown> | unknown;
  /** The fetch webhook deliveries go out with. */
  fetch?: typeof fetch;
}
