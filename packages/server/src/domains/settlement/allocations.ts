import { autoReleaseAt, computeCommission } from '@gigmarket/engine';
import type { OperationContext } from '../../context.js';
import { type ObjectRow, saveObject } from '../../store/objects.js';
import { allocationsOf, type EscrowWork, moveTo, partiesOf, termsOf, unallocatedFen } from './escrow-work.js';
import { type Allocation, type Data, findByField, rulesFor } from './model.js';

/** Assignment states from which work is committed: the escrow is held (jobs §3.2). */
const COMMITTED = [
  'READY',
  'IN_PROGRESS',
  'COMPLETED_PENDING_CONFIRMATION',
  'ACCEPTED',
  'DISPUTED',
  'ENDED_BY_INCIDENT',
  'SETTLED',
];
/** Assignment states that never get money allocated (they ended before work). */
const ENDED_BEFORE_WORK = ['CANCELLED_BY_EMPLOYER', 'CANCELLED_BY_WORKER', 'NO_SHOW'];

/** A new OPEN allocation for an assignment: its agreed pay, with commission under the escrow's rule. */
export async function newAllocation(
  ctx: OperationContext,
  work: EscrowWork,
  assignment: Data,
  amountFen: number,
): Promise<Allocation> {
  return {
    assignmentId: String(assignment.id),
    workerId: String(assignment.workerId),
    amountFen,
    commissionFen: computeCommission(amountFen, await termsOf(ctx, work.data)).commissionFen,
    releasedFen: 0,
    refundedFen: 0,
    state: 'OPEN',
    autoReleaseAt: null,
    disputeId: null,
    payoutId: null,
    settledAt: null,
  };
}

/** The covered assignments of an escrow: its own, or the job's not covered by an escrow of their own. */
async function coveredAssignments(ctx: OperationContext, work: EscrowWork): Promise<ObjectRow[]> {
  if (typeof work.data.assignmentId === 'string') {
    return (await findByField(ctx, 'Assignment', 'jobId', String(work.data.jobId))).filter(
      (r) => r.id === work.data.assignmentId,
    );
  }
  const assignments = await findByField(ctx, 'Assignment', 'jobId', String(work.data.jobId));
  const ownEscrows = (await findByField(ctx, 'Escrow', 'jobId', String(work.data.jobId))).filter(
    (e) => e.id !== work.row.id && !['EXPIRED'].includes(e.status ?? '') && (e.data as Data).assignmentId,
  );
  const ownCovered = new Set(ownEscrows.map((e) => (e.data as Data).assignmentId));
  return assignments.filter((a) => !ownCovered.has(a.id));
}

/**
 * Brings an escrow up to date with the jobs domain: allocates money to new assignments of its job
 * (in creation order, while unallocated money covers the agreed pay), sets each open allocation's
 * wage-protection timer from its assignment's submission (`autoAcceptAt`, else submission + 72 h),
 * and holds a funded escrow once a covered assignment is READY (docs/domains/settlement.md).
 */
export async function syncAllocations(
  ctx: OperationContext,
  work: EscrowWork,
  opts: { hold?: boolean } = {},
): Promise<void> {
  const assignments = await coveredAssignments(ctx, work);
  const allocations = allocationsOf(work);
  for (const row of assignments) {
    const a = row.data as Data;
    let allocation = allocations.find((x) => x.assignmentId === row.id);
    if (!allocation && !ENDED_BEFORE_WORK.includes(row.status ?? '')) {
      const pay = Number(a.agreedPayFen ?? 0);
      if (pay > 0 && pay <= unallocatedFen(work)) {
        allocation = await newAllocation(ctx, work, a, pay);
        allocations.push(allocation);
        if (!a.escrowId) await saveObject(ctx.tx, row, { data: { ...a, escrowId: work.row.id } }, ctx.now);
      }
    }
    if (
      allocation?.state === 'OPEN' &&
      row.status === 'COMPLETED_PENDING_CONFIRMATION' &&
      !allocation.autoReleaseAt
    ) {
      allocation.autoReleaseAt =
        (a.autoAcceptAt as string | null) ??
        (a.submittedAt ? autoReleaseAt(String(a.submittedAt), rulesFor(ctx)) : null);
    }
    if (
      allocation &&
      opts.hold !== false &&
      work.data.status === 'FUNDED' &&
      COMMITTED.includes(row.status ?? '')
    ) {
      moveTo(ctx, work, 'HELD', { trigger: `assignment ${row.id} reached READY` });
    }
  }
  work.partyTenantIds = [
    ...new Set([
      ...work.partyTenantIds,
      ...(await partiesOf(
        ctx,
        [work.data.jobId, ...assignments.map((r) => r.id), ...allocations.map((x) => x.workerId)],
        work.row.tenantId,
      )),
    ]),
  ];
}
