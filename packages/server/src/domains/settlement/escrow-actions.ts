import { fundEscrow } from '@gigmarket/engine';
import { sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ProblemError, ruleViolation } from '../../http/problem.js';
import type { ActionOutcome, ResourceDefinition } from '../../operations/definitions.js';
import type { ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { syncAllocations } from './allocations.js';
import { closeExecuted, disputeExecution } from './dispute-exec.js';
import { escrowDispute } from './escrow-dispute.js';
import { applySettledStatus, unallocatedLeftFen } from './escrow-status.js';
import { allocationsOf, type EscrowWork, moveTo, recompute, workOf } from './escrow-work.js';
import { postEntry } from './ledger-store.js';
import { type Allocation, type Data, findByField, findTyped } from './model.js';
import { type ReleaseItem, refundAllocations, releaseAllocations } from './settle.js';

/** Assignment states whose work may be confirmed: submitted, accepted, or ended by an incident. */
const CONFIRMABLE = ['COMPLETED_PENDING_CONFIRMATION', 'ACCEPTED', 'ENDED_BY_INCIDENT'];
const REFUND_STATES: Record<string, string[]> = {
  CANCELLED_BEFORE_START: ['CANCELLED_BY_EMPLOYER', 'CANCELLED_BY_WORKER'],
  NO_SHOW: ['NO_SHOW'],
};

/** The outcome of an action: the working copy as saved by the generic handler, checked against the machine. */
function outcome(work: EscrowWork, targets: string[]): ActionOutcome {
  const to = String(work.data.status);
  if (!targets.includes(to)) throw new Error(`escrow rule chose ${to}, not one of ${targets.join(', ')}`);
  return { to, data: work.data, internal: work.internal, partyTenantIds: work.partyTenantIds };
}

/** Named allocations, each covered by this escrow and OPEN (409 otherwise). */
function named(work: EscrowWork, ids: string[]): Allocation[] {
  return ids.map((id) => {
    const a = allocationsOf(work).find((x) => x.assignmentId === id);
    if (!a) throw ruleViolation(`Assignment ${id} has no allocation in escrow ${work.row.id}.`);
    if (a.state !== 'OPEN')
      throw new ProblemError(409, 'conflict', `The allocation of ${id} is ${a.state}, not OPEN.`, {
        currentState: a.state,
      });
    return a;
  });
}

async function release(ctx: OperationContext, row: ObjectRow, body: Data, targets: string[]) {
  const work = workOf(row);
  await syncAllocations(ctx, work);
  const cause = {
    action: 'escrows.release',
    ...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
  };
  let items: ReleaseItem[];
  if (typeof body.disputeId === 'string') {
    if (body.assignmentIds)
      throw ruleViolation(
        'Send `assignmentIds` (a confirmation) or `disputeId` (a dispute outcome), not both.',
      );
    ({ items } = await disputeExecution(ctx, work, body.disputeId, 'release', body.split as never));
  } else {
    if (body.split)
      throw ruleViolation(
        'A split needs the `disputeId` of the resolved dispute whose outcome it executes: an employer cannot pay less than agreed on its own say-so.',
      );
    const assignments = new Map(
      (await findByField(ctx, 'Assignment', 'jobId', String(work.data.jobId))).map((r) => [
        r.id,
        r.status ?? '',
      ]),
    );
    const ids = body.assignmentIds as string[] | undefined;
    const chosen = ids
      ? named(work, ids)
      : allocationsOf(work).filter(
          (a) => a.state === 'OPEN' && CONFIRMABLE.includes(assignments.get(a.assignmentId) ?? ''),
        );
    for (const a of chosen)
      if (!CONFIRMABLE.includes(assignments.get(a.assignmentId) ?? ''))
        throw new ProblemError(
          409,
          'conflict',
          `Assignment ${a.assignmentId} is ${assignments.get(a.assignmentId) ?? 'unknown'}: its work was not submitted, so it cannot be released yet.`,
        );
    if (!chosen.length)
      throw new ProblemError(
        409,
        'conflict',
        `Escrow ${row.id} has no open allocation whose work was submitted.`,
      );
    items = chosen.map((allocation) => ({ allocation }));
  }
  await releaseAllocations(ctx, work, items);
  if (typeof body.disputeId === 'string') await closeExecuted(ctx, body.disputeId, row.id);
  await applySettledStatus(ctx, work, cause);
  return outcome(work, targets);
}

async function refund(ctx: OperationContext, row: ObjectRow, body: Data, targets: string[]) {
  const work = workOf(row);
  const code = String(body.reasonCode);
  const cause = { action: 'escrows.refund', reason: typeof body.reason === 'string' ? body.reason : code };
  if (code === 'JOB_CANCELLED' || code === 'NOT_FILLED') {
    if (row.status !== 'FUNDED')
      throw ruleViolation(
        `${code} refunds a whole escrow that is FUNDED; this one is ${row.status}, so work is committed: refund allocations instead.`,
      );
    await refundAllocations(
      ctx,
      work,
      allocationsOf(work).filter((a) => a.state === 'OPEN'),
      unallocatedLeftFen(work),
    );
  } else if (code === 'DISPUTE_OUTCOME') {
    if (typeof body.disputeId !== 'string')
      throw ruleViolation('DISPUTE_OUTCOME needs the `disputeId` of a resolved REFUND_ALL dispute.');
    const { frozen } = await disputeExecution(ctx, work, body.disputeId, 'refund');
    await refundAllocations(ctx, work, frozen);
    await closeExecuted(ctx, body.disputeId, row.id);
  } else {
    if (row.status === 'FUNDED')
      throw ruleViolation(
        `${code} refunds allocations of held work; a FUNDED escrow is refunded whole (JOB_CANCELLED, NOT_FILLED).`,
      );
    const ids = body.assignmentIds as string[] | undefined;
    if (!ids) throw ruleViolation(`${code} needs the \`assignmentIds\` to refund.`);
    const chosen = named(work, ids);
    for (const a of chosen) {
      const status = (await findTyped(ctx, 'Assignment', a.assignmentId))?.status ?? 'unknown';
      if (!REFUND_STATES[code]?.includes(status))
        throw ruleViolation(
          `Assignment ${a.assignmentId} is ${status}; ${code} needs it ${REFUND_STATES[code]?.join(' or ')} in the jobs domain.`,
        );
    }
    await refundAllocations(ctx, work, chosen);
  }
  await applySettledStatus(ctx, work, cause);
  return outcome(work, targets);
}

/** The escrow actions; each chooses its target among those the machine allows from the current state. */
export const escrowActions: NonNullable<ResourceDefinition['actions']> = {
  async fund(ctx, row, body, targets) {
    const transactionId = String(body.providerTransactionId);
    const paid = await findByTransaction(ctx, transactionId);
    if (paid && paid.id !== row.id)
      throw ruleViolation(
        `Provider transaction ${transactionId} paid merchant order ${(paid.data as Data).id}, not ${row.id}: the payment does not match this escrow (merchant order number and amount).`,
      );
    const work = workOf(row);
    work.data.providerRef = { ...(work.data.providerRef as Data), transactionId };
    moveTo(ctx, work, 'FUNDED', { action: 'escrows.fund' });
    await postFunding(ctx, row, transactionId);
    await syncAllocations(ctx, work, { hold: false });
    await recompute(ctx, work);
    return outcome(work, targets);
  },
  async hold(ctx, row, body, targets) {
    const work = workOf(row);
    await syncAllocations(ctx, work, { hold: false });
    moveTo(ctx, work, 'HELD', {
      action: 'escrows.hold',
      ...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
    });
    return outcome(work, targets);
  },
  release,
  refund,
  dispute: escrowDispute,
};

/** The escrow a provider transaction already paid, if any. */
async function findByTransaction(ctx: OperationContext, transactionId: string) {
  const [row] = await ctx.tx
    .select()
    .from(objects)
    .where(
      sql`${objects.type} = 'Escrow' AND ${objects.data}->'providerRef'->>'transactionId' = ${transactionId}`,
    );
  return row;
}

/** The FUNDING entry of a payment in (engine fundEscrow: provider → escrow). */
export async function postFunding(
  ctx: OperationContext,
  row: ObjectRow,
  transactionId: string,
): Promise<void> {
  const d = row.data as Data;
  await postEntry(
    ctx,
    {
      kind: 'FUNDING',
      objectId: row.id,
      step: 'fund',
      escrowId: row.id,
      providerTransactionId: transactionId,
      tenantId: row.tenantId,
      partyTenantIds: row.partyTenantIds,
      accounts: { [`provider:${String(d.provider)}`]: undefined },
    },
    (ledger) =>
      fundEscrow(ledger, { escrowId: row.id, provider: d.provider as never, amountFen: Number(d.amountFen) }),
  );
}
