/**
 * `@gigmarket/server/browser`: the reference behaviour without Node built-ins or the `pg` driver,
 * for `@gigmarket/mock` in browsers (MSW `setupWorker`). The spec is bundled instead of read from
 * disk, and the database opens from a PGlite snapshot instead of running migrations from a folder.
 * Hashes and signatures use Web Crypto (`src/web/`), so no Node built-in is needed.
 *
 * @example
 * ```ts
 * const { db } = await openSnapshotDatabase(snapshotBlob);
 * const app = createApp({ db, clock, config, behaviour: referenceBehaviour() });
 * ```
 * @module
 */
import spec from '@gigmarket/openapi/openapi.json' with { type: 'json' };
import { type AppOptions, createApp as createAppWithSpec } from './app.js';
import { loadSpec as loadSpecFromDisk, provideSpec } from './spec/load.js';
import { operationRegistry as registryWithSpec } from './spec/registry.js';
import { backgroundTick as tickWithSpec } from './worker.js';

// The package is `sideEffects: false`, so a bundler may skip this module's top level: each entry
// point that reads the spec hands it over itself instead.
const specProvided =
  <A extends unknown[], R>(f: (...args: A) => R) =>
  (...args: A): R => {
    provideSpec(spec);
    return f(...args);
  };

/** The bundled spec the server implements. */
export const loadSpec: typeof loadSpecFromDisk = specProvided(loadSpecFromDisk);
/** {@link createAppWithSpec | createApp} with the bundled spec. */
export const createApp: typeof createAppWithSpec = specProvided(createAppWithSpec);
/** {@link registryWithSpec | operationRegistry} with the bundled spec. */
export const operationRegistry: typeof registryWithSpec = specProvided(registryWithSpec);
/** {@link tickWithSpec | backgroundTick} with the bundled spec. */
export const backgroundTick: typeof tickWithSpec = specProvided(tickWithSpec);
// Fixture builders (the mock's) need valid national identifiers; the checksums live once, there.
export { residentIdCheckChar, usccCheckChar } from '@gigmarket/identifiers';
export { ALL_SCOPES, type ClientCredentials, provisionClients } from './auth/provision.js';
export { referenceBehaviour } from './behaviour.js';
export type { Clock, OperationContext, ServerConfig } from './context.js';
export { shanghaiIso } from './context.js';
export { DEMO_CLIENTS, type DemoCitySummary, pastDemoClock, seedDemoCity } from './demo/index.js';
export { type IdGenerator, randomIds, seededIds } from './ids.js';
export type { Behaviour } from './operations/definitions.js';
export { implemented } from './operations/dispatch.js';
export { provideSpec, type SpecDoc } from './spec/load.js';
export type { OperationSpec } from './spec/registry.js';
export type { Database, OpenedDatabase } from './store/database.js';
export { openSnapshotDatabase } from './store/memory.js';
export type { AppOptions };
