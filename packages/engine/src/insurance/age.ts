/**
 * Age in completed years on an Asia/Shanghai business date (DOMAIN.md §2 conventions).
 */
import { type Instant, parseDate, shanghaiDate } from '../shared/time.js';

/**
 * Completed years of age on `on` (an instant, taken as its Asia/Shanghai date, or a `YYYY-MM-DD`).
 * Someone born on 29 February turns a year older on 1 March in common years.
 * @example ageOn('1990-03-07', '2025-03-06T23:59:59+08:00') // 34
 */
export function ageOn(birthDate: string, on: Instant): number {
  const birth = parseDate(birthDate);
  const date = parseDate(typeof on === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(on) ? on : shanghaiDate(on));
  const hadBirthday = date.month > birth.month || (date.month === birth.month && date.day >= birth.day);
  const age = date.year - birth.year - (hadBirthday ? 0 : 1);
  if (age < 0) throw new RangeError(`birth date ${birthDate} is after ${String(on)}`);
  return age;
}
