import type { PGlite } from '@electric-sql/pglite';
import { backgroundTick, createApp, type Database, referenceBehaviour } from '@gigmarket/server/browser';
import type { RequestHandler } from 'msw';
import { type Duration, durationMs, ManualTime, type MockClock } from './clock.js';
import { MOCK_EPOCH, MOCK_SERVER_CONFIG } from './config.js';
import { type Role, type RoleCredentials, roleCredentials } from './credentials.js';
import { createFixtures, type Fixtures } from './fixtures/index.js';
import { mswHandlers } from './handlers.js';
import { RewindableIds } from './ids.js';
import { operationIds } from './operations.js';
import { DEFAULT_BASE_URL, type GigMarketMockOptions } from './options.js';
import { requestPipeline } from './pipeline.js';
import { Overrides, type ScopeStore } from './scenario/overrides.js';
import { INJECTABLE_STATUSES, type InjectedFailure } from './scenario/problem.js';
import { SeededState } from './seeded-state.js';

/** How a runtime opens the seeded database and keeps boundaries apart. */
export interface MockEnvironment {
  open(): Promise<{ db: Database; client: PGlite; close(): Promise<void> }>;
  scopes: ScopeStore;
}

/** A running mock: MSW handlers in front of the reference server's app on an in-memory database. */
export interface GigMarketMock {
  /** The API's base URL (the SDK's `baseUrl`). */
  readonly baseUrl: string;
  /** MSW handlers for `setupServer(...)` (Node) or `setupWorker(...)` (browsers). */
  readonly handlers: RequestHandler[];
  /** The demo clients, one per role, ready for `@gigmarket/sdk`. */
  readonly credentials: Readonly<Record<Role, RoleCredentials>>;
  /** Typed builders that create objects through the API and return them. */
  readonly fixtures: Fixtures;
  readonly clock: MockClock;
  /** Answers a request as the handlers do, without MSW; a path is relative to `baseUrl`. */
  fetch(input: Request | string, init?: RequestInit): Promise<Response>;
  /** Returns to the seeded state: data, ids, clock and queued failures. */
  reset(): Promise<void>;
  /**
   * Answers the next `times` (default 1) calls of an operation with a problem instead of running
   * them; inside `boundary()` only that boundary's requests see it.
   */
  failNext(operationId: string, failure: InjectedFailure & { times?: number }): void;
  /** Wraps a function so that `failNext` calls made while it runs apply only to its own requests. */
  boundary<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): Promise<void>;
}

/** The mock on any runtime; `createGigMarketMock` of `.` (Node) and `./browser` supply `env`. */
export async function createMock(
  options: GigMarketMockOptions<Fixtures>,
  env: MockEnvironment,
): Promise<GigMarketMock> {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const time = new ManualTime(options.clock ? new Date(options.clock) : MOCK_EPOCH);
  const ids = new RewindableIds(options.seed ?? 1);
  const deliver = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const { db, client, close } = await env.open();
  const behaviour = referenceBehaviour();
  const config = MOCK_SERVER_CONFIG;
  const basePath = new URL(baseUrl).pathname;
  const app = createApp({ db, clock: time.base, config, behaviour, basePath, ids: ids.next, fetch: deliver });
  const global = new Overrides();
  const pipeline = requestPipeline({
    app,
    basePath,
    time,
    ids,
    overrides: () => [env.scopes.current(), global],
  });
  const credentials = roleCredentials();
  const fetch = (input: Request | string, init?: RequestInit) =>
    pipeline(
      input instanceof Request
        ? input
        : new Request(/^[a-z]+:/i.test(input) ? input : `${baseUrl}/${input.replace(/^\//, '')}`, init),
    );
  const fixtures = createFixtures({ baseUrl, fetch, credentials, now: () => time.now() });
  const clock: MockClock = {
    now: () => time.now(),
    advance: async (by: Duration) => {
      time.forward(durationMs(by));
      await backgroundTick({ db, clock: time.base, config, behaviour, ids: ids.next, fetch: deliver });
      return time.now();
    },
  };

  // The snapshot carries a copy of the demo city's tables; fixtures of the option add to the seed.
  let seeded = options.fixtures ? undefined : await SeededState.existing(client);
  if (!seeded) {
    await options.fixtures?.(fixtures);
    seeded = await SeededState.capture(client);
  }
  ids.markSeeded();
  time.markSeeded();
  fixtures.markSeeded();
  const known = operationIds();
  const restorable = seeded;

  return {
    baseUrl,
    handlers: mswHandlers(baseUrl, pipeline),
    credentials,
    fixtures,
    clock,
    fetch,
    reset: async () => {
      await restorable.restore();
      ids.rewind();
      time.rewind();
      fixtures.rewind();
      global.clear();
    },
    failNext: (operationId, { times = 1, ...failure }) => {
      if (!known.has(operationId))
        throw new Error(
          `failNext: '${operationId}' is not an operationId of the standard (e.g. 'escrows.release').`,
        );
      if (!INJECTABLE_STATUSES.includes(failure.status))
        throw new RangeError(
          `failNext: status ${failure.status} has no problem type in the standard; use one of ${INJECTABLE_STATUSES.join(', ')}.`,
        );
      (env.scopes.current() ?? global).add(operationId, failure, times);
    },
    boundary:
      (fn) =>
      (...args) =>
        env.scopes.run(new Overrides(), () => fn(...args)),
    close,
  };
}
