import type { OperationContext } from '../../context.js';
import { findById } from '../../store/objects.js';
import { syncAllocations } from './allocations.js';
import { openAssignmentDispute } from './dispute-open.js';
import { applySettledStatus } from './escrow-status.js';
import { activeEscrowFor, allocationsOf, moveTo, recompute, saveEscrow, workOf } from './escrow-work.js';
import { refundAllocations, releaseAllocations } from './settle.js';

/**
 * Settles one assignment's share of its escrow when the jobs domain decides the work: `RELEASE`
 * when the assignment is ACCEPTED (confirmed or auto-accepted) or ended by an incident, `REFUND`
 * when it was cancelled before the start or ended as a no-show. Posts the ledger entry, creates the
 * payout, moves the escrow when it was the last open allocation, and sends the escrow's events.
 * A no-op when no active escrow covers the assignment or its allocation is already settled or frozen,
 * so a repeated call never moves money twice.
 */
export async function settleAllocation(
  ctx: OperationContext,
  assignmentId: string,
  outcome: 'RELEASE' | 'REFUND',
): Promise<void> {
  const assignment = await findById(ctx.tx, assignmentId);
  if (assignment?.type !== 'Assignment') return;
  const row = await activeEscrowFor(ctx, assignment);
  if (!row || row.status === 'CREATED') return;
  const work = workOf(row);
  await syncAllocations(ctx, work);
  const allocation = allocationsOf(work).find((a) => a.assignmentId === assignmentId);
  if (allocation?.state !== 'OPEN') return;
  const trigger =
    outcome === 'RELEASE'
      ? `assignment ${assignmentId} accepted`
      : `assignment ${assignmentId} cancelled or no-show`;
  if (outcome === 'RELEASE') {
    if (work.data.status === 'FUNDED')
      moveTo(ctx, work, 'HELD', { trigger: `assignment ${assignmentId} reached READY` });
    await releaseAllocations(ctx, work, [{ allocation }]);
  } else await refundAllocations(ctx, work, [allocation]);
  await applySettledStatus(ctx, work, { trigger });
  await saveEscrow(ctx, work);
}

/**
 * Freezes an assignment's open allocation for a dispute (the escrow becomes DISPUTED and
 * `escrow.disputed` is sent). With `disputeId` null (the employer's `assignments.dispute` without a
 * dispute of its own), the server opens the dispute itself (`origin: ASSIGNMENT_ACTION`) and sets the
 * assignment's `disputeId`. A no-op when no active escrow covers the assignment or its allocation
 * is not open.
 */
export async function freezeAllocation(
  ctx: OperationContext,
  assignmentId: string,
  disputeId: string | null,
): Promise<void> {
  const assignment = await findById(ctx.tx, assignmentId);
  if (assignment?.type !== 'Assignment') return;
  const row = await activeEscrowFor(ctx, assignment);
  if (!row || !['FUNDED', 'HELD', 'DISPUTED'].includes(row.status ?? '')) {
    if (!disputeId) await openAssignmentDispute(ctx, assignment, null);
    return;
  }
  const work = workOf(row);
  await syncAllocations(ctx, work);
  const allocation = allocationsOf(work).find((a) => a.assignmentId === assignmentId);
  const id =
    disputeId ?? (await openAssignmentDispute(ctx, assignment, allocation?.state === 'OPEN' ? row.id : null));
  if (allocation?.state !== 'OPEN') return;
  Object.assign(allocation, { state: 'DISPUTED', disputeId: id, autoReleaseAt: null });
  work.data.disputeId = id;
  if (work.data.status === 'FUNDED')
    moveTo(ctx, work, 'HELD', { trigger: `assignment ${assignmentId} reached READY` });
  moveTo(ctx, work, 'DISPUTED', { trigger: `dispute ${id} opened by assignments.dispute` });
  await recompute(ctx, work);
  await saveEscrow(ctx, work);
}
