import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { objects } from '../../store/schema.js';
import { median, monthsOf } from './periods.js';

type Row = { workHoursMinutes: number; incomeFen: number; workRegions: string[] };

/** Whether a region code lies within another (`330000` ⊇ `330100` ⊇ `330110`). */
export const within = (code: string, region: string) => code.startsWith(region.replace(/(00)+$/, ''));

/**
 * `workerStats` of a half-year report: aggregates of the reporter's worker activity rows for the
 * period's months that worked in the report's region (reporting.md). Only aggregates.
 */
export async function workerStatsFor(
  ctx: OperationContext,
  tenantId: string,
  region: string,
  period: string,
) {
  const rows = await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'WorkerActivityStat'),
        eq(objects.tenantId, tenantId),
        inArray(sql<string>`${objects.data}->>'month'`, monthsOf(period)),
      ),
    );
  const mine = rows
    .map((r) => r.data as Row)
    .filter((r) => r.workRegions.some((code) => within(code, region)));
  const n = mine.length;
  const income = mine.map((r) => r.incomeFen);
  const totalIncomeFen = income.reduce((a, b) => a + b, 0);
  const totalMinutes = mine.reduce((a, r) => a + r.workHoursMinutes, 0);
  return {
    workerMonths: n,
    avgMonthlyWorkMinutes: n ? Math.round(totalMinutes / n) : null,
    avgMonthlyIncomeFen: n ? Math.round(totalIncomeFen / n) : null,
    medianMonthlyIncomeFen: median(income),
    totalIncomeFen,
  };
}
