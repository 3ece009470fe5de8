import { computeCreditProfile } from '@gigmarket/engine';
import type { OperationContext } from '../../context.js';
import { insertObject, type ObjectRow } from '../../store/objects.js';
import {
  type CreditEventType,
  EVENT_TABLE,
  periodsOf,
  scoreDeltaOf,
  severityOf,
  sourceTypeOf,
} from './event-table.js';
import { withProfileChange } from './notify.js';
import { subjectRows } from './profile.js';
import { addDays, creditRules, isBefore, normalise } from './rules.js';
import { findSubject, type PartyRef, type Subject } from './subjects.js';

type Data = Record<string, unknown>;

/** What a credit event rests on (CreditEventSource). */
export interface CreditEventSource {
  type: string;
  id?: string;
  documentNo?: string;
}

/** A new credit event; severity, points, score effect and periods are always derived here. */
export interface NewCreditEvent {
  subject: Subject;
  type: CreditEventType;
  sourceRef: CreditEventSource;
  origin: 'RULE' | 'REGULATOR';
  occurredAt?: string;
  summary?: string;
  /** A regulator's shorter publication period, already checked against the severity's range. */
  publicUntil?: string;
  /** For RATING_RECEIVED: the published rating's stars (kept server-side; the score needs them). */
  stars?: number;
  relatedEventId?: string | null;
  metadata?: Record<string, string>;
}

/** NO_SHOW escalates to GENERAL when it is the n-th within the window (engine `noShowEscalation`). */
async function noShowSeverity(ctx: OperationContext, subject: Subject, occurredAt: string) {
  const rules = creditRules(ctx);
  const from = addDays(occurredAt, -rules.noShowEscalation.value.windowDays);
  const recent = (await subjectRows(ctx, 'CreditEvent', subject.ref.id))
    .map((r) => r.data as Data)
    .filter((d) => d.type === 'NO_SHOW' && d.status !== 'REPAIRED')
    .filter((d) => !isBefore(d.occurredAt as string, from) && !isBefore(occurredAt, d.occurredAt as string));
  const events = [...recent, { id: 'new', occurredAt }].map((d) => ({
    id: d.id as string,
    type: 'NO_SHOW' as const,
    occurredAt: d.occurredAt as string,
  }));
  const factor = computeCreditProfile(events, occurredAt, rules, 'WORKER').factors.find(
    (f) => f.kind === 'NO_SHOW',
  );
  return factor?.severity === 'GENERAL' ? 'GENERAL' : 'MINOR';
}

/**
 * Appends one credit event (append-only; docs/domains/credit.md §Credit events) without announcing
 * the profile change: callers wrap it in `withProfileChange`. The row belongs to the subject's owner
 * tenant, so only it and regulators read it.
 */
export async function appendCreditEvent(ctx: OperationContext, input: NewCreditEvent): Promise<ObjectRow> {
  const rules = creditRules(ctx);
  const occurredAt = normalise(input.occurredAt ?? ctx.now);
  const severity =
    input.type === 'NO_SHOW'
      ? await noShowSeverity(ctx, input.subject, occurredAt)
      : severityOf(input.type, input.stars);
  const periods = periodsOf(severity, occurredAt, rules);
  const publicUntil = input.publicUntil ? normalise(input.publicUntil) : periods.publicUntil;
  const status = isBefore(ctx.now, publicUntil) ? 'EFFECTIVE' : 'EXPIRED';
  const id = ctx.newId('cev');
  const data: Data = {
    id,
    subject: input.subject.ref,
    type: input.type,
    severity,
    scoreDelta: scoreDeltaOf(input.type, rules, input.stars),
    scoreEffect: EVENT_TABLE[input.type].scoreEffect,
    origin: input.origin,
    sourceRef: input.sourceRef,
    summary:
      input.summary ?? `${EVENT_TABLE[input.type].label}${input.stars ? `（${input.stars}星）` : ''}。`,
    occurredAt,
    publicUntil,
    repairableAfter: periods.repairableAfter,
    status,
    repairedBy: null,
    relatedEventId: input.relatedEventId ?? null,
    recordedBy: ctx.caller?.tenantId ?? input.subject.ownerTenantId,
    ...(input.metadata ? { metadata: input.metadata } : {}),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  return insertObject(ctx.tx, {
    id,
    type: 'CreditEvent',
    tenantId: input.subject.ownerTenantId,
    partyTenantIds: [],
    isPublic: false,
    status,
    data,
    internal: input.stars ? { stars: input.stars } : {},
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
}

/**
 * The contract other domains call when a rule fires in their API (an assignment accepted, a no-show,
 * a late cancellation, an escrow auto-released, a dispute lost, a posting taken down…): records the
 * `type` event for the subject with severity, points and periods from the engine's rules, and sends
 * `creditProfile.changed` when the profile changed. `sourceRef` is the ID of the object it rests on;
 * the same type, subject and source twice is recorded once. `tenantId` is the subject's owner tenant
 * when the subject's record is not in this server.
 */
export async function recordCreditEvent(
  ctx: OperationContext,
  input: {
    subjectType: 'WORKER' | 'EMPLOYER' | 'TENANT';
    subjectId: string;
    type: string;
    sourceRef?: string;
    tenantId?: string;
  },
): Promise<void> {
  const ref: PartyRef = { type: input.subjectType, id: input.subjectId };
  const owner = input.tenantId ?? ctx.caller?.tenantId;
  const subject =
    (await findSubject(ctx, ref)) ??
    (owner ? { ref, ownerTenantId: owner, createdAt: null, row: null } : null);
  if (!subject || !(input.type in EVENT_TABLE)) return;
  const sourceRef: CreditEventSource = input.sourceRef
    ? { type: sourceTypeOf(input.sourceRef), id: input.sourceRef }
    : { type: 'ADMINISTRATIVE_DECISION' };
  if (input.sourceRef && (await findDuplicate(ctx, ref.id, input.type, sourceRef))) return;
  await withProfileChange(ctx, subject, () =>
    appendCreditEvent(ctx, { subject, type: input.type as CreditEventType, sourceRef, origin: 'RULE' }),
  );
}

/** An event of the same type, subject and source (so that no decision counts twice). */
export async function findDuplicate(
  ctx: OperationContext,
  subjectId: string,
  type: string,
  sourceRef: CreditEventSource,
): Promise<ObjectRow | undefined> {
  const same = (a: CreditEventSource) =>
    a.type === sourceRef.type &&
    (a.id ?? null) === (sourceRef.id ?? null) &&
    (a.documentNo ?? null) === (sourceRef.documentNo ?? null);
  return (await subjectRows(ctx, 'CreditEvent', subjectId)).find(
    (r) => (r.data as Data).type === type && same((r.data as Data).sourceRef as CreditEventSource),
  );
}
