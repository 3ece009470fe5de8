import { sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound, ProblemError, ruleViolation } from '../../http/problem.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { objects } from '../../store/schema.js';
import { appendCreditEvent, type CreditEventSource, findDuplicate } from './effects.js';
import { type CreditEventType, periodsOf, severityOf } from './event-table.js';
import { listWith } from './list-support.js';
import { withProfileChange } from './notify.js';
import { creditRules, isBefore } from './rules.js';
import { findSubject, type PartyRef } from './subjects.js';

type Data = Record<string, unknown>;

/** Credit events: append-only, read by the subject's owner tenant and regulators. */
export const creditEvents: ResourceDefinition = {
  type: 'CreditEvent',
  // creditEvents.list: newest `occurredAt` first
  listOrder: { fields: ['occurredAt'], direction: 'desc' },
  prefix: 'cev',
  label: 'credit event',
};

/** `creditEvents.list` with the subject, multi-type and `since` filters. */
export const creditEventsList = listWith(creditEvents, {
  subjectType: (v) => sql`${objects.data}->'subject'->>'type' = ${String(v)}`,
  subjectId: (v) => sql`${objects.data}->'subject'->>'id' = ${String(v)}`,
  type: (v) => {
    const types = [v].flat().map(String);
    return types.length
      ? sql`${objects.data}->>'type' IN (${sql.join(
          types.map((t) => sql`${t}`),
          sql`, `,
        )})`
      : undefined;
  },
  since: (v) => sql`(${objects.data}->>'occurredAt')::timestamptz >= ${String(v)}::timestamptz`,
});

/** A regulator's publication period must lie in the severity's E12 range. */
function checkPublicUntil(
  ctx: OperationContext,
  type: CreditEventType,
  occurredAt: string,
  publicUntil?: string,
) {
  if (!publicUntil) return;
  const severity = severityOf(type);
  const { publicUntil: max, minPublicUntil: min } = periodsOf(severity, occurredAt, creditRules(ctx));
  if (!isBefore(occurredAt, publicUntil) || isBefore(publicUntil, min) || isBefore(max, publicUntil))
    throw ruleViolation(
      `publicUntil ${publicUntil} is outside the ${severity ?? 'default'} publication period: after ${min} and at most ${max} (E12, 信用修复管理办法).`,
    );
}

/**
 * `creditEvents.create`: a regulator records a decision taken outside this API. Severity, points,
 * score effect and periods come from the event table; the same type, subject and source is `409`.
 */
export const creditEventsCreate: CustomHandler = async (ctx) => {
  const body = ctx.body as Data;
  const ref = body.subject as PartyRef;
  const type = body.type as CreditEventType;
  const sourceRef = body.sourceRef as CreditEventSource;
  const occurredAt = body.occurredAt as string;
  if (ref.type !== 'EMPLOYER')
    throw ruleViolation(
      `${type} is recorded for employers only (docs/domains/credit.md, the event table); subject is a ${ref.type}.`,
    );
  if (isBefore(ctx.now, occurredAt))
    throw ruleViolation(`occurredAt ${occurredAt} is in the future; record a decision once it is taken.`);
  const subject = await findSubject(ctx, ref);
  if (!subject) throw notFound('employer', ref.id);
  checkPublicUntil(ctx, type, occurredAt, body.publicUntil as string | undefined);
  if (await findDuplicate(ctx, ref.id, type, sourceRef))
    throw new ProblemError(
      409,
      'conflict',
      `A ${type} event for ${ref.id} on this sourceRef is already recorded; a decision counts once.`,
    );
  const row = await withProfileChange(ctx, subject, () =>
    appendCreditEvent(ctx, {
      subject,
      type,
      sourceRef,
      origin: 'REGULATOR',
      occurredAt,
      summary: body.summary as string,
      ...(body.publicUntil ? { publicUntil: body.publicUntil as string } : {}),
      ...(body.metadata ? { metadata: body.metadata as Record<string, string> } : {}),
    }),
  );
  return { status: 201, body: row.data, headers: { Location: `${ctx.op.path}/${row.id}` } };
};
