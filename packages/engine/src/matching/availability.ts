/**
 * The availability a worker declares (WorkerPreferences: maxDailyHours, availableDays,
 * availableHours, availableFrom/Until) and whether a job's schedule fits it. The HOURS factor
 * scores 1 for a fit, 0.5 when nothing is declared (jobs-postings.md "Score"); servers also use
 * the fit as a hard filter, so both always agree.
 */

/** A local time window `HH:MM`; an `end` before `start` runs past midnight. */
export interface TimeWindow {
  readonly start: string;
  readonly end: string;
}

/** What a worker declared; every field optional, and an empty object declares nothing. */
export interface Availability {
  readonly maxDailyHours?: number;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  readonly days?: readonly number[];
  readonly hours?: TimeWindow;
  /** First and last available day, `YYYY-MM-DD` (Asia/Shanghai). */
  readonly from?: string;
  readonly until?: string;
}

/** The schedule facts matching reads, precomputed once per job (Asia/Shanghai local). */
export interface JobSchedule {
  readonly dailyHours?: number;
  /** How many days have work (to turn a total estimate into pay per day). */
  readonly workingDays?: number;
  /** The ISO weekdays that have work. */
  readonly workDays?: readonly number[];
  readonly firstDay?: string;
  readonly lastDay?: string;
  /** Daily shifts; none known (e.g. a multi-day job without shifts) means hours are not checked. */
  readonly shifts?: readonly TimeWindow[];
}

/** Whether the worker declared any availability at all. */
export function declaresAvailability(a: Availability | undefined): boolean {
  return (
    a !== undefined &&
    (a.maxDailyHours !== undefined ||
      a.days !== undefined ||
      a.hours !== undefined ||
      a.from !== undefined ||
      a.until !== undefined)
  );
}

/** Whether a shift lies inside a window; a window or shift with end < start crosses midnight. */
export function shiftInWindow(shift: TimeWindow, window: TimeWindow): boolean {
  const shiftCrosses = shift.end < shift.start;
  if (window.start <= window.end)
    return !shiftCrosses && shift.start >= window.start && shift.end <= window.end;
  // Overnight window [start, 24:00) ∪ [00:00, end]: a crossing shift must span both parts.
  if (shiftCrosses) return shift.start >= window.start && shift.end <= window.end;
  return shift.start >= window.start || shift.end <= window.end;
}

/**
 * Which declared condition the schedule breaks, or `null` when it fits (or nothing is declared).
 * @example availabilityMiss({ dailyHours: 8 }, { maxDailyHours: 6 }) // 'daily hours'
 */
export function availabilityMiss(
  job: JobSchedule,
  a: Availability | undefined,
): 'daily hours' | 'dates' | 'days' | 'hours' | null {
  if (!a) return null;
  if (a.maxDailyHours !== undefined && (job.dailyHours ?? 0) > a.maxDailyHours) return 'daily hours';
  if (a.from !== undefined && job.firstDay !== undefined && job.firstDay < a.from) return 'dates';
  if (a.until !== undefined && job.lastDay !== undefined && job.lastDay > a.until) return 'dates';
  if (a.days && job.workDays?.some((d) => !a.days?.includes(d))) return 'days';
  const window = a.hours;
  if (window && job.shifts?.some((s) => !shiftInWindow(s, window))) return 'hours';
  return null;
}

/** The HOURS sub-score: 1 when the job fits, 0 when it does not, 0.5 when nothing is declared. */
export function hoursSubScore(job: JobSchedule, a: Availability | undefined): number {
  if (!declaresAvailability(a)) return 0.5;
  return availabilityMiss(job, a) === null ? 1 : 0;
}
