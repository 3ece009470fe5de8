import {
  taxTreatmentOf as engineTreatment,
  withholdingFen as engineWithholding,
  type TaxTreatment,
} from '@gigmarket/engine';
import { sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { rulesFor } from '../../rules.js';

export type { TaxTreatment };

/**
 * Whether work of an occupation is an exempt convenience service (E16), by the region's
 * `incomeTaxWithholding` rule (@gigmarket/engine).
 */
export function taxTreatmentOf(ctx: OperationContext, occupationCode: unknown): TaxTreatment {
  const code = typeof occupationCode === 'string' ? occupationCode : undefined;
  return engineTreatment(code, rulesFor(ctx).incomeTaxWithholding.value);
}

/**
 * The tax to withhold from a new payout of `incomeFen` (the worker's income after commission) by
 * `tenantId` to `workerId` (E16, cumulative method; the engine computes it): this year's earlier
 * withheld payouts from that tenant are read here, and the months counted run from the first payout
 * of the year to this one.
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
  return engineWithholding(
    {
      earlierIncomeFen: Number(row?.income ?? 0),
      earlierWithheldFen: Number(row?.withheld ?? 0),
      incomeFen: input.incomeFen,
      months: local.getUTCMonth() - firstMonth + 1,
    },
    rulesFor(ctx).incomeTaxWithholding.value,
  );
}
