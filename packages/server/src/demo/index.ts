/**
 * The demo city: the same seeded Hangzhou for the reference server and the mock. Browser-safe:
 * everything goes through the app's `request`, nothing reads files or the environment.
 * @module
 */
export { DEMO_CLIENTS } from './clients.js';
export { pastDemoClock } from './past-clock.js';
export { type SeedDemoCityOptions, seedDemoCity } from './seed.js';
export type { DemoCitySummary } from './summary.js';
export { DEMO_STORY_DAYS, type DemoClock } from './timeline.js';
