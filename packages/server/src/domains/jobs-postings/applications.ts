import { scoreMatch } from '@gigmarket/engine';
import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound, ProblemError, ruleViolation } from '../../http/problem.js';
import type { Created, CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { createResource, listResource } from '../../operations/generic.js';
import { OLDEST_FIRST } from '../../store/list-order.js';
import { findVisible, type ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { applicationActions } from './application-actions.js';
import { jobScope } from './job-view.js';
import { toMatchJob, toMatchWorker } from './match-inputs.js';
import { completedAssignments, employerData, hasConsent, ownWorker } from './parties.js';
import { workerOrigin } from './region-centres.js';
import { rulesFor } from './rules.js';
import { ageProblem, maskedWorker, missingCertificates } from './worker-facts.js';

type Data = Record<string, unknown>;

/** The job in the path, if the caller may read it (the board, or its own and reviewed jobs). */
async function jobInPath(ctx: OperationContext): Promise<ObjectRow> {
  const id = String(ctx.path.jobId);
  const row = await findVisible(ctx.tx, 'Job', id, jobScope({ ...ctx, visibility: 'party' }));
  if (!row) throw notFound('job', id);
  return row;
}

/** The score of the pair when the application is made; `null` without consent or a map point. */
async function matchScoreAtApply(ctx: OperationContext, worker: Data, job: Data): Promise<number | null> {
  if (!hasConsent(worker, 'JOB_MATCHING')) return null;
  const origin = await workerOrigin(ctx, worker);
  const employer = await employerData(ctx, String(job.employerId));
  const matchJob = toMatchJob(job, employer?.creditScore as number | null);
  if (!origin || !matchJob) return null;
  const rules = rulesFor(ctx);
  return scoreMatch(matchJob, toMatchWorker(worker, origin, rules), rules, { perspective: 'EMPLOYER' }).score;
}

async function createApplication(ctx: OperationContext, body: Data): Promise<Created> {
  const jobRow = await jobInPath(ctx);
  const job = jobRow.data as Data;
  if (jobRow.status !== 'PUBLISHED')
    throw new ProblemError(
      409,
      'invalid-transition',
      `Job ${jobRow.id} is ${jobRow.status}; only PUBLISHED jobs take applications.`,
      {
        currentState: jobRow.status,
        allowedActions: [],
      },
    );
  const worker = (await ownWorker(ctx, String(body.workerId))).data as Data;
  const [twin] = await ctx.tx
    .select({ id: objects.id })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Application'),
        sql`${objects.data}->>'jobId' = ${jobRow.id}`,
        sql`${objects.data}->>'workerId' = ${String(worker.id)}`,
        sql`${objects.status} <> 'WITHDRAWN'`,
      ),
    )
    .limit(1);
  if (twin)
    throw new ProblemError(
      409,
      'conflict',
      `Worker ${String(worker.id)} already applied to job ${jobRow.id} (${twin.id}); withdraw it to apply again.`,
    );
  // A RECOMMENDED application needs the worker's agreement: their consent to be matched to jobs.
  if (body.channel === 'RECOMMENDED' && !hasConsent(worker, 'JOB_MATCHING'))
    throw ruleViolation(
      `Worker ${String(worker.id)} has not agreed to be recommended (no GRANTED JOB_MATCHING consent).`,
    );
  const missing = missingCertificates(worker, job);
  if (missing.length)
    throw ruleViolation(
      `Worker ${String(worker.id)} lacks the required certificates ${missing.join(', ')} (持证上岗, seed 001).`,
    );
  const age = ageProblem(worker, job);
  if (age) throw ruleViolation(`Worker ${String(worker.id)} ${age} of job ${jobRow.id} (JobRequirements).`);
  const summary = maskedWorker(worker, {
    completedAssignments: await completedAssignments(ctx, String(worker.id)),
    now: ctx.now,
  });
  return {
    data: {
      jobId: jobRow.id,
      workerId: worker.id,
      employerId: job.employerId,
      submittedVia: ctx.caller?.tenantId,
      channel: body.channel,
      statusReason: null,
      ...(body.message !== undefined ? { message: body.message } : {}),
      matchScore: await matchScoreAtApply(ctx, worker, job),
      worker: summary,
      offer: null,
      assignmentId: null,
      submittedAt: ctx.now,
      decidedAt: null,
      ...(body.metadata !== undefined ? { metadata: body.metadata } : {}),
    },
    status: 'SUBMITTED',
    partyTenantIds: jobRow.tenantId === ctx.caller?.tenantId ? [] : [jobRow.tenantId],
    internal: { jobTenantId: jobRow.tenantId },
  };
}

/** Applications (jobs-postings.md "Applications"): owned by the worker side, the job owner a party. */
export const applications: ResourceDefinition = {
  type: 'Application',
  // applications.list: oldest first
  listOrder: OLDEST_FIRST,
  prefix: 'apl',
  label: 'application',
  create: createApplication,
  actions: applicationActions,
  // `metadata` is the worker side's own data, returned to it only.
  present: (ctx, row) => {
    const data = row.data as Data;
    if (ctx.caller?.tenantId === row.tenantId) return data;
    const { metadata: _m, ...rest } = data;
    return rest;
  },
  events: { $created: 'application.created', ACCEPTED: 'application.accepted' },
};

/** `POST /jobs/{jobId}/applications`: answers with `Location: /applications/{id}`. */
export const applicationsCreate: CustomHandler = async (ctx) => {
  const result = await createResource(applications, ctx);
  const id = (result.body as Data).id;
  return { ...result, headers: { ...result.headers, Location: `/applications/${String(id)}` } };
};

/**
 * `GET /jobs/{jobId}/applications`: the job owner sees all, a worker-side tenant those it made
 * (`party`); a job the caller can neither read nor has applied to is 404.
 */
export const applicationsList: CustomHandler = async (ctx) => {
  const jobId = String(ctx.path.jobId);
  const visible = await findVisible(ctx.tx, 'Job', jobId, jobScope(ctx));
  if (!visible) {
    const mine = await listResource(applications, { ...ctx, query: { jobId, limit: 1 } });
    if ((mine.body as { data: unknown[] }).data.length === 0) throw notFound('job', jobId);
  }
  return listResource(applications, { ...ctx, query: { ...ctx.query, jobId } });
};
