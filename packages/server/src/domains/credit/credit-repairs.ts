import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound, ProblemError, ruleViolation } from '../../http/problem.js';
import type {
  ActionOutcome,
  Created,
  CustomHandler,
  ResourceDefinition,
} from '../../operations/definitions.js';
import { runAction } from '../../operations/generic.js';
import { findById, type ObjectRow, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { appendCreditEvent } from './effects.js';
import { listWith } from './list-support.js';
import { withProfileChange } from './notify.js';
import { isBefore, normalise } from './rules.js';
import { findSubject, type PartyRef, readsSubject } from './subjects.js';

type Data = Record<string, unknown>;

/** The E12 minimum period: no repair (request or approval) before the event's `repairableAfter`. */
function checkRepairable(ctx: OperationContext, event: Data): void {
  const after = event.repairableAfter as string | null;
  if (!event.severity || !after)
    throw ruleViolation(
      `Credit event ${event.id as string} (${event.type as string}) has no severity and cannot be repaired (E12).`,
    );
  if (isBefore(ctx.now, after))
    throw ruleViolation(
      `Credit event ${event.id as string} is ${event.severity as string}: repair is possible from repairableAfter ${after} (E12 minimum period).`,
      { repairableAfter: after },
    );
}

/** `creditRepairs.create` hook: the owner tenant asks to repair one EFFECTIVE event with a severity. */
async function createRepair(ctx: OperationContext, body: Data): Promise<Created> {
  const eventId = body.creditEventId as string;
  const eventRow = await findById(ctx.tx, eventId, true);
  const event = eventRow?.data as Data | undefined;
  const subject =
    event && eventRow?.type === 'CreditEvent' ? await findSubject(ctx, event.subject as PartyRef) : null;
  const owner = subject?.ownerTenantId ?? eventRow?.tenantId;
  if (!eventRow || !event || eventRow.type !== 'CreditEvent' || owner !== ctx.caller?.tenantId)
    throw notFound('credit event', eventId);
  if (eventRow.status !== 'EFFECTIVE')
    throw ruleViolation(
      `Credit event ${eventId} is ${eventRow.status}; only EFFECTIVE events are repaired (E12).`,
    );
  checkRepairable(ctx, event);
  const correctedAt = normalise(body.correctedAt as string);
  if (isBefore(correctedAt, event.occurredAt as string) || isBefore(ctx.now, correctedAt))
    throw ruleViolation(
      `correctedAt ${correctedAt} must lie between the event (${event.occurredAt as string}) and now.`,
    );
  const [pending] = await ctx.tx
    .select({ id: objects.id })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'CreditRepair'),
        eq(objects.status, 'PENDING'),
        sql`${objects.data}->>'creditEventId' = ${eventId}`,
      ),
    );
  if (pending)
    throw new ProblemError(409, 'conflict', `Repair ${pending.id} of ${eventId} is already PENDING.`);
  return {
    data: {
      creditEventId: eventId,
      subject: event.subject,
      eventType: event.type,
      eventSeverity: event.severity,
      repairableAfter: event.repairableAfter,
      requestedBy: ctx.caller?.tenantId,
      correctedAt,
      correctionProof: body.correctionProof,
      commitment: body.commitment,
      decision: null,
      ...(body.metadata ? { metadata: body.metadata } : {}),
    },
    status: 'PENDING',
    tenantId: eventRow.tenantId,
  };
}

/**
 * `approve`, in one step (E12): the event becomes REPAIRED, a CREDIT_REPAIRED event (0 points)
 * is appended, and the profile is recomputed by the wrapping handler.
 */
async function approve(ctx: OperationContext, row: ObjectRow): Promise<ActionOutcome> {
  const d = row.data as Data;
  const eventRow = await findById(ctx.tx, d.creditEventId as string, true);
  if (eventRow?.status !== 'EFFECTIVE')
    throw ruleViolation(
      `Credit event ${d.creditEventId as string} is ${eventRow?.status ?? 'missing'}; only EFFECTIVE events are repaired.`,
    );
  checkRepairable(ctx, eventRow.data as Data);
  await saveObject(
    ctx.tx,
    eventRow,
    { data: { ...(eventRow.data as Data), repairedBy: d.id }, status: 'REPAIRED' },
    ctx.now,
  );
  const subject = (await findSubject(ctx, d.subject as PartyRef)) ?? {
    ref: d.subject as PartyRef,
    ownerTenantId: row.tenantId,
    createdAt: null,
    row: null,
  };
  const repaired = await appendCreditEvent(ctx, {
    subject,
    type: 'CREDIT_REPAIRED',
    sourceRef: { type: 'CREDIT_REPAIR', id: d.id as string },
    origin: 'RULE',
    relatedEventId: eventRow.id,
    summary: `信用修复${d.id as string}获准，失信记录${eventRow.id}不再计入。`,
  });
  const decision = {
    outcome: 'APPROVED',
    decidedBy: ctx.caller?.tenantId,
    decidedAt: ctx.now,
    creditRepairedEventId: repaired.id,
  };
  return { to: 'APPROVED', data: { decision } };
}

function reject(ctx: OperationContext, _row: ObjectRow, body: Data): ActionOutcome {
  const decision = {
    outcome: 'REJECTED',
    decidedBy: ctx.caller?.tenantId,
    decidedAt: ctx.now,
    reason: body.reason,
  };
  return { to: 'REJECTED', data: { decision } };
}

/** Credit repair requests (信用修复, E12). */
export const creditRepairs: ResourceDefinition = {
  type: 'CreditRepair',
  prefix: 'crp',
  label: 'credit repair',
  create: createRepair,
  actions: { approve, reject },
  present: (_ctx, row) => {
    const { statusReason: _ignored, ...data } = row.data as Data;
    return data;
  },
};

/** `creditRepairs.list` with the subject filters. */
export const creditRepairsList = listWith(creditRepairs, {
  subjectType: (v) => sql`${objects.data}->'subject'->>'type' = ${String(v)}`,
  subjectId: (v) => sql`${objects.data}->'subject'->>'id' = ${String(v)}`,
});

/** `creditRepairs.approve`, announcing the recomputed profile. */
export const creditRepairsApprove: CustomHandler = async (ctx) => {
  const id = ctx.path.creditRepairId as string;
  const row = await findById(ctx.tx, id);
  const ref = (row?.data as Data | undefined)?.subject as PartyRef | undefined;
  const subject = row?.type === 'CreditRepair' && ref ? await findSubject(ctx, ref) : null;
  if (!subject || !readsSubject(ctx, subject)) return runAction(creditRepairs, ctx, id);
  return withProfileChange(ctx, subject, () => runAction(creditRepairs, ctx, id));
};
