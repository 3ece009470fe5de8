import type { OperationContext } from '../../context.js';
import { ruleViolation, validationProblem } from '../../http/problem.js';
import type { ActionOutcome, ResourceDefinition } from '../../operations/definitions.js';
import { rulesFor as regionalRules } from '../../rules.js';
import type { ObjectRow } from '../../store/objects.js';
import { recordCreditEvent } from '../credit/effects.js';
import {
  assertEscrowFunded,
  assertNoStartedAssignment,
  closeOpenApplications,
  emitJobEvent,
} from './job-effects.js';
import { assertJobRules } from './job-rules.js';
import { employerData } from './parties.js';

type Data = Record<string, unknown>;
type Hook = NonNullable<ResourceDefinition['actions']>[string];

/**
 * Reject and take-down require a `reason` (their request schemas say `required: [reason]`, which the
 * generated validation does not enforce for an inline allOf), answered 400 like any missing field.
 */
function requireReason(body: Data): void {
  if (typeof body.reason !== 'string' || body.reason.length === 0)
    throw validationProblem([
      { pointer: '/reason', detail: 'is required for this action', code: 'required' },
    ]);
}

const review = (ctx: OperationContext, decision: string, reason: unknown) => ({
  decision,
  reviewedBy: ctx.caller?.tenantId,
  reviewedAt: ctx.now,
  ...(typeof reason === 'string' ? { reason } : {}),
});

/** The employer behind a job, which must exist for the job to move on. */
async function employerOf(ctx: OperationContext, job: Data): Promise<Data> {
  const employer = await employerData(ctx, String(job.employerId));
  if (!employer) throw ruleViolation(`Employer ${String(job.employerId)} of the job no longer exists.`);
  return employer;
}

/** The E15 elements must still be present and lawful, and the posting still valid. */
function assertPublishable(ctx: OperationContext, job: Data): void {
  assertJobRules(job, ctx.nowDate.getTime(), regionalRules(ctx).minimumHourlyWageFen.value);
}

/** Publication by approve or fast track: public, `publishedAt` and `validFrom` set, `job.published` sent. */
async function publish(ctx: OperationContext, row: ObjectRow, changes: Data): Promise<ActionOutcome> {
  const job = row.data as Data;
  const data = {
    ...changes,
    publishedAt: job.publishedAt ?? ctx.now,
    validFrom: job.validFrom ?? ctx.now,
    statusReason: null,
  };
  await emitJobEvent(ctx, 'job.published', row, { ...job, ...data, status: 'PUBLISHED' });
  return { to: 'PUBLISHED', data, isPublic: true };
}

/** A final status: hidden, open applications closed, `job.closed` sent to the owner and applicants. */
async function finish(
  ctx: OperationContext,
  row: ObjectRow,
  to: string,
  changes: Data = {},
): Promise<ActionOutcome> {
  const reason =
    typeof (ctx.body as Data | undefined)?.reason === 'string' ? String((ctx.body as Data).reason) : null;
  const applicants = await closeOpenApplications(ctx, row.id, reason ?? `The job became ${to}.`);
  const data = { ...changes, ...(reason ? { statusReason: reason } : {}) };
  await emitJobEvent(ctx, 'job.closed', row, { ...(row.data as Data), ...data, status: to }, applicants);
  return { to, data, isPublic: false };
}

const submit: Hook = async (ctx, row) => {
  const employer = await employerOf(ctx, row.data as Data);
  if (employer.status !== 'APPROVED')
    throw ruleViolation(
      `Employer ${String(employer.id)} is ${String(employer.status)}; only employers APPROVED in pre-registration review (初审登记, seed 001) may submit jobs.`,
    );
  assertPublishable(ctx, row.data as Data);
  return { to: 'PENDING_REVIEW', data: { statusReason: null } };
};

const approve: Hook = async (ctx, row, body) => {
  assertPublishable(ctx, row.data as Data);
  await assertEscrowFunded(ctx, row.data as Data);
  const reviews = [...(((row.data as Data).reviews ?? []) as Data[]), review(ctx, 'APPROVED', body.reason)];
  return publish(ctx, row, { reviews });
};

const reject: Hook = (ctx, row, body) => {
  requireReason(body);
  const reviews = [...(((row.data as Data).reviews ?? []) as Data[]), review(ctx, 'REJECTED', body.reason)];
  return { to: 'REJECTED', data: { reviews } };
};

/** 免审快办 (seed 001 Fujian): only for approved, not blacklisted employers holding HONEST_EMPLOYER. */
const fastTrack: Hook = async (ctx, row) => {
  const employer = await employerOf(ctx, row.data as Data);
  const badges = (employer.badges ?? []) as string[];
  const listed = (employer.blacklist as { listed?: boolean } | undefined)?.listed === true;
  if (
    !badges.includes('HONEST_EMPLOYER') ||
    employer.status !== 'APPROVED' ||
    listed ||
    employer.fastTrackEligible === false
  )
    throw ruleViolation(
      `Employer ${String(employer.id)} is not eligible for the fast track: it needs APPROVED status, the HONEST_EMPLOYER badge and no blacklisting (免审快办, seed 001; jobs-postings.md, publish). Submit the job for review instead.`,
    );
  assertPublishable(ctx, row.data as Data);
  await assertEscrowFunded(ctx, row.data as Data);
  return publish(ctx, row, { reviewMode: 'FAST_TRACK' });
};

const takeDown: Hook = async (ctx, row, body) => {
  requireReason(body);
  const job = row.data as Data;
  const reviews = [...((job.reviews ?? []) as Data[]), review(ctx, 'TAKEN_DOWN', body.reason)];
  // A posting taken down counts against the employer and revokes its fast track (DOMAIN.md §3.7).
  await recordCreditEvent(ctx, {
    subjectType: 'EMPLOYER',
    subjectId: String(job.employerId),
    type: 'FAKE_POSTING_TAKEN_DOWN',
    sourceRef: row.id,
    tenantId: row.tenantId,
  });
  return finish(ctx, row, 'TAKEN_DOWN', { reviews });
};

/** The job actions of the JobStatus machine (jobs-postings.md "Guards and effects"). */
export const jobActions: Record<string, Hook> = {
  submit,
  approve,
  reject,
  publish: fastTrack,
  pause: () => ({ to: 'PAUSED', isPublic: false }),
  resume: (ctx, row) => {
    assertPublishable(ctx, row.data as Data);
    return { to: 'PUBLISHED', isPublic: true };
  },
  close: (ctx, row) => finish(ctx, row, 'CLOSED'),
  cancel: async (ctx, row) => {
    await assertNoStartedAssignment(ctx, row.id);
    return finish(ctx, row, 'CANCELLED');
  },
  takeDown,
};
