import type { Hono } from 'hono';
import { seedInsuranceProduct } from './cover.js';
import { seedCommissionRules } from './money.js';
import { seedEmployers, seedGigMarkets, seedWorkers } from './parties.js';
import { seedPostings } from './postings.js';
import { demoApi } from './request.js';
import { playFinishedWork } from './story-done.js';
import { playCurrentWork } from './story-now.js';
import { type DemoCitySummary, summarise } from './summary.js';
import { DEMO_STORY_DAYS, type DemoClock, sandboxDemoClock, storyCalendar } from './timeline.js';
import type { DemoWorld } from './world.js';

export interface SeedDemoCityOptions {
  /**
   * The clock the story moves. Default: the sandbox clock (POST /sandbox/clock/advance), which
   * leaves the app `DEMO_STORY_DAYS` ahead; `pastDemoClock` plays the story in the past instead.
   */
  clock?: DemoClock;
}

/**
 * Seeds the demo city, Hangzhou, through the API as the demo clients (DEMO_CLIENTS, provisioned by
 * the caller), so every object passed the same validation and rules as a partner's would: gig
 * markets, employers and workers with valid national identifiers, jobs in every JobStatus, and the
 * work, contracts, escrows, insurance and ratings of a week and a half. Run once, on an empty
 * database; the content is the same on every run, only the dates follow the clock.
 *
 * @example
 * const summary = await seedDemoCity(app); // on a sandbox app with DEMO_CLIENTS provisioned
 * summary.jobsByStatus; // { CLOSED: 1, FILLED: 6, PUBLISHED: 3, PAUSED: 1, … }
 */
export async function seedDemoCity(app: Hono, options: SeedDemoCityOptions = {}): Promise<DemoCitySummary> {
  const api = demoApi(app);
  const clock = options.clock ?? (await sandboxDemoClock(api));
  const startedAt = clock.now();
  const world: DemoWorld = {
    api,
    clock,
    cal: storyCalendar(startedAt),
    markets: new Map(),
    employers: new Map(),
    workers: new Map(),
    jobs: new Map(),
    assignments: new Map(),
    productId: '',
  };
  await seedGigMarkets(world);
  await seedInsuranceProduct(world);
  await seedCommissionRules(world);
  await seedEmployers(world);
  await seedWorkers(world);
  await clock.travelTo(new Date(startedAt.getTime() + 2 * 3_600_000));
  await seedPostings(world);
  await playFinishedWork(world);
  await playCurrentWork(world);
  await clock.travelTo(new Date(startedAt.getTime() + DEMO_STORY_DAYS * 86_400_000));
  return summarise(world, startedAt);
}
