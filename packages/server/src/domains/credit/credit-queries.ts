import { sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound, ruleViolation } from '../../http/problem.js';
import type { Created, ResourceDefinition } from '../../operations/definitions.js';
import { findById } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { listWith } from './list-support.js';
import { computeProfile } from './profile.js';
import { isBefore } from './rules.js';
import { findSubject, type PartyRef, type Subject } from './subjects.js';

type Data = Record<string, unknown>;

/** Workers and household employers are personal information (PIPL): looking them up needs consent. */
const needsConsent = (subject: Subject) =>
  subject.ref.type === 'WORKER' ||
  (subject.ref.type === 'EMPLOYER' && (subject.row?.data as Data | undefined)?.kind === 'INDIVIDUAL');

/**
 * The consent a query relies on must exist, be GRANTED and not lapsed, be for CREDIT_QUERY, name
 * the asking tenant (as the tenant that obtained it or as its recipient) and, for a worker, be
 * that worker's; otherwise `422` (CreditQueryCreate).
 */
async function checkConsent(ctx: OperationContext, subject: Subject, consentRef: string): Promise<void> {
  const row = await findById(ctx.tx, consentRef);
  const c = row?.type === 'Consent' ? (row.data as Data) : undefined;
  const fail = (why: string) =>
    ruleViolation(
      `consentRef ${consentRef} ${why}; a credit query about ${subject.ref.id} needs its consent in force for CREDIT_QUERY naming your tenant (PIPL).`,
    );
  if (!c) throw fail('does not exist');
  const tenant = ctx.caller?.tenantId;
  const recipient = (c.recipient as Data | undefined)?.tenantId;
  if (c.status !== 'GRANTED' || c.revokedAt) throw fail(`is ${c.status as string}`);
  if (c.validUntil && !isBefore(ctx.now, c.validUntil as string)) throw fail('has lapsed');
  if (c.purpose !== 'CREDIT_QUERY') throw fail(`is for ${c.purpose as string}`);
  if (subject.ref.type === 'WORKER' && c.workerId !== subject.ref.id)
    throw fail("is not the subject's consent");
  if (c.tenantId !== tenant && recipient !== tenant) throw fail('does not name your tenant');
}

/** `creditQueries.create` hook: the minimal answer (no events, no factors), kept as an audit record. */
async function createQuery(ctx: OperationContext, body: Data): Promise<Created> {
  const caller = ctx.caller as NonNullable<OperationContext['caller']>;
  const ref = body.subject as PartyRef;
  const subject = await findSubject(ctx, ref);
  if (!subject) throw notFound(ref.type.toLowerCase(), ref.id);
  const consentRef = (body.consentRef as string | undefined) ?? null;
  if (needsConsent(subject) && !consentRef)
    throw ruleViolation(
      `Looking up ${ref.id} needs consentRef: workers and household employers are looked up only with their consent (PIPL).`,
    );
  if (consentRef) await checkConsent(ctx, subject, consentRef);
  const profile = await computeProfile(ctx, subject);
  const result = {
    score: profile.score,
    grade: profile.grade,
    badges: profile.badges,
    complianceGrade: profile.complianceGrade,
    activeBlacklists: profile.activeBlacklists,
    computedAt: profile.computedAt,
  };
  return {
    data: {
      subject: ref,
      purpose: body.purpose,
      consentRef,
      requestedBy: {
        tenantId: caller.tenantId,
        name: caller.tenantName.slice(0, 100),
        ...(body.onBehalfOf ? { onBehalfOf: body.onBehalfOf } : {}),
      },
      result,
      ...(body.metadata ? { metadata: body.metadata } : {}),
    },
    // The asker owns its record; the subject's owner sees it in its audit trail.
    partyTenantIds: subject.ownerTenantId === caller.tenantId ? [] : [subject.ownerTenantId],
  };
}

/** Consented credit queries and their audit trail (docs/domains/credit.md §Credit queries). */
export const creditQueries: ResourceDefinition = {
  type: 'CreditQuery',
  prefix: 'cqy',
  label: 'credit query',
  create: createQuery,
};

/** `creditQueries.list` with the subject and asking-tenant filters. */
export const creditQueriesList = listWith(creditQueries, {
  subjectType: (v) => sql`${objects.data}->'subject'->>'type' = ${String(v)}`,
  subjectId: (v) => sql`${objects.data}->'subject'->>'id' = ${String(v)}`,
  requestedBy: (v) => sql`${objects.data}->'requestedBy'->>'tenantId' = ${String(v)}`,
});
