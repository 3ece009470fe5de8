/**
 * The part-time minimum wage (非全日制用工小时最低工资标准): part-time labour is paid per hour at
 * least the local hourly minimum wage (劳动合同法 art. 72, E10; DOMAIN.md §2.4 `pay`, §4.4). The
 * number is regional (`minimumHourlyWageFen`); without one there is nothing to check against.
 */
import { type EngineError, err, ok, type Result } from '../shared/result.js';

/** Pay below the local hourly minimum wage. */
export interface BelowMinimumWage extends EngineError<'BELOW_MINIMUM_WAGE'> {
  /** The hourly pay offered, rounded down to whole fen (for the message; the check is exact). */
  readonly hourlyFen: number;
  readonly minimumHourlyWageFen: number;
}

/** What was checked: `checked: false` when the rule does not apply or the pay has no hourly form. */
export interface MinimumWageCheck {
  readonly checked: boolean;
}

export interface MinimumWageInput {
  /** `EmploymentForm`; the rule is about `PART_TIME_LABOUR` (E10). */
  readonly employmentForm: string;
  /** Pay for `minutes` of work, in fen. */
  readonly payFen: number;
  readonly minutes: number;
  readonly minimumHourlyWageFen: number | null;
}

/**
 * Whether `payFen` for `minutes` of part-time work reaches the hourly minimum wage. Compared as
 * `payFen × 60 ≥ minimum × minutes`, in integers, so no rounding can let 1 fen under pass.
 * @example
 * checkMinimumWage({ employmentForm: 'PART_TIME_LABOUR', payFen: 8000, minutes: 240, minimumHourlyWageFen: 2130 })
 * // { ok: false, error: { code: 'BELOW_MINIMUM_WAGE', hourlyFen: 2000, minimumHourlyWageFen: 2130, … } }
 */
export function checkMinimumWage(input: MinimumWageInput): Result<MinimumWageCheck, BelowMinimumWage> {
  const { employmentForm, payFen, minutes, minimumHourlyWageFen: minimum } = input;
  if (employmentForm !== 'PART_TIME_LABOUR' || minimum === null || !(minutes > 0))
    return ok({ checked: false });
  if (payFen * 60 >= minimum * minutes) return ok({ checked: true });
  const hourlyFen = Math.floor((payFen * 60) / minutes);
  return err({
    code: 'BELOW_MINIMUM_WAGE',
    hourlyFen,
    minimumHourlyWageFen: minimum,
    message: `${payFen} fen for ${minutes / 60} hours is ${hourlyFen} fen an hour, below the local hourly minimum wage of ${minimum} fen for part-time labour (劳动合同法 art. 72, E10). Raise the pay to at least ${Math.ceil((minimum * minutes) / 60)} fen.`,
  });
}

/** A posting's pay (`JobPay`) and the hours of its schedule (`JobSchedule`). */
export interface PostedPay {
  readonly unit: string;
  readonly rateFen: number;
  readonly dailyHours?: number;
}

/**
 * A posting's pay as fen per `minutes`, where the unit has an hourly form: `PER_HOUR`, and
 * `PER_DAY` with the schedule's `dailyHours`. Piece, task and month rates have none (`null`):
 * their hourly pay is known only per work order, which `assignments.create` checks.
 */
export function postedPayPerMinutes(pay: PostedPay): { payFen: number; minutes: number } | null {
  if (pay.unit === 'PER_HOUR') return { payFen: pay.rateFen, minutes: 60 };
  if (pay.unit === 'PER_DAY' && pay.dailyHours !== undefined && pay.dailyHours > 0)
    return { payFen: pay.rateFen, minutes: Math.round(pay.dailyHours * 60) };
  return null;
}
