import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound, ProblemError, ruleViolation, validationProblem } from '../../http/problem.js';
import type { Created, ResourceDefinition } from '../../operations/definitions.js';
import { findById, type ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { listWith } from './list-support.js';
import { publishedFields, publishRating, ratingCreditEvent } from './rating-publication.js';
import { addDays, creditRules, isBefore, normalise } from './rules.js';

type Data = Record<string, unknown>;

/** The aspects each direction may rate (docs/domains/credit.md §Ratings, DOMAIN.md §2.7). */
const ASPECTS = {
  WORKER: ['PAY_ON_TIME', 'DESCRIPTION_ACCURATE', 'SAFETY', 'RESPECT'],
  EMPLOYER: ['PUNCTUAL', 'QUALITY', 'ATTITUDE'],
} as const;

/** The tenant that registered a worker or employer; the assignment's owner when the record is elsewhere. */
async function tenantOf(ctx: OperationContext, id: string, fallback: string): Promise<string> {
  return (await findById(ctx.tx, id))?.tenantId ?? fallback;
}

/** When the assignment was settled: recorded by settlement, else the time it became SETTLED. */
function settledAt(assignment: ObjectRow): string {
  const d = assignment.data as Data;
  const internal = assignment.internal as Data;
  return normalise((internal.settledAt ?? d.settledAt ?? d.updatedAt) as string);
}

async function ratingsOf(ctx: OperationContext, assignmentId: string): Promise<ObjectRow[]> {
  return ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, 'Rating'), sql`${objects.data}->>'assignmentId' = ${assignmentId}`))
    .for('update');
}

/**
 * `ratings.create`: one side rates the other after a settled assignment, once, inside the window
 * (settlement + `ratingWindowDays`, engine rules). Double-blind: the rating is SEALED unless the
 * other side already rated, in which case both are published at once (BOTH_RATED).
 */
async function createRating(ctx: OperationContext, body: Data): Promise<Created> {
  const caller = ctx.caller as NonNullable<OperationContext['caller']>;
  const role = body.raterRole as 'WORKER' | 'EMPLOYER';
  const wrong = Object.keys((body.dimensions as Data | undefined) ?? {}).filter(
    (k) => !(ASPECTS[role] as readonly string[]).includes(k),
  );
  if (wrong.length)
    throw validationProblem(
      wrong.map((k) => ({
        pointer: `/dimensions/${k}`,
        detail: `${k} is not an aspect a${role === 'WORKER' ? ' worker rates an employer' : 'n employer rates a worker'} by; use ${ASPECTS[role].join(', ')}`,
        code: 'wrong_direction',
      })),
    );
  const assignmentId = body.assignmentId as string;
  const assignment = await findById(ctx.tx, assignmentId, true);
  const a = assignment?.data as Data | undefined;
  if (assignment?.type !== 'Assignment' || !a) throw notFound('assignment', assignmentId);
  const workerTenant = await tenantOf(ctx, a.workerId as string, assignment.tenantId);
  const employerTenant = await tenantOf(ctx, a.employerId as string, assignment.tenantId);
  const parties = [assignment.tenantId, ...assignment.partyTenantIds, workerTenant, employerTenant];
  if (!parties.includes(caller.tenantId)) throw notFound('assignment', assignmentId);
  const [raterTenant, rateeTenant] =
    role === 'WORKER' ? [workerTenant, employerTenant] : [employerTenant, workerTenant];
  if (caller.tenantId !== raterTenant)
    throw new ProblemError(
      403,
      'forbidden',
      `Only the tenant acting for the ${role.toLowerCase()} of ${assignmentId} may give its rating.`,
    );
  if (assignment.status !== 'SETTLED')
    throw ruleViolation(
      `Assignment ${assignmentId} is ${assignment.status}; ratings open when it is SETTLED (docs/domains/credit.md §Ratings, window rule).`,
    );
  const windowClosesAt = addDays(settledAt(assignment), creditRules(ctx).ratingWindowDays.value);
  if (!isBefore(ctx.now, windowClosesAt))
    throw ruleViolation(
      `The rating window of ${assignmentId} closed at ${windowClosesAt} (settlement + ${creditRules(ctx).ratingWindowDays.value} days, ratingWindowDays, DOMAIN.md §2.7).`,
    );
  const existing = await ratingsOf(ctx, assignmentId);
  if (existing.some((r) => (r.data as Data).raterRole === role))
    throw new ProblemError(
      409,
      'conflict',
      `The ${role.toLowerCase()} side already rated ${assignmentId}; ratings cannot be changed.`,
    );
  const rater =
    role === 'WORKER' ? { type: 'WORKER', id: a.workerId } : { type: 'EMPLOYER', id: a.employerId };
  const ratee =
    role === 'WORKER' ? { type: 'EMPLOYER', id: a.employerId } : { type: 'WORKER', id: a.workerId };
  const id = ctx.newId('rat');
  const data: Data = {
    id,
    assignmentId,
    raterRole: role,
    rater,
    ratee,
    stars: body.stars,
    dimensions: body.dimensions ?? null,
    comment: body.comment ?? null,
    contentVisible: true,
    status: 'SEALED',
    windowClosesAt,
    visibleAt: windowClosesAt,
    publishedAt: null,
    publishTrigger: null,
    creditEventId: null,
    disputeId: null,
    ...(body.metadata ? { metadata: body.metadata } : {}),
  };
  const internal = { rateeTenantId: rateeTenant };
  const counterpart = existing.find((r) => r.status === 'SEALED');
  if (counterpart) {
    await publishRating(ctx, counterpart, 'BOTH_RATED');
    Object.assign(data, publishedFields(ctx, 'BOTH_RATED'));
    data.creditEventId = await ratingCreditEvent(ctx, { data, internal });
  }
  return {
    data,
    status: data.status as string,
    partyTenantIds: rateeTenant === caller.tenantId ? [] : [rateeTenant],
    internal,
  };
}

/** Sealed content is hidden from everyone but the rater's tenant (regulators included). */
function presentRating(ctx: OperationContext, row: ObjectRow): Data {
  const d = row.data as Data;
  const { statusReason: _ignored, ...rest } = d;
  if (row.status === 'PUBLISHED' || ctx.caller?.tenantId === row.tenantId)
    return { ...rest, contentVisible: true };
  return { ...rest, stars: null, dimensions: null, comment: null, contentVisible: false };
}

/** Double-blind two-way ratings (docs/domains/credit.md §Ratings). */
export const ratings: ResourceDefinition = {
  type: 'Rating',
  prefix: 'rat',
  label: 'rating',
  create: createRating,
  present: presentRating,
  events: { PUBLISHED: 'rating.published' },
};

/** `ratings.list` with the nested `rateeId` / `raterId` filters. */
export const ratingsList = listWith(ratings, {
  rateeId: (v) => sql`${objects.data}->'ratee'->>'id' = ${String(v)}`,
  raterId: (v) => sql`${objects.data}->'rater'->>'id' = ${String(v)}`,
});
