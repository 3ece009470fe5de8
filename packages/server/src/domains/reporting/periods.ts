import { shanghaiDate } from '@gigmarket/engine';

/** Days after the end of a half year until the report is due (reporting.md; PROPOSAL). */
export const REPORT_DUE_DAYS = 30;
/** Days a returned report has for its correction when the regulator names none (PROPOSAL). */
export const RESUBMIT_DAYS = 15;

/** A business date `YYYY-MM-DD` plus some days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The last day of a month `YYYY-MM`. */
const lastDay = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/**
 * The first and last business day of a statistics period: a month `2025-06`, a quarter `2025Q2`,
 * a half year `2025H1` or a year `2025` (StatisticsPeriod).
 */
export function periodBounds(period: string): { start: string; end: string } {
  const year = Number(period.slice(0, 4));
  const pad = (m: number) => String(m).padStart(2, '0');
  let first = 1;
  let last = 12;
  if (/^\d{4}-\d{2}$/.test(period)) first = last = Number(period.slice(5));
  else if (/Q[1-4]$/.test(period)) {
    first = (Number(period.slice(5)) - 1) * 3 + 1;
    last = first + 2;
  } else if (/H[12]$/.test(period)) {
    first = period.endsWith('H1') ? 1 : 7;
    last = first + 5;
  }
  return { start: `${year}-${pad(first)}-01`, end: lastDay(year, last) };
}

/** The months `YYYY-MM` of a period. */
export function monthsOf(period: string): string[] {
  const { start, end } = periodBounds(period);
  const months: string[] = [];
  for (let m = start.slice(0, 7); m <= end.slice(0, 7); ) {
    months.push(m);
    const [y, mm] = m.split('-').map(Number) as [number, number];
    m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
  }
  return months;
}

/** The last complete month before an instant (the default statistics period). */
export function lastCompleteMonth(now: Date): string {
  const today = shanghaiDate(now);
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** Today's business date in Asia/Shanghai. */
export const today = (now: Date) => shanghaiDate(now);

/** Median of numbers (mean of the two middle values, rounded half-up), `null` for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : Math.round(((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2);
}
