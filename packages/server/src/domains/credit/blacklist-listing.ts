import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound, ProblemError, ruleViolation } from '../../http/problem.js';
import type { Created } from '../../operations/definitions.js';
import { findById } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { appendCreditEvent } from './effects.js';
import { addMonths, creditRules, isBefore, normalise } from './rules.js';
import { checkIdentity } from './subject-identity.js';
import { findSubject, type PartyRef } from './subjects.js';

type Data = Record<string, unknown>;

const ALL_MEASURES = [
  'GOVERNMENT_FUNDING',
  'GOVERNMENT_PROCUREMENT',
  'PUBLIC_BIDDING',
  'FINANCING',
  'MARKET_ACCESS',
  'TAX_INCENTIVES',
  'HONOURS',
  'TRAVEL',
];

/** Default listing periods in months (BlacklistEntry.expiresAt); wage arrears is fixed by E11. */
const DEFAULT_MONTHS = { FAKE_POSTING: 12, PLATFORM_INTERNAL: 12, ILLEGAL_INTERMEDIARY: 36 } as const;
const MAX_MONTHS = 36;

/** The credit event that accompanies a listing: named by the regulator, checked, or `null`. */
async function namedEvent(ctx: OperationContext, id: string, subjectId: string, kind: string) {
  const row = await findById(ctx.tx, id);
  if (row?.type !== 'CreditEvent') throw notFound('credit event', id);
  const d = row.data as Data;
  const expected = kind === 'WAGE_ARREARS' ? 'WAGE_ARREARS_CONFIRMED' : 'FAKE_POSTING_TAKEN_DOWN';
  if ((d.subject as PartyRef).id !== subjectId || d.type !== expected)
    throw ruleViolation(`creditEventId ${id} must be a ${expected} event of ${subjectId}.`);
  return id;
}

/**
 * The create hook of `blacklistEntries.create` (docs/domains/credit.md §Blacklists): who may list
 * which kind, the E11 requirements for wage arrears, the periods, one entry in force per subject and
 * list, and the `WAGE_ARREARS_CONFIRMED` event appended at listing.
 */
export async function prepareListing(ctx: OperationContext, body: Data): Promise<Created> {
  const caller = ctx.caller as NonNullable<OperationContext['caller']>;
  const regulator = ctx.visibility === 'all';
  const kind = body.kind as keyof typeof DEFAULT_MONTHS | 'WAGE_ARREARS';
  const ref = body.subject as PartyRef;
  if (!regulator && kind !== 'PLATFORM_INTERNAL')
    throw new ProblemError(
      403,
      'forbidden',
      `Only regulators list on ${kind}; platforms list PLATFORM_INTERNAL entries for their own service.`,
    );
  const subject = await findSubject(ctx, ref);
  if (!subject || (!regulator && subject.ownerTenantId !== caller.tenantId))
    throw notFound(ref.type.toLowerCase(), ref.id);
  checkIdentity(subject, body.subjectIdentity as Data);
  if (kind !== 'PLATFORM_INTERNAL' && !body.decisionNo)
    throw ruleViolation(`A ${kind} listing needs the number of the listing decision (decisionNo).`);
  const persons = (body.responsiblePersons as Array<{ role: string }> | undefined) ?? [];
  if (kind === 'WAGE_ARREARS') {
    if (ref.type !== 'EMPLOYER') throw ruleViolation('The wage-arrears list (E11) names employers only.');
    if (!body.listingGround)
      throw ruleViolation('A WAGE_ARREARS listing needs its statutory listingGround (E11).');
    const organisation = (subject.row?.data as Data | undefined)?.kind === 'ORGANIZATION';
    if (organisation && !persons.some((p) => p.role === 'LEGAL_REPRESENTATIVE' || p.role === 'PRINCIPAL'))
      throw ruleViolation(
        'A WAGE_ARREARS listing of an organisation names its legal representative or principal in responsiblePersons (E11).',
      );
  }
  const listedAt = normalise((body.listedAt as string | undefined) ?? ctx.now);
  if (isBefore(ctx.now, listedAt))
    throw ruleViolation(`listedAt ${listedAt} is in the future; a listing takes effect when decided.`);
  const rules = creditRules(ctx);
  const latest = addMonths(listedAt, MAX_MONTHS);
  let expiresAt = addMonths(
    listedAt,
    kind === 'WAGE_ARREARS' ? rules.wageArrearsBlacklist.value.listingYears * 12 : DEFAULT_MONTHS[kind],
  );
  if (kind !== 'WAGE_ARREARS' && body.expiresAt) {
    expiresAt = normalise(body.expiresAt as string);
    if (!isBefore(listedAt, expiresAt) || isBefore(latest, expiresAt))
      throw ruleViolation(`expiresAt must be after listedAt and at most ${latest} (listedAt + 3 years).`);
  }
  const [inForce] = await ctx.tx
    .select({ id: objects.id })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'BlacklistEntry'),
        sql`${objects.status} IN ('LISTED', 'REMOVAL_REQUESTED')`,
        sql`${objects.data}->>'kind' = ${kind}`,
        sql`${objects.data}->'subject'->>'id' = ${ref.id}`,
        kind === 'PLATFORM_INTERNAL' ? eq(objects.tenantId, caller.tenantId) : undefined,
      ),
    )
    .for('update');
  if (inForce)
    throw new ProblemError(409, 'conflict', `${ref.id} is already on the ${kind} list (${inForce.id}).`);
  const id = ctx.newId('blk');
  let creditEventId: string | null = body.creditEventId
    ? await namedEvent(ctx, body.creditEventId as string, ref.id, kind)
    : null;
  if (kind === 'WAGE_ARREARS' && !creditEventId) {
    const event = await appendCreditEvent(ctx, {
      subject,
      type: 'WAGE_ARREARS_CONFIRMED',
      sourceRef: body.wageArrearsCaseId
        ? {
            type: 'WAGE_ARREARS_CASE',
            id: body.wageArrearsCaseId as string,
            documentNo: body.decisionNo as string,
          }
        : { type: 'BLACKLIST_ENTRY', id, documentNo: body.decisionNo as string },
      origin: 'REGULATOR',
      occurredAt: listedAt,
      summary: body.reason as string,
    });
    creditEventId = event.id;
  }
  const wage = kind === 'WAGE_ARREARS';
  const data: Data = {
    id,
    kind,
    subject: ref,
    subjectIdentity: body.subjectIdentity,
    responsiblePersons: wage ? persons : [],
    listedBy: {
      tenantId: caller.tenantId,
      authorityName: caller.tenantName.slice(0, 100),
      region: ctx.config.region,
    },
    decisionNo: (body.decisionNo as string | undefined) ?? null,
    reason: body.reason,
    listingGround: wage ? body.listingGround : null,
    arrearsAmountFen: wage ? (body.arrearsAmountFen ?? null) : null,
    affectedWorkerCount: wage ? (body.affectedWorkerCount ?? null) : null,
    wageArrearsCaseId: (body.wageArrearsCaseId as string | undefined) ?? null,
    creditEventId,
    jointPunishmentMeasures: wage ? (body.jointPunishmentMeasures ?? ALL_MEASURES) : [],
    listedAt,
    expiresAt,
    correctedAt: null,
    earlyRemovalEligibleAt: kind === 'PLATFORM_INTERNAL' ? listedAt : null,
    removalRequest: null,
    removal: null,
    ...(body.metadata ? { metadata: body.metadata } : {}),
  };
  const internal = kind === 'PLATFORM_INTERNAL';
  return {
    data,
    status: 'LISTED',
    // Statutory entries belong to the subject's owner (who files removal requests); bans to their lister.
    tenantId: internal ? caller.tenantId : subject.ownerTenantId,
    isPublic: !internal,
    internal: { subjectOwnerTenantId: subject.ownerTenantId },
  };
}
