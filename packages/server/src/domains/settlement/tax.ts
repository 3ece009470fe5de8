import { divideRoundHalfUp } from '@gigmarket/engine';
import { sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';

/**
 * Individual income tax withheld on a payout (E16, 国务院令第810号 + 税务总局公告2025年第15号): the
 * running tenant withholds by the cumulative method, 20% expense deduction and 500000 fen a month
 * allowance, with the comprehensive-income withholding table; convenience labour services
 * (便民劳务: delivery, transport, housekeeping) are exempt and not reported. The engine has no tax
 * rule, so it lives here.
 */
export type TaxTreatment = 'CUMULATIVE_WITHHOLDING' | 'EXEMPT_CONVENIENCE_SERVICE';

/**
 * Occupation codes (GB/T 6565, 2015 edition) of convenience labour services (E16): 4-10 居民生活服务
 * (housekeeping, 家政), 4-02-02 道路运输 (transport) and 4-02-07 邮政和快递 (delivery).
 */
const CONVENIENCE_PREFIXES = ['4-10', '4-02-02', '4-02-07'];

/** Whether work of an occupation is an exempt convenience service (E16). */
export function taxTreatmentOf(occupationCode: unknown): TaxTreatment {
  const code = typeof occupationCode === 'string' ? occupationCode : '';
  return CONVENIENCE_PREFIXES.some((p) => code === p || code.startsWith(`${p}-`))
    ? 'EXEMPT_CONVENIENCE_SERVICE'
    : 'CUMULATIVE_WITHHOLDING';
}

/** 个人所得税预扣率表一 (cumulative taxable income in fen → rate in bps, quick deduction in fen). */
const BRACKETS: Array<[upToFen: number, rateBps: number, quickDeductionFen: number]> = [
  [3_600_000, 300, 0],
  [14_400_000, 1000, 252_000],
  [30_000_000, 2000, 1_692_000],
  [42_000_000, 2500, 3_192_000],
  [66_000_000, 3000, 5_292_000],
  [96_000_000, 3500, 8_592_000],
  [Number.MAX_SAFE_INTEGER, 4500, 18_192_000],
];

const MONTH_ALLOWANCE_FEN = 500_000;
const EXPENSE_DEDUCTION_BPS = 2000;

/** Tax due on a cumulative taxable income. */
export function cumulativeTaxFen(taxableFen: number): number {
  if (taxableFen <= 0) return 0;
  const [, rateBps, quick] = BRACKETS.find(([upTo]) => taxableFen <= upTo) as [number, number, number];
  return Math.max(0, divideRoundHalfUp(taxableFen * rateBps, 10_000) - quick);
}

/**
 * The tax to withhold from a new payout of `incomeFen` (the worker's income after commission) by
 * `tenantId` to `workerId`: cumulative tax on this year's income from that tenant, less the tax it
 * already withheld; the months counted run from the first payout of the year to this one.
 */
export async function withholdingFen(
  ctx: OperationContext,
  input: { tenantId: string; workerId: string; incomeFen: number },
): Promise<number> {
  const local = new Date(ctx.nowDate.getTime() + 8 * 3600_000);
  const year = local.getUTCFullYear();
  const yearStart = `${year}-01-01T00:00:00+08:00`;
  const result = (await ctx.tx.execute(sql`
    SELECT coalesce(sum((data->>'grossFen')::bigint - (data->>'commissionFen')::bigint), 0)::text AS income,
           coalesce(sum((data->>'taxWithheldFen')::bigint), 0)::text AS withheld,
           min(created_at) AS first
    FROM objects
    WHERE type = 'Payout' AND tenant_id = ${input.tenantId} AND data->>'workerId' = ${input.workerId}
      AND data->>'taxTreatment' = 'CUMULATIVE_WITHHOLDING' AND created_at >= ${yearStart}::timestamptz`)) as {
    rows: Array<{ income: string; withheld: string; first: string | null }>;
  };
  const row = result.rows[0];
  const firstMonth = row?.first
    ? new Date(new Date(row.first).getTime() + 8 * 3600_000).getUTCMonth()
    : local.getUTCMonth();
  const months = local.getUTCMonth() - firstMonth + 1;
  const income = Number(row?.income ?? 0) + input.incomeFen;
  const deducted = income - divideRoundHalfUp(income * EXPENSE_DEDUCTION_BPS, 10_000);
  const taxable = deducted - months * MONTH_ALLOWANCE_FEN;
  return Math.max(0, cumulativeTaxFen(taxable) - Number(row?.withheld ?? 0));
}
