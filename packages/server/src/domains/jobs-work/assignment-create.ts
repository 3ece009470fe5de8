import { checkMinimumWage as checkPartTimeWage } from '@gigmarket/engine';
import { and, notInArray, sql } from 'drizzle-orm';
import { type OperationContext, shanghaiIso } from '../../context.js';
import { notFound, ProblemError, ruleViolation, validationProblem } from '../../http/problem.js';
import type { Created } from '../../operations/definitions.js';
import { rulesFor } from '../../rules.js';
import { findById, findVisible, visibleTo } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { assignmentTenancy, ms, prerequisitesMet } from './assignment-model.js';
import { newAssignmentData } from './effects.js';

type Data = Record<string, unknown>;

/**
 * `assignments.create`: a further work order under an `ACCEPTED` application
 * (jobs-work-orders.md, Creation). The employer side creates it; the period must lie within the
 * job's schedule and not overlap a live work order of the application (`409`).
 */
export async function createAssignment(ctx: OperationContext, body: Data): Promise<Created> {
  const applicationId = String(body.applicationId);
  const application = await findVisible(ctx.tx, 'Application', applicationId, visibleTo(ctx.caller, 'party'));
  if (!application) throw notFound('application', applicationId);
  const app = application.data as Data;
  const jobRow = await findById(ctx.tx, String(app.jobId));
  if (!jobRow) throw notFound('job', String(app.jobId));
  const job = jobRow.data as Data;
  const tenancy = await assignmentTenancy(ctx, app, job);
  if (ctx.caller?.tenantId !== tenancy.employerTenantId)
    throw new ProblemError(
      403,
      'forbidden',
      `Only the employer side (the tenant that published job ${jobRow.id}) creates work orders for it.`,
    );
  if (application.status !== 'ACCEPTED')
    throw ruleViolation(
      `Application ${applicationId} is ${application.status}; work orders are created only under an ACCEPTED application (jobs-work-orders.md, Creation).`,
    );
  const start = ms(body.plannedStart);
  const end = ms(body.plannedEnd);
  if (end <= start)
    throw validationProblem([
      { pointer: '/plannedEnd', detail: 'must be later than plannedStart', code: 'invalid_period' },
    ]);
  const schedule = (job.schedule ?? {}) as { startAt?: string; endAt?: string };
  if ((schedule.startAt && start < ms(schedule.startAt)) || (schedule.endAt && end > ms(schedule.endAt)))
    throw ruleViolation(
      `The planned period must lie within the job's schedule ${schedule.startAt} – ${schedule.endAt} (jobs-work-orders.md, Creation).`,
    );
  await refuseOverlap(ctx, applicationId, start, end);
  checkMinimumWage(ctx, job, Number(body.agreedPayFen), Math.round((end - start) / 60_000));
  if (typeof body.escrowId === 'string') {
    const escrow = await findVisible(ctx.tx, 'Escrow', body.escrowId, visibleTo(ctx.caller, 'party'));
    if (!escrow) throw notFound('escrow', body.escrowId);
    const escrowJob = (escrow.data as Data).jobId;
    if (escrowJob && escrowJob !== jobRow.id)
      throw ruleViolation(`Escrow ${escrow.id} holds wages of job ${escrowJob}, not of job ${jobRow.id}.`);
  }
  const data = newAssignmentData(
    app,
    { ...job, id: jobRow.id },
    {
      plannedStart: shanghaiIso(new Date(start)),
      plannedEnd: shanghaiIso(new Date(end)),
      agreedPayFen: body.agreedPayFen,
      allowanceMinutes: body.allowanceMinutes ?? 0,
      escrowId: body.escrowId ?? (job.escrowId as string | null | undefined) ?? null,
      metadata: body.metadata,
    },
  );
  return {
    data,
    status: prerequisitesMet(data) ? 'READY' : 'CONFIRMED',
    tenantId: tenancy.employerTenantId,
    partyTenantIds: tenancy.workerTenantId === tenancy.employerTenantId ? [] : [tenancy.workerTenantId],
    internal: { ...tenancy },
  };
}

/** `409` when the period overlaps another work order of the application that is not cancelled. */
async function refuseOverlap(ctx: OperationContext, applicationId: string, start: number, end: number) {
  const others = await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        sql`${objects.type} = 'Assignment'`,
        sql`${objects.data}->>'applicationId' = ${applicationId}`,
        notInArray(objects.status, ['CANCELLED_BY_EMPLOYER', 'CANCELLED_BY_WORKER']),
      ),
    );
  const clash = others.find((o) => {
    const d = o.data as Data;
    return ms(d.plannedStart) < end && start < ms(d.plannedEnd);
  });
  if (clash)
    throw new ProblemError(
      409,
      'conflict',
      `The planned period overlaps work order ${clash.id} of application ${applicationId}, which is ${clash.status}.`,
    );
}

/**
 * For `PART_TIME_LABOUR` the hourly equivalent of the agreed pay must not be below the region's
 * hourly minimum wage (E10, engine rule `minimumHourlyWageFen`); `422 rule-violation` otherwise.
 */
function checkMinimumWage(ctx: OperationContext, job: Data, payFen: number, minutes: number) {
  const result = checkPartTimeWage({
    employmentForm: String(job.employmentForm),
    payFen,
    minutes,
    minimumHourlyWageFen: rulesFor(ctx).minimumHourlyWageFen.value,
  });
  if (!result.ok) throw ruleViolation(`\`agreedPayFen\`: ${result.error.message}`);
}
