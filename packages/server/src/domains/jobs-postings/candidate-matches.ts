import { buildGeoIndex, candidatesForJob, type MatchWorker } from '@gigmarket/engine';
import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound } from '../../http/problem.js';
import type { CustomHandler } from '../../operations/definitions.js';
import { findVisible, visibleTo } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { toMatchJob, toMatchWorker, toReasons } from './match-inputs.js';
import { pairFits } from './matches.js';
import { offsetPage } from './paging.js';
import { completedAssignments, employerData } from './parties.js';
import { workerOrigin } from './region-centres.js';
import { rulesFor } from './rules.js';
import { maskedWorker } from './worker-facts.js';

type Data = Record<string, unknown>;
const ALL = 100_000;

/**
 * `GET /jobs/{jobId}/candidate-matches`: workers of every tenant with JOB_MATCHING consent ranked
 * for a job the caller owns, as masked summaries, distances rounded to 100 m. Grade-D workers are
 * left out by the engine. A filled or final job answers an empty page.
 */
export const candidatesForJobHandler: CustomHandler = async (ctx: OperationContext) => {
  const id = String(ctx.path.jobId);
  const jobRow = await findVisible(ctx.tx, 'Job', id, visibleTo(ctx.caller, 'own'));
  if (!jobRow) throw notFound('job', id);
  const job = jobRow.data as Data;
  const employer = await employerData(ctx, String(job.employerId));
  const matchJob = toMatchJob(job, employer?.creditScore as number | null);
  const closed = ['FILLED', 'CLOSED', 'EXPIRED', 'CANCELLED', 'TAKEN_DOWN'].includes(jobRow.status ?? '');
  if (closed || !matchJob) return offsetPage(ctx, []);
  const rules = rulesFor(ctx);
  const radiusM = Number(ctx.query.radiusM ?? rules.matchingRadiusM.value);
  const workerRows = await ctx.tx
    .select()
    .from(objects)
    .where(and(eq(objects.type, 'Worker'), sql`${objects.data}->'activeConsentPurposes' ? 'JOB_MATCHING'`));
  const workers = new Map<string, Data>();
  const inputs: MatchWorker[] = [];
  for (const row of workerRows) {
    const worker = row.data as Data;
    if (!pairFits(worker, job)) continue;
    const origin = await workerOrigin(ctx, worker);
    if (!origin) continue;
    workers.set(row.id, worker);
    inputs.push(toMatchWorker(worker, origin, rules));
  }
  // Scored on distances rounded to 100 m, so that the DISTANCE points cannot pinpoint the worker.
  const ranked = candidatesForJob(matchJob, buildGeoIndex(inputs), {
    limit: ALL,
    radiusM,
    rules,
    distanceStepM: 100,
  });
  const applications = await ctx.tx
    .select({ id: objects.id, data: objects.data })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Application'),
        sql`${objects.data}->>'jobId' = ${id}`,
        sql`${objects.status} <> 'WITHDRAWN'`,
      ),
    );
  const applicationOf = new Map(applications.map((a) => [String((a.data as Data).workerId), a.id]));
  const minScore = Number(ctx.query.minScore ?? 0);
  const items = [];
  for (const m of ranked.filter((r) => r.score >= minScore)) {
    const worker = workers.get(m.id) as Data;
    items.push({
      score: m.score,
      reasons: toReasons(m.reasons, { job, worker, radiusM, perspective: 'EMPLOYER', distanceStepM: 100 }),
      distanceMeters: Math.round(m.distanceM / 100) * 100,
      worker: maskedWorker(worker, {
        completedAssignments: await completedAssignments(ctx, m.id),
        now: ctx.now,
      }),
      applicationId: applicationOf.get(m.id) ?? null,
    });
  }
  return offsetPage(ctx, items);
};
