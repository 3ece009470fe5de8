/**
 * `@gigmarket/server`: the Gig Market Standard's reference behaviour as a library. A deployment
 * (apps/reference-server) or the mock (@gigmarket/mock) opens a database, provisions clients and
 * calls `createApp`.
 *
 * @example
 * ```ts
 * const { db } = await openDatabase({ dataDir: '.data' });
 * const app = createApp({ db, clock: { now: () => new Date() }, config, behaviour: referenceBehaviour() });
 * ```
 * @module
 */
export { type AppOptions, createApp } from './app.js';
export { ALL_SCOPES, type ClientCredentials, provisionClients } from './auth/provision.js';
export { referenceBehaviour } from './behaviour.js';
export type { Clock, EmitExtra, OperationContext, ServerConfig } from './context.js';
export { shanghaiIso } from './context.js';
export {
  DEMO_CLIENTS,
  DEMO_STORY_DAYS,
  type DemoCitySummary,
  type DemoClock,
  pastDemoClock,
  type SeedDemoCityOptions,
  seedDemoCity,
} from './demo/index.js';
export { deliverDue } from './events/deliver.js';
export { type IdGenerator, randomIds, seededIds } from './ids.js';
export type { Behaviour, CustomHandler, ResourceDefinition } from './operations/definitions.js';
export { implemented } from './operations/dispatch.js';
export { ruleOverrideProblems } from './rules.js';
export { type OperationSpec, operationRegistry } from './spec/registry.js';
export { type Database, MIGRATIONS, type OpenedDatabase, openDatabase } from './store/database.js';
export { persistentSecret } from './store/secret.js';
export { backgroundTick } from './worker.js';
