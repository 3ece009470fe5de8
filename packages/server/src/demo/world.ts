import type { DemoApi, DemoRole } from './request.js';
import type { DemoClock, storyCalendar } from './timeline.js';

/** An object the seed created, with the tenant (by demo role) that owns it. */
export interface Seeded {
  id: string;
  by: DemoRole;
}

/**
 * What the seed knows while it plays the story: the API, the clock and calendar, and the ids of
 * what it created so far, by the demo keys of DEMO_GIG_MARKETS, DEMO_EMPLOYERS, DEMO_WORKERS, DEMO_JOBS.
 */
export interface DemoWorld {
  api: DemoApi;
  clock: DemoClock;
  cal: ReturnType<typeof storyCalendar>;
  markets: Map<string, string>;
  employers: Map<string, Seeded>;
  workers: Map<string, Seeded>;
  jobs: Map<string, Seeded & { employerId: string; escrowId?: string }>;
  /** Work orders by `jobKey/workerKey`. */
  assignments: Map<string, Seeded & { jobKey: string; workerKey: string }>;
  /** The per-order accident insurance product every insured work order is quoted on. */
  productId: string;
}

/** Looks up a seeded object; a missing key is a mistake in the story, named in the error. */
export function seeded<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (found === undefined) throw new Error(`demo seed: no ${what} "${key}" was created before it is used.`);
  return found;
}

/** Moves the story to day `day` at local time `time` (Asia/Shanghai). */
export const travel = (world: DemoWorld, day: number, time: string) =>
  world.clock.travelTo(world.cal.instant(day, time));

/** Lets `minutes` pass, so that the server's background rules (sweeps) run on what was just done. */
export const pass = (world: DemoWorld, minutes: number) =>
  world.clock.travelTo(new Date(world.clock.now().getTime() + minutes * 60_000));
