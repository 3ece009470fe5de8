import { eq, or } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound, ProblemError, ruleViolation, validationProblem } from '../../http/problem.js';
import type { ResourceDefinition } from '../../operations/definitions.js';
import { findVisible, type ObjectRow, visibleTo } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { syncAllocations } from './allocations.js';
import { disputeActions } from './dispute-actions.js';
import { disputeRecord, type PartyRef } from './dispute-open.js';
import { freeze } from './escrow-dispute.js';
import { activeEscrowFor, allocationsOf, recompute, saveEscrow, workOf } from './escrow-work.js';
import { type Data, findTyped } from './model.js';

async function visible(ctx: OperationContext, type: string, id: string, label: string): Promise<ObjectRow> {
  const row = await findVisible(
    ctx.tx,
    type,
    id,
    or(visibleTo(ctx.caller, 'party'), eq(objects.isPublic, true)),
  );
  if (!row) throw notFound(label, id);
  return row;
}

/** The raising party must be the worker or the employer of the assignment or escrow; returns the other one. */
function respondentOf(raisedBy: PartyRef, workers: string[], employers: string[]): PartyRef {
  if (raisedBy.type === 'WORKER' && workers.includes(raisedBy.id))
    return { type: 'EMPLOYER', id: employers[0] as string };
  if (raisedBy.type === 'EMPLOYER' && employers.includes(raisedBy.id) && workers[0])
    return { type: 'WORKER', id: workers[0] };
  throw ruleViolation(
    `${raisedBy.type} ${raisedBy.id} is not a party of the assignment or escrow in dispute.`,
  );
}

/**
 * `disputes.create` (origin PARTY): checks the parties, and freezes open money of a HELD escrow:
 * the assignment's allocation, or every open one when only the escrow is named.
 */
async function create(ctx: OperationContext, body: Data) {
  if (!body.assignmentId && !body.escrowId)
    throw validationProblem([
      { pointer: '/assignmentId', detail: 'name the assignment, the escrow, or both', code: 'required' },
    ]);
  const assignment =
    typeof body.assignmentId === 'string'
      ? await visible(ctx, 'Assignment', body.assignmentId, 'assignment')
      : undefined;
  let escrow =
    typeof body.escrowId === 'string' ? await visible(ctx, 'Escrow', body.escrowId, 'escrow') : undefined;
  if (
    escrow &&
    assignment &&
    escrow.status !== 'EXPIRED' &&
    (escrow.data as Data).jobId !== (assignment.data as Data).jobId
  )
    throw ruleViolation(`Escrow ${escrow.id} does not cover assignment ${assignment.id}.`);
  if (!escrow && assignment) escrow = await activeEscrowFor(ctx, assignment);
  else if (escrow) escrow = await findTyped(ctx, 'Escrow', escrow.id, true);
  const e = escrow?.data as Data | undefined;
  if (e && typeof body.claimedFen === 'number' && body.claimedFen > Number(e.amountFen))
    throw ruleViolation(`claimedFen ${body.claimedFen} exceeds the escrow's amount ${String(e.amountFen)}.`);
  const a = assignment?.data as Data | undefined;
  const workers = a
    ? [String(a.workerId)]
    : ((e?.allocations as Data[] | undefined) ?? []).map((x) => String(x.workerId));
  const employers = [a?.employerId, e?.payerEmployerId].filter((x): x is string => typeof x === 'string');
  const respondent = respondentOf(body.raisedBy as PartyRef, workers, employers);
  const id = ctx.newId('dsp');
  const tenantId = escrow?.tenantId ?? (ctx.caller?.tenantId as string);
  const { data, partyTenantIds } = await disputeRecord(
    ctx,
    {
      origin: 'PARTY',
      tenantId,
      assignmentId: assignment?.id ?? null,
      escrowId: escrow?.id ?? null,
      raisedBy: body.raisedBy as PartyRef,
      respondent,
      category: String(body.category),
      description: String(body.description),
      claimedFen: (body.claimedFen as number | undefined) ?? null,
      priority: (body.priority as string | undefined) ?? 'NORMAL',
      evidence: (body.evidence as Data[] | undefined) ?? [],
      action: 'disputes.create',
    },
    id,
  );
  if (escrow && ['HELD', 'DISPUTED'].includes(escrow.status ?? '')) {
    const work = workOf(escrow);
    await syncAllocations(ctx, work);
    const mine = assignment
      ? allocationsOf(work).filter((x) => x.assignmentId === assignment.id)
      : allocationsOf(work);
    if (mine.some((x) => x.state === 'DISPUTED') && !mine.some((x) => x.state === 'OPEN'))
      throw new ProblemError(
        409,
        'conflict',
        `The money in dispute is already frozen by dispute ${String(mine.find((x) => x.state === 'DISPUTED')?.disputeId)}.`,
      );
    const open = mine.filter((x) => x.state === 'OPEN');
    if (open.length) {
      freeze(ctx, work, open, id, { trigger: `dispute ${id} opened by disputes.create` });
      await recompute(ctx, work);
      await saveEscrow(ctx, work);
    }
  }
  return { data: { ...data, id }, status: 'OPEN', tenantId, partyTenantIds };
}

/** Disputes (劳务纠纷 / 劳动争议): negotiation, mediation (15 days, E14), arbitration referral, outcome. */
export const disputes: ResourceDefinition = {
  type: 'Dispute',
  prefix: 'dsp',
  label: 'dispute',
  create,
  actions: disputeActions,
};
