import { autoReleaseAt } from '@gigmarket/engine';
import type { OperationContext } from '../../context.js';
import { shanghaiIso } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import type { ResourceDefinition } from '../../operations/definitions.js';
import { type ObjectRow, saveObject } from '../../store/objects.js';
import { recordCreditEvent } from '../credit/effects.js';
import { allocationsOf, moveTo, recompute, saveEscrow, workOf } from './escrow-work.js';
import { type Allocation, type Data, distinct, findTyped, rulesFor, transitioned } from './model.js';
import { openArrearsCase } from './wage-arrears.js';

type Outcome = {
  type: string;
  split?: {
    workerFen: number;
    employerFen: number;
    allocations?: Array<{ assignmentId: string; workerFen: number }>;
  };
};

/** The escrow allocations this dispute froze (the money in dispute). */
async function frozenBy(ctx: OperationContext, dispute: ObjectRow): Promise<Allocation[]> {
  const escrow = await findTyped(ctx, 'Escrow', (dispute.data as Data).escrowId);
  return (((escrow?.data as Data | undefined)?.allocations as Allocation[] | undefined) ?? []).filter(
    (a) => a.state === 'DISPUTED' && a.disputeId === dispute.id,
  );
}

/** The outcome must fit the frozen money (docs/domains/settlement.md "resolve"). */
function checkOutcome(outcome: Outcome, frozen: Allocation[]): void {
  if ((outcome.type === 'SPLIT') !== Boolean(outcome.split))
    throw ruleViolation('`split` is required with a SPLIT outcome and absent otherwise.');
  const inDispute = frozen.reduce((s, a) => s + a.amountFen, 0);
  if (!frozen.length && outcome.type !== 'NO_ESCROW_EFFECT')
    throw ruleViolation(
      `This dispute froze no escrowed money, so its outcome can only be NO_ESCROW_EFFECT, not ${outcome.type}.`,
    );
  if (frozen.length && outcome.type === 'NO_ESCROW_EFFECT')
    throw ruleViolation(
      `This dispute froze ${inDispute} fen; the outcome must say where it goes (RELEASE_ALL, REFUND_ALL or SPLIT).`,
    );
  const split = outcome.split;
  if (!split) return;
  if (split.workerFen + split.employerFen !== inDispute)
    throw ruleViolation(
      `The split ${split.workerFen} + ${split.employerFen} fen must add up to the money in dispute, ${inDispute} fen.`,
    );
  if (frozen.length > 1) {
    const shares = split.allocations ?? [];
    const sum = shares.reduce((s, x) => s + x.workerFen, 0);
    const ok =
      shares.length === frozen.length &&
      sum === split.workerFen &&
      frozen.every((a) =>
        shares.some((x) => x.assignmentId === a.assignmentId && x.workerFen <= a.amountFen),
      );
    if (!ok)
      throw ruleViolation(
        'With several allocations in dispute, `split.allocations` gives each one its share (≤ its amount), adding up to workerFen.',
      );
  }
}

/** A withdrawn dispute's work order is back awaiting confirmation, with a fresh acceptance timer. */
async function reopenWorkOrder(ctx: OperationContext, assignmentId: unknown, timer: string): Promise<void> {
  const asg = await findTyped(ctx, 'Assignment', assignmentId, true);
  if (asg?.status === 'DISPUTED')
    await saveObject(
      ctx.tx,
      asg,
      { data: { ...(asg.data as Data), autoAcceptAt: timer }, status: 'COMPLETED_PENDING_CONFIRMATION' },
      ctx.now,
    );
}

/**
 * A withdrawal puts the disputed work order back to COMPLETED_PENDING_CONFIRMATION (whether or not
 * the dispute froze money), and reopens the frozen allocations with a fresh 72-hour timer; the
 * escrow returns to HELD when nothing else is frozen.
 */
async function reopen(ctx: OperationContext, dispute: ObjectRow): Promise<void> {
  const timer = autoReleaseAt(ctx.now, rulesFor(ctx));
  const disputed = (dispute.data as Data).assignmentId;
  if (disputed) await reopenWorkOrder(ctx, disputed, timer);
  const escrow = await findTyped(ctx, 'Escrow', (dispute.data as Data).escrowId, true);
  if (!escrow) return;
  const work = workOf(escrow);
  const frozen = allocationsOf(work).filter((a) => a.state === 'DISPUTED' && a.disputeId === dispute.id);
  if (frozen.length === 0) return;
  for (const a of frozen) {
    Object.assign(a, { state: 'OPEN', disputeId: null, autoReleaseAt: timer });
    if (a.assignmentId !== disputed) await reopenWorkOrder(ctx, a.assignmentId, timer);
  }
  if (!allocationsOf(work).some((a) => a.state === 'DISPUTED'))
    moveTo(ctx, work, 'HELD', {
      trigger: `dispute ${dispute.id} withdrawn, last frozen allocation reopened`,
    });
  await recompute(ctx, work);
  await saveEscrow(ctx, work);
}

const reasonOf = (body: Data) => (typeof body.reason === 'string' ? { reason: body.reason } : {});

export const disputeActions: NonNullable<ResourceDefinition['actions']> = {
  startMediation(ctx, row, body) {
    const mediator = { tenantId: null, gigMarketId: null, ...(body.mediator as Data) };
    const days = rulesFor(ctx).mediationDays.value;
    const data = transitioned(ctx, row.data as Data, 'MEDIATING', {
      action: 'disputes.startMediation',
      ...reasonOf(body),
    });
    return {
      to: 'MEDIATING',
      data: {
        ...data,
        mediator,
        mediationStartedAt: ctx.now,
        mediationDeadline: shanghaiIso(new Date(ctx.nowDate.getTime() + days * 86_400_000)),
      },
      partyTenantIds: distinct([...row.partyTenantIds, mediator.tenantId], row.tenantId),
    };
  },
  referToArbitration(ctx, row, body) {
    const awardDays = rulesFor(ctx).arbitration.value.awardDays;
    const accepted = typeof body.acceptedOn === 'string' ? new Date(`${body.acceptedOn}T00:00:00Z`) : null;
    const arbitration = {
      externalCaseNo: body.externalCaseNo,
      committeeName: body.committeeName,
      referredAt: ctx.now,
      ...(accepted
        ? { awardDueBy: new Date(accepted.getTime() + awardDays * 86_400_000).toISOString().slice(0, 10) }
        : {}),
    };
    const data = transitioned(ctx, row.data as Data, 'REFERRED_TO_ARBITRATION', {
      action: 'disputes.referToArbitration',
      ...reasonOf(body),
    });
    return { to: 'REFERRED_TO_ARBITRATION', data: { ...data, arbitration } };
  },
  async resolve(ctx, row, body) {
    const outcome = body.outcome as Outcome & Data;
    checkOutcome(outcome, await frozenBy(ctx, row));
    const d = row.data as Data;
    const data = transitioned(ctx, d, 'RESOLVED', { action: 'disputes.resolve', ...reasonOf(body) });
    const lost =
      ['NON_PAYMENT', 'PAY_AMOUNT'].includes(String(d.category)) &&
      (outcome.type === 'RELEASE_ALL' || (outcome.type === 'SPLIT' && (outcome.split?.workerFen ?? 0) > 0));
    if (lost) await employerLost(ctx, row, outcome);
    return {
      to: 'RESOLVED',
      data: { ...data, outcome: { documentNo: null, ...outcome }, resolvedAt: ctx.now },
    };
  },
  async close(ctx, row, body) {
    const reason = String(body.closeReason);
    const frozen = await frozenBy(ctx, row);
    if (row.status === 'RESOLVED' && reason !== 'OUTCOME_EXECUTED')
      throw ruleViolation(`A RESOLVED dispute closes as OUTCOME_EXECUTED, not ${reason}.`);
    if (row.status === 'RESOLVED' && frozen.length)
      throw ruleViolation(
        `The outcome still has to move ${frozen.length} frozen allocation(s): execute it with escrows.release or escrows.refund; the dispute then closes by itself.`,
      );
    if (row.status !== 'RESOLVED' && reason === 'OUTCOME_EXECUTED')
      throw ruleViolation(
        'Only a RESOLVED dispute has an outcome to execute; close it as WITHDRAWN or TRANSFERRED.',
      );
    if (reason === 'TRANSFERRED' && frozen.length)
      throw ruleViolation(
        'A dispute that froze escrowed money can close early only as WITHDRAWN, which reopens the money.',
      );
    if (reason === 'WITHDRAWN') await reopen(ctx, row);
    const data = transitioned(ctx, row.data as Data, 'CLOSED', {
      action: 'disputes.close',
      ...reasonOf(body),
    });
    return { to: 'CLOSED', data: { ...data, closedAt: ctx.now, closeReason: reason } };
  },
};

/** A lost NON_PAYMENT or PAY_AMOUNT dispute: a credit event against the employer and a wage-arrears case (§3.7). */
async function employerLost(ctx: OperationContext, row: ObjectRow, outcome: Outcome): Promise<void> {
  const d = row.data as Data;
  const employer = [d.raisedBy, d.respondent]
    .map((p) => p as { type: string; id: string })
    .find((p) => p.type === 'EMPLOYER');
  const worker = [d.raisedBy, d.respondent]
    .map((p) => p as { type: string; id: string })
    .find((p) => p.type === 'WORKER');
  if (!employer) return;
  await recordCreditEvent(ctx, {
    subjectType: 'EMPLOYER',
    subjectId: employer.id,
    type: 'DISPUTE_LOST_NON_PAYMENT',
    sourceRef: row.id,
    tenantId: row.tenantId,
  });
  const frozen = await frozenBy(ctx, row);
  const owed =
    outcome.split?.workerFen ?? (frozen.reduce((s, a) => s + a.amountFen, 0) || Number(d.claimedFen ?? 0));
  if (owed > 0 && worker)
    await openArrearsCase(ctx, {
      tenantId: row.tenantId,
      employerId: employer.id,
      workerIds: [worker.id],
      amountOwedFen: owed,
      escrowId: (d.escrowId as string | null) ?? null,
      disputeId: row.id,
      assignmentIds: d.assignmentId ? [String(d.assignmentId)] : [],
      description: `争议 ${row.id}（${String(d.category)}）雇主败诉，应付工资 ${owed} 分`,
    });
}
