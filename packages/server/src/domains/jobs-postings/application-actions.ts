import { checkMinimumWage } from '@gigmarket/engine';
import type { OperationContext } from '../../context.js';
import { ProblemError, ruleViolation } from '../../http/problem.js';
import type { ResourceDefinition } from '../../operations/definitions.js';
import { rulesFor as regionalRules } from '../../rules.js';
import { findById, type ObjectRow, saveObject } from '../../store/objects.js';
import { createAssignmentForApplication } from '../jobs-work/effects.js';
import { closeOpenApplications } from './job-effects.js';
import { missingCertificates } from './worker-facts.js';

type Data = Record<string, unknown>;
type Hook = NonNullable<ResourceDefinition['actions']>[string];

const HOUR_MS = 3_600_000;
const ms = (instant: unknown) => new Date(String(instant)).getTime();

/** The employer side is the job's tenant; the worker side the application's owner. Else 403. */
function assertSide(ctx: OperationContext, row: ObjectRow, side: 'EMPLOYER' | 'WORKER'): void {
  const tenant = ctx.caller?.tenantId;
  const employerTenant = (row.internal as Data).jobTenantId ?? row.partyTenantIds[0] ?? row.tenantId;
  const ok = side === 'WORKER' ? tenant === row.tenantId : tenant === employerTenant;
  if (!ok)
    throw new ProblemError(
      403,
      'forbidden',
      `${ctx.op.id} is for the ${side === 'WORKER' ? 'worker side (the tenant that applied)' : 'employer side (the job owner)'}.`,
    );
}

/** The application's job, locked: offers and acceptances change or depend on its openings. */
async function jobOf(ctx: OperationContext, row: ObjectRow): Promise<ObjectRow> {
  const job = await findById(ctx.tx, String((row.data as Data).jobId), true);
  if (!job) throw new Error(`application ${row.id} names a missing job`);
  return job;
}

function assertRecruiting(job: ObjectRow, what: string): void {
  if (job.status !== 'PUBLISHED' && job.status !== 'PAUSED')
    throw new ProblemError(
      409,
      'invalid-transition',
      `Job ${job.id} is ${job.status}; ${what} only while it is PUBLISHED or PAUSED.`,
      {
        currentState: job.status,
        allowedActions: [],
      },
    );
}

const offer: Hook = async (ctx, row, body) => {
  assertSide(ctx, row, 'EMPLOYER');
  const jobRow = await jobOf(ctx, row);
  assertRecruiting(jobRow, 'offers are made');
  const job = jobRow.data as Data;
  const schedule = job.schedule as { startAt: string; endAt: string };
  const pay = job.pay as { estimatedTotalFen?: number };
  const startAt = String(body.startAt);
  const endAt = String(body.endAt ?? schedule.endAt);
  if (pay.estimatedTotalFen !== undefined && Number(body.payFen) < pay.estimatedTotalFen)
    throw ruleViolation(
      `\`payFen\` ${String(body.payFen)} is below the advertised ${pay.estimatedTotalFen} fen; an offer may not undercut the basic pay (PROPOSAL, E15).`,
    );
  if (
    ms(startAt) < ms(schedule.startAt) ||
    ms(startAt) >= ms(schedule.endAt) ||
    ms(endAt) <= ms(startAt) ||
    ms(endAt) > ms(schedule.endAt)
  )
    throw ruleViolation(
      `The offer's start and end must lie within the job's schedule ${schedule.startAt} – ${schedule.endAt} (ApplicationOfferRequest).`,
    );
  // The offer becomes the first work order's agreed pay and period, so part-time labour must reach the
  // region's hourly minimum wage over it (E10), as assignments.create checks for later work orders.
  const wage = checkMinimumWage({
    employmentForm: String(job.employmentForm),
    payFen: Number(body.payFen),
    minutes: Math.round((ms(endAt) - ms(startAt)) / 60_000),
    minimumHourlyWageFen: regionalRules(ctx).minimumHourlyWageFen.value,
  });
  if (!wage.ok) throw ruleViolation(`\`payFen\`: ${wage.error.message}`);
  // Default expiry: 24 hours after the offer or the start, whichever is earlier (PROPOSAL).
  const expiresAt = body.expiresAt
    ? String(body.expiresAt)
    : ms(startAt) < ctx.nowDate.getTime() + 24 * HOUR_MS
      ? startAt
      : new Date(ctx.nowDate.getTime() + 24 * HOUR_MS).toISOString();
  if (ms(expiresAt) > ms(startAt))
    throw ruleViolation('`expiresAt` must not be after `startAt` (ApplicationOfferRequest).');
  if (ms(expiresAt) <= ctx.nowDate.getTime()) throw ruleViolation('`expiresAt` has already passed.');
  const worker = await findById(ctx.tx, String((row.data as Data).workerId));
  const missing = worker ? missingCertificates(worker.data as Data, job) : [];
  if (missing.length)
    throw ruleViolation(
      `The worker lacks the required certificates ${missing.join(', ')} (持证上岗, seed 001).`,
    );
  const made = {
    payFen: body.payFen,
    startAt,
    endAt,
    expiresAt: body.expiresAt ? expiresAt : shanghai(expiresAt),
    ...(typeof body.message === 'string' ? { message: body.message } : {}),
    offeredAt: ctx.now,
  };
  return { to: 'OFFERED', data: { offer: made } };
};

/** An instant as RFC 3339 in +08:00, as the server writes times. */
function shanghai(instant: string): string {
  const local = new Date(ms(instant) + 8 * HOUR_MS);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

const accept: Hook = async (ctx, row) => {
  assertSide(ctx, row, 'WORKER');
  const data = row.data as Data;
  const made = data.offer as { expiresAt: string } | null;
  if (!made || ms(made.expiresAt) <= ctx.nowDate.getTime())
    throw new ProblemError(
      409,
      'invalid-transition',
      `The offer on application ${row.id} expired at ${made?.expiresAt}; ask the employer to renew it.`,
      {
        currentState: 'OFFER_EXPIRED',
        allowedActions: [],
      },
    );
  const jobRow = await jobOf(ctx, row);
  assertRecruiting(jobRow, 'offers are accepted');
  const job = jobRow.data as Data;
  const filled = Number(job.openingsFilled ?? 0) + 1;
  if (filled > Number(job.openings))
    throw new ProblemError(409, 'conflict', `Job ${jobRow.id} has no unfilled opening left.`);
  const accepted = { ...data, status: 'ACCEPTED', decidedAt: ctx.now };
  const assignment = await createAssignmentForApplication(ctx, accepted, job);
  const full = filled >= Number(job.openings);
  await saveObject(
    ctx.tx,
    jobRow,
    { data: { ...job, openingsFilled: filled }, ...(full ? { status: 'FILLED', isPublic: false } : {}) },
    ctx.now,
  );
  // The last opening filled: every other open application closes (jobs-postings.md, filled).
  if (full) await closeOpenApplications(ctx, jobRow.id, 'Every opening of the job is filled.', row.id);
  return { to: 'ACCEPTED', data: { assignmentId: assignment.id, decidedAt: ctx.now } };
};

/** The application actions of the ApplicationStatus machine, each for its side. */
export const applicationActions: Record<string, Hook> = {
  shortlist: (ctx, row) => {
    assertSide(ctx, row, 'EMPLOYER');
    return { to: 'SHORTLISTED' };
  },
  offer,
  accept,
  decline: (ctx, row) => {
    assertSide(ctx, row, 'WORKER');
    return { to: 'DECLINED', data: { decidedAt: ctx.now } };
  },
  reject: (ctx, row) => {
    assertSide(ctx, row, 'EMPLOYER');
    return { to: 'REJECTED', data: { decidedAt: ctx.now } };
  },
  withdraw: (ctx, row) => {
    assertSide(ctx, row, 'WORKER');
    return { to: 'WITHDRAWN', data: { decidedAt: ctx.now } };
  },
};
