import { isWithinRegion } from '@gigmarket/identifiers';
import { shanghaiDay } from './worker-facts.js';

type Data = Record<string, unknown>;
type Schedule = {
  startAt: string;
  endAt: string;
  dailyHours?: number;
  daysOfWeek?: number[];
  shifts?: Array<{ start: string; end: string }>;
};
type Preferences = {
  occupations?: string[];
  regions?: string[];
  payFloorFen?: number;
  payFloorUnit?: string;
  maxDailyHours?: number;
  availableDays?: number[];
  availableHours?: { start: string; end: string };
  availableFrom?: string;
  availableUntil?: string;
};

const DAY_MS = 86_400_000;

/** The job's working dates (Asia/Shanghai), honouring `daysOfWeek`; at most a year of them. */
export function workDates(schedule: Schedule): Array<{ date: string; isoDay: number }> {
  const first = Date.parse(`${shanghaiDay(schedule.startAt)}T00:00:00Z`);
  const last = Date.parse(`${shanghaiDay(schedule.endAt)}T00:00:00Z`);
  const dates: Array<{ date: string; isoDay: number }> = [];
  for (let t = first; t <= last && dates.length < 366; t += DAY_MS) {
    const isoDay = new Date(t).getUTCDay() || 7;
    if (!schedule.daysOfWeek || schedule.daysOfWeek.includes(isoDay))
      dates.push({ date: new Date(t).toISOString().slice(0, 10), isoDay });
  }
  return dates;
}

/** The job's pay converted to a unit, when it can be (PER_HOUR ⇄ PER_DAY by the scheduled hours). */
function payIn(job: Data, unit: string): number | null {
  const pay = job.pay as { unit: string; rateFen: number };
  const hours = (job.schedule as Schedule).dailyHours;
  if (pay.unit === unit) return pay.rateFen;
  if (hours && pay.unit === 'PER_HOUR' && unit === 'PER_DAY') return pay.rateFen * hours;
  if (hours && pay.unit === 'PER_DAY' && unit === 'PER_HOUR') return pay.rateFen / hours;
  return null;
}

/** The job's shifts in local time, or the single day's start and end for a one-day job. */
function shiftsOf(schedule: Schedule): Array<{ start: string; end: string }> {
  if (schedule.shifts?.length) return schedule.shifts;
  const local = (instant: string) => new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(11, 16);
  if (shanghaiDay(schedule.startAt) !== shanghaiDay(schedule.endAt)) return [];
  return [{ start: local(schedule.startAt), end: local(schedule.endAt) }];
}

/**
 * Why the job fails the worker's preferences (WorkerPreferences: occupations, regions, days, hours,
 * dates, daily hours and the pay floor where units compare), or `null` when it fits.
 */
export function preferenceMiss(worker: Data, job: Data): string | null {
  const p = (worker.preferences ?? {}) as Preferences;
  const schedule = job.schedule as Schedule;
  const region = String((job.location as Data).region);
  if (p.occupations?.length && !p.occupations.includes(String(job.occupationCode))) return 'occupation';
  if (p.regions?.length && !p.regions.some((r) => isWithinRegion(region, r))) return 'region';
  if (p.maxDailyHours !== undefined && (schedule.dailyHours ?? 0) > p.maxDailyHours) return 'daily hours';
  if (p.availableFrom && shanghaiDay(schedule.startAt) < p.availableFrom) return 'dates';
  if (p.availableUntil && shanghaiDay(schedule.endAt) > p.availableUntil) return 'dates';
  if (p.availableDays && workDates(schedule).some((d) => !p.availableDays?.includes(d.isoDay))) return 'days';
  const window = p.availableHours;
  if (window && window.start <= window.end) {
    if (shiftsOf(schedule).some((s) => s.start > s.end || s.start < window.start || s.end > window.end))
      return 'hours';
  }
  if (p.payFloorFen !== undefined && p.payFloorUnit) {
    const pay = payIn(job, p.payFloorUnit);
    if (pay !== null && pay < p.payFloorFen) return 'pay floor';
  }
  return null;
}
