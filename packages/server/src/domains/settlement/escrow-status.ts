import type { OperationContext } from '../../context.js';
import { allocationsOf, type EscrowWork, moveTo, recompute, unallocatedFen } from './escrow-work.js';
import { type Cause, type Data, findTyped } from './model.js';
import { refundAllocations } from './settle.js';

/** Job states in which the job may still take assignments (and so need unallocated money). */
const OPEN_JOB = ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'PAUSED'];

/** Money never allocated that is still in the escrow. */
export const unallocatedLeftFen = (work: EscrowWork): number =>
  unallocatedFen(work) - ((work.internal.unallocatedRefundedFen as number | undefined) ?? 0);

/** Whether a job escrow must keep unallocated money for assignments still to come. */
async function jobTakesMore(ctx: OperationContext, work: EscrowWork): Promise<boolean> {
  if (work.data.assignmentId || unallocatedLeftFen(work) <= 0) return false;
  const job = await findTyped(ctx, 'Job', work.data.jobId);
  if (!job || !OPEN_JOB.includes(job.status ?? '')) return false;
  const j = job.data as Data;
  return Number(j.openingsFilled ?? 0) < Number(j.openings ?? 1);
}

/**
 * The status that sums up the allocations (docs/domains/settlement.md "Leaving HELD"): DISPUTED
 * while one is frozen, HELD (or still FUNDED) while one is open or the job may still take workers;
 * otherwise unallocated money goes back to the employer and the escrow is RELEASING when anything
 * was released, else REFUNDING.
 */
export async function settledStatus(ctx: OperationContext, work: EscrowWork): Promise<string> {
  const allocations = allocationsOf(work);
  const current = String(work.data.status);
  const waiting = current === 'FUNDED' ? 'FUNDED' : 'HELD';
  if (allocations.some((a) => a.state === 'DISPUTED')) return 'DISPUTED';
  if (allocations.some((a) => a.state === 'OPEN')) return waiting;
  if (await jobTakesMore(ctx, work)) return waiting;
  const rest = unallocatedLeftFen(work);
  if (rest > 0) await refundAllocations(ctx, work, [], rest);
  return (work.data.releasedFen as number) > 0 ? 'RELEASING' : 'REFUNDING';
}

/** Moves the working copy to the status its allocations call for, and refreshes the sums. */
export async function applySettledStatus(
  ctx: OperationContext,
  work: EscrowWork,
  cause: Cause,
): Promise<string> {
  const to = await settledStatus(ctx, work);
  moveTo(ctx, work, to, cause);
  await recompute(ctx, work);
  return to;
}
