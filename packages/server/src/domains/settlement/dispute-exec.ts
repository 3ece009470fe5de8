import type { OperationContext } from '../../context.js';
import { notFound, ProblemError, ruleViolation } from '../../http/problem.js';
import { saveObject } from '../../store/objects.js';
import { allocationsOf, type EscrowWork } from './escrow-work.js';
import { type Allocation, type Data, findTyped, transitioned } from './model.js';
import type { ReleaseItem } from './settle.js';

type Split = {
  workerFen: number;
  employerFen: number;
  allocations?: Array<{ assignmentId: string; workerFen: number }>;
};

const sameSplit = (a: Split | undefined, b: Split | undefined) =>
  Boolean(a && b) &&
  a?.workerFen === b?.workerFen &&
  a?.employerFen === b?.employerFen &&
  JSON.stringify(a?.allocations ?? []) === JSON.stringify(b?.allocations ?? []);

/**
 * The allocations a RESOLVED dispute froze on this escrow and what its outcome gives each, checked
 * against the request: RELEASE_ALL and SPLIT execute by release (a SPLIT only with exactly the
 * recorded split), REFUND_ALL by refund (docs/domains/settlement.md "Why a split only there").
 */
export async function disputeExecution(
  ctx: OperationContext,
  work: EscrowWork,
  disputeId: string,
  by: 'release' | 'refund',
  split?: Split,
): Promise<{ items: ReleaseItem[]; frozen: Allocation[] }> {
  const dispute = await findTyped(ctx, 'Dispute', disputeId);
  const d = dispute?.data as Data | undefined;
  if (!dispute || d?.escrowId !== work.row.id) throw notFound('dispute of this escrow', disputeId);
  if (dispute.status !== 'RESOLVED')
    throw new ProblemError(
      409,
      'conflict',
      `Dispute ${disputeId} is ${dispute.status}; only a RESOLVED outcome can be executed.`,
      { currentState: dispute.status },
    );
  const outcome = d.outcome as { type: string; split?: Split };
  const frozen = allocationsOf(work).filter((a) => a.state === 'DISPUTED' && a.disputeId === disputeId);
  if (!frozen.length)
    throw new ProblemError(
      409,
      'conflict',
      `Dispute ${disputeId} froze no open money of escrow ${work.row.id}; its outcome was executed already.`,
    );
  const fits =
    by === 'refund'
      ? outcome.type === 'REFUND_ALL'
      : outcome.type === 'RELEASE_ALL' || outcome.type === 'SPLIT';
  if (!fits)
    throw ruleViolation(
      `Dispute ${disputeId} has outcome ${outcome.type}; it is executed by ${outcome.type === 'REFUND_ALL' ? 'escrows.refund' : outcome.type === 'NO_ESCROW_EFFECT' ? 'nothing (close the dispute)' : 'escrows.release'}.`,
    );
  if (by === 'refund') return { items: [], frozen };
  if (outcome.type === 'RELEASE_ALL') {
    if (split) throw ruleViolation(`Dispute ${disputeId} recorded RELEASE_ALL; send no split.`);
    return { items: frozen.map((allocation) => ({ allocation })), frozen };
  }
  if (!sameSplit(split, outcome.split))
    throw ruleViolation(
      `The split must be exactly the one dispute ${disputeId} recorded: ${JSON.stringify(outcome.split)}.`,
    );
  const shares = outcome.split?.allocations;
  const items = frozen.map((allocation) => ({
    allocation,
    workerFen:
      frozen.length === 1
        ? (outcome.split?.workerFen as number)
        : (shares?.find((s) => s.assignmentId === allocation.assignmentId)?.workerFen ?? 0),
  }));
  return { items, frozen };
}

/** Closes a dispute whose outcome the escrow just executed (RESOLVED → CLOSED, trigger). */
export async function closeExecuted(
  ctx: OperationContext,
  disputeId: string,
  escrowId: string,
): Promise<void> {
  const row = await findTyped(ctx, 'Dispute', disputeId, true);
  if (row?.status !== 'RESOLVED') return;
  const data = transitioned(ctx, row.data as Data, 'CLOSED', {
    trigger: `outcome executed by escrow ${escrowId}`,
  });
  await saveObject(
    ctx.tx,
    row,
    { data: { ...data, closedAt: ctx.now, closeReason: 'OUTCOME_EXECUTED' }, status: 'CLOSED' },
    ctx.now,
  );
}
