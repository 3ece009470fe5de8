/**
 * Business time is Asia/Shanghai (UTC+08:00, no daylight saving since 1991), so converting is a
 * fixed offset and needs no time-zone database (DOMAIN.md §2 conventions).
 */

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An instant: a `Date`, epoch milliseconds, or an RFC 3339 string with offset (`2025-07-01T06:30:00+08:00`). */
export type Instant = Date | number | string;

/** Milliseconds since the epoch of an {@link Instant}; throws on an unparseable string. */
export function toEpochMs(instant: Instant): number {
  const ms =
    typeof instant === 'string'
      ? Date.parse(instant)
      : typeof instant === 'number'
        ? instant
        : instant.getTime();
  if (Number.isNaN(ms)) {
    throw new RangeError(
      `not an RFC 3339 date-time: ${String(instant)}; expected e.g. 2025-07-01T06:30:00+08:00`,
    );
  }
  return ms;
}

/**
 * The Asia/Shanghai calendar date (`YYYY-MM-DD`) of an instant.
 * @example shanghaiDate('2025-06-30T16:30:00Z') // '2025-07-01'
 */
export function shanghaiDate(instant: Instant): string {
  return new Date(toEpochMs(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * RFC 3339 rendering with the `+08:00` offset the standard produces.
 * @example formatShanghai(new Date('2025-07-01T00:00:00Z')) // '2025-07-01T08:00:00+08:00'
 */
export function formatShanghai(instant: Instant): string {
  const shifted = new Date(toEpochMs(instant) + SHANGHAI_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 19)}+08:00`;
}

/** Year, month (1–12) and day of a `YYYY-MM-DD` date; throws when it is not a real date. */
export function parseDate(date: string): { year: number; month: number; day: number } {
  const match = DATE_PATTERN.exec(date);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!match || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: ${date}; expected YYYY-MM-DD, e.g. 2025-07-01`);
  }
  return { year, month, day };
}

/** The start of a business date (00:00 Asia/Shanghai) as epoch milliseconds. */
export function startOfShanghaiDate(date: string): number {
  const { year, month, day } = parseDate(date);
  return Date.UTC(year, month - 1, day) - SHANGHAI_OFFSET_MS;
}

/** A `YYYY-MM-DD` date plus whole calendar months (day clamped to the month's end). */
export function addMonthsToDate(date: string, months: number): string {
  const { year, month, day } = parseDate(date);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}
