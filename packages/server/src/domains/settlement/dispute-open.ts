import type { OperationContext } from '../../context.js';
import { insertObject, type ObjectRow, saveObject } from '../../store/objects.js';
import { partiesOf } from './escrow-work.js';
import { type Data, distinct, historyEntry } from './model.js';

/** A party of the market (openapi PartyRef). */
export interface PartyRef {
  type: 'WORKER' | 'EMPLOYER' | 'TENANT';
  id: string;
}

export interface NewDispute {
  origin: 'PARTY' | 'ESCROW_ACTION' | 'ASSIGNMENT_ACTION' | 'BAD_REVIEW';
  /** The handling tenant: the one running the escrow, else the one opening the dispute. */
  tenantId: string;
  assignmentId: string | null;
  escrowId: string | null;
  raisedBy: PartyRef;
  respondent: PartyRef;
  category: string;
  description: string;
  claimedFen?: number | null;
  priority?: string;
  evidence?: Data[];
  /** The operation that opened it, or null when the server did. */
  action: string | null;
}

/** The data and visibility of a new OPEN dispute (docs/domains/settlement.md "Disputes"). */
export async function disputeRecord(ctx: OperationContext, input: NewDispute, id: string) {
  const data: Data = {
    id,
    tenantId: input.tenantId,
    origin: input.origin,
    assignmentId: input.assignmentId,
    escrowId: input.escrowId,
    raisedBy: input.raisedBy,
    respondent: input.respondent,
    category: input.category,
    description: input.description,
    claimedFen: input.claimedFen ?? null,
    priority: input.priority ?? 'NORMAL',
    evidence: input.evidence ?? [],
    mediator: null,
    mediationStartedAt: null,
    mediationDeadline: null,
    outcome: null,
    resolvedAt: null,
    arbitration: null,
    closedAt: null,
    closeReason: null,
    status: 'OPEN',
    history: [
      historyEntry(
        ctx,
        null,
        'OPEN',
        input.action ? { action: input.action } : { trigger: `${input.origin} dispute opened` },
      ),
    ],
  };
  const partyTenantIds = distinct(
    [ctx.caller?.tenantId, ...(await partiesOf(ctx, [input.escrowId, input.assignmentId], input.tenantId))],
    input.tenantId,
  );
  return { data, partyTenantIds };
}

/** Inserts a dispute opened by an action (not by `disputes.create`, whose row the generic handler writes). */
export async function insertDispute(ctx: OperationContext, input: NewDispute): Promise<string> {
  const id = ctx.newId('dsp');
  const { data, partyTenantIds } = await disputeRecord(ctx, input, id);
  await insertObject(ctx.tx, {
    id,
    type: 'Dispute',
    tenantId: input.tenantId,
    partyTenantIds,
    isPublic: false,
    status: 'OPEN',
    data: { ...data, createdAt: ctx.now, updatedAt: ctx.now },
    internal: {},
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  return id;
}

/** The dispute the employer opens with `assignments.dispute` (origin ASSIGNMENT_ACTION); links it on the assignment. */
export async function openAssignmentDispute(
  ctx: OperationContext,
  assignment: ObjectRow,
  escrowId: string | null,
): Promise<string> {
  const a = assignment.data as Data;
  const id = await insertDispute(ctx, {
    origin: 'ASSIGNMENT_ACTION',
    tenantId: assignment.tenantId,
    assignmentId: assignment.id,
    escrowId,
    raisedBy: { type: 'EMPLOYER', id: String(a.employerId) },
    respondent: { type: 'WORKER', id: String(a.workerId) },
    category: 'QUALITY',
    description: `雇主对派工单 ${assignment.id} 的完工提出异议（assignments.dispute）`,
    action: null,
  });
  await saveObject(ctx.tx, assignment, { data: { ...a, disputeId: id } }, ctx.now);
  return id;
}
