import type { OperationContext } from '../../context.js';
import { ProblemError, ruleViolation } from '../../http/problem.js';
import type { ActionOutcome } from '../../operations/definitions.js';
import type { ObjectRow } from '../../store/objects.js';
import { syncAllocations } from './allocations.js';
import { insertDispute, type PartyRef } from './dispute-open.js';
import { allocationsOf, type EscrowWork, moveTo, recompute, workOf } from './escrow-work.js';
import { type Allocation, type Data, ms } from './model.js';

/**
 * The respondent of a dispute about escrowed wages, and a check that the raising party is a party:
 * the worker of a covered allocation or the paying employer (422 otherwise).
 */
export function partiesOfDispute(data: Data, allocations: Allocation[], raisedBy: PartyRef): PartyRef {
  const employer: PartyRef = { type: 'EMPLOYER', id: String(data.payerEmployerId) };
  if (raisedBy.type === 'EMPLOYER') {
    if (raisedBy.id !== employer.id)
      throw ruleViolation(`${raisedBy.id} is not the paying employer of escrow ${String(data.id)}.`);
    const worker = allocations[0]?.workerId;
    return worker ? { type: 'WORKER', id: worker } : { type: 'TENANT', id: String(data.tenantId) };
  }
  if (raisedBy.type === 'WORKER' && !allocations.some((a) => a.workerId === raisedBy.id))
    throw ruleViolation(`Worker ${raisedBy.id} has no allocation in dispute in escrow ${String(data.id)}.`);
  return employer;
}

/** Freezes allocations for a dispute: no timer, the dispute's id, and the escrow DISPUTED. */
export function freeze(
  ctx: OperationContext,
  work: EscrowWork,
  allocations: Allocation[],
  disputeId: string,
  cause: { action?: string; trigger?: string },
) {
  for (const a of allocations) Object.assign(a, { state: 'DISPUTED', disputeId, autoReleaseAt: null });
  work.data.disputeId = disputeId;
  moveTo(ctx, work, 'DISPUTED', cause);
}

/** The allocations a dispute would freeze: the named assignment's, or every open one. */
export function toFreeze(work: EscrowWork, assignmentId: unknown, now: Date): Allocation[] {
  const open = allocationsOf(work).filter((a) => a.state === 'OPEN');
  const chosen =
    typeof assignmentId === 'string'
      ? allocationsOf(work).filter((a) => a.assignmentId === assignmentId)
      : open;
  if (typeof assignmentId === 'string' && !chosen.length)
    throw ruleViolation(`Assignment ${assignmentId} has no allocation in escrow ${work.row.id}.`);
  const closed = chosen.find((a) => a.state !== 'OPEN');
  if (closed || !chosen.length)
    throw new ProblemError(
      409,
      'conflict',
      `Only open money can be frozen; ${closed ? `the allocation of ${closed.assignmentId} is ${closed.state}` : 'no allocation is open'}. Raise a dispute with POST /disputes instead.`,
    );
  const late = chosen.find((a) => a.autoReleaseAt && ms(a.autoReleaseAt) <= now.getTime());
  if (late)
    throw ruleViolation(
      `The wage-protection timer of ${late.assignmentId} passed at ${late.autoReleaseAt}: the wages are due to the worker (docs/domains/settlement.md "Wage protection").`,
    );
  return chosen;
}

/** `escrows.dispute`: opens an ESCROW_ACTION dispute and freezes the money in dispute (HELD → DISPUTED). */
export async function escrowDispute(
  ctx: OperationContext,
  row: ObjectRow,
  body: Data,
  targets: string[],
): Promise<ActionOutcome> {
  const work = workOf(row);
  await syncAllocations(ctx, work);
  const chosen = toFreeze(work, body.assignmentId, ctx.nowDate);
  if (typeof body.claimedFen === 'number' && body.claimedFen > Number(work.data.amountFen))
    throw ruleViolation(
      `claimedFen ${body.claimedFen} exceeds the escrow's amount ${String(work.data.amountFen)}.`,
    );
  const raisedBy = body.raisedBy as PartyRef;
  const respondent = partiesOfDispute(work.data, chosen, raisedBy);
  const disputeId = await insertDispute(ctx, {
    origin: 'ESCROW_ACTION',
    tenantId: row.tenantId,
    assignmentId: typeof body.assignmentId === 'string' ? body.assignmentId : null,
    escrowId: row.id,
    raisedBy,
    respondent,
    category: String(body.category),
    description: String(body.description),
    claimedFen: (body.claimedFen as number | undefined) ?? null,
    priority: (body.priority as string | undefined) ?? 'NORMAL',
    evidence: (body.evidence as Data[] | undefined) ?? [],
    action: 'escrows.dispute',
  });
  freeze(ctx, work, chosen, disputeId, { action: 'escrows.dispute' });
  await recompute(ctx, work);
  if (!targets.includes('DISPUTED')) throw new Error('escrows.dispute must lead to DISPUTED');
  return { to: 'DISPUTED', data: work.data, internal: work.internal, partyTenantIds: work.partyTenantIds };
}
