import { type Availability, availabilityMiss, type JobSchedule } from '@gigmarket/engine';
import { isWithinRegion } from '@gigmarket/identifiers';

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
};

const DAY_MS = 86_400_000;

/** The job's shifts in local time, or the single day's start and end for a one-day job. */
function shiftsOf(
  schedule: Schedule,
  firstDay: string,
  lastDay: string,
): Array<{ start: string; end: string }> {
  if (schedule.shifts?.length) return schedule.shifts;
  const local = (instant: string) => new Date(Date.parse(instant) + 8 * HOUR_MS).toISOString().slice(11, 16);
  if (firstDay !== lastDay) return [];
  return [{ start: local(schedule.startAt), end: local(schedule.endAt) }];
}

const HOUR_MS = 3_600_000;
/** The Asia/Shanghai date of an instant, with one parse (this runs for every job near a worker). */
const localDay = (instant: string) => new Date(Date.parse(instant) + 8 * HOUR_MS).toISOString().slice(0, 10);

/**
 * The schedule as the engine's matching reads it: hours, working days, weekdays, dates, shifts.
 * Runs once per candidate job, so it counts days without building date strings.
 */
export function scheduleFacts(job: Data): JobSchedule {
  const schedule = job.schedule as Schedule;
  const firstDay = localDay(schedule.startAt);
  const lastDay = localDay(schedule.endAt);
  const last = Date.parse(`${lastDay}T00:00:00Z`);
  const days = new Set<number>();
  let workingDays = 0;
  for (let t = Date.parse(`${firstDay}T00:00:00Z`); t <= last && workingDays < 366; t += DAY_MS) {
    const isoDay = new Date(t).getUTCDay() || 7;
    if (schedule.daysOfWeek && !schedule.daysOfWeek.includes(isoDay)) continue;
    days.add(isoDay);
    workingDays++;
  }
  return {
    ...(schedule.dailyHours !== undefined ? { dailyHours: schedule.dailyHours } : {}),
    workingDays,
    workDays: [...days],
    firstDay,
    lastDay,
    shifts: shiftsOf(schedule, firstDay, lastDay),
  };
}

/** The availability the worker declared in their preferences (WorkerPreferences), for the engine. */
export function availabilityOf(worker: Data): Availability | undefined {
  // One worker is checked against every nearby job: derive their availability once.
  if (declared.has(worker)) return declared.get(worker);
  const availability = readAvailability(worker);
  declared.set(worker, availability);
  return availability;
}

const declared = new WeakMap<Data, Availability | undefined>();

function readAvailability(worker: Data): Availability | undefined {
  const p = worker.preferences as Data | undefined;
  if (!p) return undefined;
  const pick = <K extends keyof Availability>(key: K, value: unknown) =>
    value === undefined ? {} : ({ [key]: value } as Pick<Availability, K>);
  return {
    ...pick('maxDailyHours', p.maxDailyHours),
    ...pick('days', p.availableDays),
    ...pick('hours', p.availableHours),
    ...pick('from', p.availableFrom),
    ...pick('until', p.availableUntil),
  };
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

/**
 * Why the job fails the worker's preferences (WorkerPreferences: occupations, regions, days, hours,
 * dates, daily hours and the pay floor where units compare), or `null` when it fits. The
 * availability part is the engine's, the same check the HOURS factor scores.
 */
export function preferenceMiss(
  worker: Data,
  job: Data,
  facts: JobSchedule = scheduleFacts(job),
): string | null {
  const p = (worker.preferences ?? {}) as Preferences;
  const region = String((job.location as Data).region);
  if (p.occupations?.length && !p.occupations.includes(String(job.occupationCode))) return 'occupation';
  if (p.regions?.length && !p.regions.some((r) => isWithinRegion(region, r))) return 'region';
  const miss = availabilityMiss(facts, availabilityOf(worker));
  if (miss) return miss;
  if (p.payFloorFen !== undefined && p.payFloorUnit) {
    const pay = payIn(job, p.payFloorUnit);
    if (pay !== null && pay < p.payFloorFen) return 'pay floor';
  }
  return null;
}
