import type { Clock, ServerConfig } from '../context.js';
import type { Behaviour } from '../operations/definitions.js';
import type { Database } from '../store/database.js';
import { backgroundTick } from '../worker.js';
import { DEMO_STORY_DAYS, type DemoClock } from './timeline.js';

/**
 * A clock for an app created only to seed, which plays the story in the past so that it ends at
 * `endAt` (default: now): the server that then opens on the same database runs on real time, with
 * the demo's history behind it and its open jobs ahead. Works with the sandbox disabled too.
 *
 * @example
 * const seeding = pastDemoClock({ db, config, behaviour });
 * const seedApp = createApp({ db, clock: seeding.clock, config: { ...config, rateLimitPerMinute: 1e6 }, behaviour });
 * const summary = await seedDemoCity(seedApp, { clock: seeding.demoClock });
 */
export function pastDemoClock(options: {
  db: Database;
  config: ServerConfig;
  behaviour: Behaviour;
  endAt?: Date;
}): { clock: Clock; demoClock: DemoClock } {
  const endAt = options.endAt ?? new Date();
  let now = new Date(endAt.getTime() - DEMO_STORY_DAYS * 86_400_000);
  const clock: Clock = { now: () => now };
  return {
    clock,
    demoClock: {
      now: () => now,
      travelTo: async (at) => {
        if (at.getTime() <= now.getTime()) return;
        now = at;
        // The time-based rules (auto-accept, auto-release, rating windows, expiry) as the server's
        // background worker runs them; no webhook subscriptions exist yet, so nothing is delivered.
        await backgroundTick({ db: options.db, clock, config: options.config, behaviour: options.behaviour });
      },
    },
  };
}
