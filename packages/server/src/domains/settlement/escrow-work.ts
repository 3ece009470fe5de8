import { type CommissionTerms, computeCommission } from '@gigmarket/engine';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { type ObjectRow, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { type Allocation, type Cause, type Data, distinct, findTyped, transitioned } from './model.js';

/**
 * An escrow being changed in one request: its row (locked), a working copy of its data and
 * internal data. Settlement functions change the copy; the caller saves it once, through an action's
 * outcome or {@link saveEscrow}.
 */
export interface EscrowWork {
  row: ObjectRow;
  data: Data;
  internal: Data;
  partyTenantIds: string[];
}

/** A working copy of a locked escrow row. */
export const workOf = (row: ObjectRow): EscrowWork => ({
  row,
  data: structuredClone(row.data as Data),
  internal: structuredClone((row.internal ?? {}) as Data),
  partyTenantIds: [...row.partyTenantIds],
});

export const allocationsOf = (work: EscrowWork): Allocation[] => work.data.allocations as Allocation[];

/** The commission terms of the rule fixed at the escrow's creation (E17). */
export async function termsOf(ctx: OperationContext, data: Data): Promise<CommissionTerms & { id: string }> {
  const rule = await findTyped(ctx, 'CommissionRule', data.commissionRuleId);
  const r = (rule?.data ?? {}) as { rateBps?: number; capBps?: number; fixedFeeFen?: number };
  return {
    id: String(data.commissionRuleId),
    rateBps: r.rateBps ?? 0,
    capBps: r.capBps ?? 0,
    fixedFeeFen: r.fixedFeeFen ?? 0,
  };
}

/** Money of the escrow not allocated to any assignment. */
export const unallocatedFen = (work: EscrowWork): number =>
  (work.data.amountFen as number) - allocationsOf(work).reduce((s, a) => s + a.amountFen, 0);

/**
 * Recomputes the escrow's sums from its allocations: commission on what is or will be released,
 * net to workers (expected for open and frozen allocations and unallocated money), the earliest
 * open timer, and the released and refunded totals.
 */
export async function recompute(ctx: OperationContext, work: EscrowWork): Promise<void> {
  const allocations = allocationsOf(work);
  const final = !['CREATED', 'FUNDED', 'HELD', 'DISPUTED'].includes(String(work.data.status));
  const rest = final ? 0 : unallocatedFen(work);
  const restCommission = rest > 0 ? computeCommission(rest, await termsOf(ctx, work.data)).commissionFen : 0;
  const commissionFen = allocations.reduce((s, a) => s + a.commissionFen, 0) + restCommission;
  const expected = allocations.reduce(
    (s, a) =>
      s +
      (a.state === 'REFUNDED'
        ? 0
        : (a.state === 'OPEN' || a.state === 'DISPUTED' ? a.amountFen : a.releasedFen) - a.commissionFen),
    0,
  );
  const timers = allocations
    .filter((a) => a.state === 'OPEN' && a.autoReleaseAt)
    .map((a) => a.autoReleaseAt as string)
    .sort((x, y) => new Date(x).getTime() - new Date(y).getTime());
  Object.assign(work.data, {
    commissionFen,
    netToWorkerFen: Math.max(0, expected + rest - restCommission - (work.data.taxWithheldFen as number)),
    releasedFen: allocations.reduce((s, a) => s + a.releasedFen, 0),
    refundedFen:
      allocations.reduce((s, a) => s + a.refundedFen, 0) +
      ((work.internal.unallocatedRefundedFen as number) ?? 0),
    autoReleaseAt: timers[0] ?? null,
  });
}

/** Moves the working copy to another status, with history and the status's timestamp. */
export function moveTo(ctx: OperationContext, work: EscrowWork, to: string, cause: Cause): void {
  if (work.data.status === to) return;
  const stamp: Record<string, string> = {
    FUNDED: 'fundedAt',
    HELD: 'heldAt',
    DISPUTED: 'disputedAt',
    RELEASED: 'releasedAt',
    PARTIALLY_RELEASED: 'releasedAt',
    REFUNDED: 'refundedAt',
    EXPIRED: 'expiredAt',
  };
  work.data = transitioned(ctx, work.data, to, cause);
  const field = stamp[to];
  if (field && !(to === 'HELD' && work.data.heldAt)) work.data[field] = ctx.now;
}

/** Event types by the escrow status they announce (docs/domains/settlement.md "Webhooks"). */
export const ESCROW_EVENTS: Record<string, string> = {
  FUNDED: 'escrow.funded',
  DISPUTED: 'escrow.disputed',
  RELEASED: 'escrow.released',
  PARTIALLY_RELEASED: 'escrow.released',
  REFUNDED: 'escrow.refunded',
};

/** Saves a working copy outside an action (effects, sweeps), emitting the event of a new status. */
export async function saveEscrow(ctx: OperationContext, work: EscrowWork): Promise<ObjectRow> {
  const before = work.row.status ?? '';
  const saved = await saveObject(
    ctx.tx,
    work.row,
    {
      data: work.data,
      status: work.data.status as string,
      internal: work.internal,
      partyTenantIds: work.partyTenantIds,
    },
    ctx.now,
  );
  const event = ESCROW_EVENTS[saved.status ?? ''];
  if (event && saved.status !== before)
    await ctx.emit(event, saved.data as Data, {
      previousStatus: before,
      visibleTo: [saved.tenantId, ...saved.partyTenantIds],
    });
  return saved;
}

/** The tenants that are parties of rows (their owners and parties), without `owner`. */
export async function partiesOf(ctx: OperationContext, ids: unknown[], owner: string): Promise<string[]> {
  const wanted = distinct(ids);
  if (!wanted.length) return [];
  const rows = await ctx.tx.select().from(objects).where(inArray(objects.id, wanted));
  return distinct(
    rows.flatMap((r) => [r.tenantId, ...r.partyTenantIds]),
    owner,
  );
}

/** The active escrow covering an assignment (its own, or its job's with an allocation or room for one). */
export async function activeEscrowFor(
  ctx: OperationContext,
  assignment: ObjectRow,
): Promise<ObjectRow | undefined> {
  const a = assignment.data as Data;
  const rows = await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Escrow'),
        inArray(objects.status, ['CREATED', 'FUNDED', 'HELD', 'DISPUTED']),
        sql`(${objects.data}->>'assignmentId' = ${assignment.id} OR ${objects.data}->'allocations' @> ${JSON.stringify([{ assignmentId: assignment.id }])}::jsonb OR (${objects.data}->>'jobId' = ${String(a.jobId)} AND ${objects.data}->'assignmentId' = 'null'::jsonb))`,
      ),
    )
    .orderBy(objects.createdAt)
    .for('update');
  const own = rows.find((r) => (r.data as Data).assignmentId === assignment.id);
  const allocated = rows.find((r) =>
    ((r.data as Data).allocations as Allocation[]).some((x) => x.assignmentId === assignment.id),
  );
  return own ?? allocated ?? rows[0];
}
