import {
  buildGeoIndex,
  type GeoPoint,
  type JobSchedule,
  type RankedMatch,
  rankJobsForWorker,
} from '@gigmarket/engine';
import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import type { CustomHandler } from '../../operations/definitions.js';
import type { ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { presentJob } from './job-view.js';
import { employerCredits, jobRows, jobsAround } from './match-candidates.js';
import { preferenceMiss, scheduleFacts } from './match-filters.js';
import { toMatchJob, toMatchWorker, toReasons } from './match-inputs.js';
import { offsetPage } from './paging.js';
import { hasConsent, ownWorker } from './parties.js';
import { workerOrigin } from './region-centres.js';
import { rulesFor } from './rules.js';
import { ageProblem, missingCertificates, missingSkills } from './worker-facts.js';

type Data = Record<string, unknown>;
const ALL = 100_000;

/** The hard conditions of a pair (jobs-postings.md "Filters"): preferences, skills, certificates, age. */
export function pairFits(worker: Data, job: Data, facts: JobSchedule = scheduleFacts(job)): boolean {
  return (
    preferenceMiss(worker, job, facts) === null &&
    missingSkills(worker, job).length === 0 &&
    // Both read dates, so they run only for jobs that ask for certificates or an age range.
    (!(job.requirements as Data | undefined)?.certificates ||
      missingCertificates(worker, job).length === 0) &&
    ageProblem(worker, job) === null
  );
}

/** Jobs the worker has an application to that is not WITHDRAWN. */
async function appliedJobIds(ctx: OperationContext, workerId: string): Promise<Map<string, string>> {
  const rows = await ctx.tx
    .select({ id: objects.id, data: objects.data })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Application'),
        sql`${objects.data}->>'workerId' = ${workerId}`,
        sql`${objects.status} <> 'WITHDRAWN'`,
      ),
    );
  return new Map(rows.map((r) => [String((r.data as Data).jobId), r.id]));
}

/**
 * `GET /workers/{workerId}/job-matches`: published jobs ranked for a worker the caller registered,
 * by the engine's score; only with the worker's JOB_MATCHING consent (and PRECISE_LOCATION for
 * `near`), else 422.
 */
export const jobsForWorker: CustomHandler = async (ctx: OperationContext) => {
  const worker = (await ownWorker(ctx, String(ctx.path.workerId))).data as Data;
  if (!hasConsent(worker, 'JOB_MATCHING'))
    throw ruleViolation(
      `Worker ${String(worker.id)} has no GRANTED JOB_MATCHING consent; their data may not be used for matching (PIPL art. 14, E24).`,
    );
  let origin: GeoPoint | null;
  if (typeof ctx.query.near === 'string') {
    if (!hasConsent(worker, 'PRECISE_LOCATION'))
      throw ruleViolation(
        `Worker ${String(worker.id)} has no GRANTED PRECISE_LOCATION consent; \`near\` may not be used (E24).`,
      );
    const [lng, lat] = ctx.query.near.split(',').map(Number) as [number, number];
    origin = { lng, lat };
  } else origin = await workerOrigin(ctx, worker);
  if (!origin)
    throw ruleViolation(
      `No centre is known for worker ${String(worker.id)}'s residenceRegion; send \`near\` (with PRECISE_LOCATION consent).`,
    );
  const rules = rulesFor(ctx);
  const radiusM = Number(ctx.query.radiusM ?? rules.matchingRadiusM.value);
  const applied = await appliedJobIds(ctx, String(worker.id));
  // Only jobs in the box around the origin are read (GiST index), and only the fields matching
  // reads; the engine keeps those in the radius. Full rows are read for the page alone.
  const around = await jobsAround(ctx, origin, radiusM);
  const credit = await employerCredits(ctx, [...new Set(around.map((job) => String(job.employerId)))]);
  const candidates = [];
  for (const job of around) {
    if (applied.has(String(job.id))) continue;
    const facts = scheduleFacts(job);
    if (!pairFits(worker, job, facts)) continue;
    const matchJob = toMatchJob(job, credit.get(String(job.employerId)), facts);
    if (matchJob) candidates.push(matchJob);
  }
  const ranked = rankJobsForWorker(toMatchWorker(worker, origin, rules), buildGeoIndex(candidates), {
    limit: ALL,
    radiusM,
    rules,
  });
  const minScore = Number(ctx.query.minScore ?? 0);
  const page = offsetPage(
    ctx,
    ranked.filter((m) => m.score >= minScore),
  );
  const body = page.body as { data: RankedMatch[]; nextCursor: string | null };
  const rows = await jobRows(
    ctx,
    body.data.map((m) => m.id),
  );
  const data = body.data.map((m) => ({
    score: m.score,
    reasons: toReasons(m.reasons),
    distanceMeters: m.distanceM,
    job: presentJob(ctx, rows.get(m.id) as ObjectRow),
  }));
  return { ...page, body: { ...body, data } };
};
