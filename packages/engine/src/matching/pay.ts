/**
 * Pay per working day, the unit the PAY factor compares in (jobs-postings.md "Score"): `rateFen`
 * for PER_DAY, `rateFen × dailyHours` for PER_HOUR, and `estimatedTotalFen ÷ working days` for the
 * other units when the estimate is given. Anything else "cannot be converted" and scores half.
 */

/** The pay units of the standard (PayUnit.yaml). */
export type PayUnit = 'PER_HOUR' | 'PER_DAY' | 'PER_PIECE' | 'PER_TASK' | 'PER_MONTH';

/** What the PAY factor needs of a job's pay. */
export interface JobPay {
  readonly unit: PayUnit;
  readonly rateFen: number;
  /** Expected earnings per worker for the whole job (Job.pay.estimatedTotalFen). */
  readonly estimatedTotalFen?: number;
}

/** A worker's lowest acceptable pay in its unit (WorkerPreferences.payFloorFen + payFloorUnit). */
export interface PayFloor {
  readonly amountFen: number;
  readonly unit: PayUnit;
}

/** The parts of a job's schedule the conversion reads. */
interface DayFacts {
  readonly dailyHours?: number;
  readonly workingDays?: number;
}

/**
 * The job's pay per working day in fen, or `null` when it cannot be converted.
 * @example dailyPayFen({ unit: 'PER_HOUR', rateFen: 2500 }, { dailyHours: 8 }) // 20000
 */
export function dailyPayFen(pay: JobPay, schedule: DayFacts): number | null {
  if (pay.unit === 'PER_DAY') return pay.rateFen;
  if (pay.unit === 'PER_HOUR') return schedule.dailyHours ? pay.rateFen * schedule.dailyHours : null;
  const days = schedule.workingDays;
  return pay.estimatedTotalFen !== undefined && days !== undefined && days > 0
    ? Math.round(pay.estimatedTotalFen / days)
    : null;
}

/**
 * The worker's floor per working day of this job, or `undefined` when its unit does not compare:
 * PER_HOUR converts with the job's daily hours (WorkerPreferences.payFloorFen), PER_DAY is as is.
 * @example floorPerDayFen({ amountFen: 2500, unit: 'PER_HOUR' }, { dailyHours: 8 }) // 20000
 */
export function floorPerDayFen(floor: PayFloor | undefined, schedule: DayFacts): number | undefined {
  if (!floor) return undefined;
  if (floor.unit === 'PER_DAY') return floor.amountFen;
  if (floor.unit === 'PER_HOUR' && schedule.dailyHours) return floor.amountFen * schedule.dailyHours;
  return undefined;
}

/**
 * The PAY sub-score: pay per day ÷ the higher of the floor and the market wage guide price, at
 * most 1; 0.5 when the pay cannot be converted or neither reference is known.
 */
export function paySubScore(
  payPerDay: number | null,
  floorPerDay: number | undefined,
  guide: number | undefined,
) {
  if (payPerDay === null) return 0.5;
  if (floorPerDay === undefined && guide === undefined) return 0.5;
  const reference = Math.max(floorPerDay ?? 0, guide ?? 0);
  return reference <= 0 ? 1 : Math.min(1, payPerDay / reference);
}
