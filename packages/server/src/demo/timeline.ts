import type { DemoApi } from './request.js';

/**
 * Time for the seed. The demo city has a past (work done, wages released, ratings given) and a
 * future (jobs open for applications), so the seed must let time pass between steps; a clock that
 * only the seed moves keeps the story the same on every start, whatever the hour.
 */
export interface DemoClock {
  /** The app's current instant. */
  now(): Date;
  /** Moves the app's clock forward to `at` and runs the time-based rules that fell due. */
  travelTo(at: Date): Promise<void>;
}

/** Days the story spans, from the first registration to "today" (the last step). */
export const DEMO_STORY_DAYS = 9;

const DAY_MS = 86_400_000;
const SHANGHAI_MS = 8 * 3_600_000;

/**
 * The story's calendar: day 0 is the Asia/Shanghai business date on which the seed starts; `at(d,
 * 'HH:MM')` is that local time `d` days later, as RFC 3339 with +08:00 (DOMAIN.md §2 conventions).
 */
export function storyCalendar(start: Date) {
  const day0 = Math.floor((start.getTime() + SHANGHAI_MS) / DAY_MS) * DAY_MS - SHANGHAI_MS;
  const instant = (day: number, time: string) => {
    const [h, m] = time.split(':').map(Number) as [number, number];
    return new Date(day0 + day * DAY_MS + (h * 60 + m) * 60_000);
  };
  return {
    instant,
    /** RFC 3339 in +08:00 of a story time. */
    at: (day: number, time: string) => iso(instant(day, time)),
    /** The business date (YYYY-MM-DD, Asia/Shanghai) of a story day. */
    date: (day: number) => iso(instant(day, '00:00')).slice(0, 10),
  };
}

/** RFC 3339 with +08:00, as the standard's servers produce. */
export function iso(date: Date): string {
  return `${new Date(date.getTime() + SHANGHAI_MS).toISOString().slice(0, 19)}+08:00`;
}

/**
 * The sandbox clock as a DemoClock (POST /sandbox/clock/advance): for apps whose clock the caller
 * does not control, such as a mock. The app then ends the seed `DEMO_STORY_DAYS` ahead of its clock.
 */
export async function sandboxDemoClock(api: DemoApi): Promise<DemoClock> {
  const call = api.as('market_operator');
  let now = new Date((await call<{ now: string }>('GET', '/sandbox/clock')).now);
  return {
    now: () => now,
    travelTo: async (at) => {
      if (at.getTime() <= now.getTime()) return;
      now = new Date((await call<{ now: string }>('POST', '/sandbox/clock/advance', { to: iso(at) })).now);
    },
  };
}
