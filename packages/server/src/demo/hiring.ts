import { DEMO_JOBS } from './jobs.js';
import { insure, signContracts } from './work.js';
import { type DemoWorld, seeded } from './world.js';

type Data = Record<string, unknown>;

const jobRow = (key: string) => DEMO_JOBS.find((j) => j.key === key) as (typeof DEMO_JOBS)[number];

/** The worker applies to the job through the tenant that registered them (求职, seed 002). */
export async function apply(world: DemoWorld, jobKey: string, workerKey: string, message: string) {
  const worker = seeded(world.workers, workerKey, 'worker');
  const job = seeded(world.jobs, jobKey, 'job');
  const application = await world.api.as(worker.by)<Data>('POST', `/jobs/${job.id}/applications`, {
    workerId: worker.id,
    channel: 'ONLINE',
    message,
  });
  return application.id as string;
}

/** The job owner offers the whole schedule at the advertised pay; by default the offer lapses in 24 h. */
export async function offer(world: DemoWorld, jobKey: string, applicationId: string, expiresAt?: Date) {
  const j = jobRow(jobKey);
  const job = seeded(world.jobs, jobKey, 'job');
  await world.api.as(job.by)('POST', `/applications/${applicationId}/offer`, {
    payFen: j.pay.rateFen * j.pay.units,
    startAt: world.cal.at(...j.start),
    endAt: world.cal.at(...j.end),
    ...(expiresAt ? { expiresAt: expiresAt.toISOString() } : {}),
    message: '请按时到岗，带好身份证。',
  });
}

/**
 * Applies, is offered the job and accepts: the server creates the work order (assignment) on
 * acceptance. Returns the assignment id, also kept in the world under `jobKey/workerKey`.
 */
export async function hire(world: DemoWorld, jobKey: string, workerKey: string): Promise<string> {
  const worker = seeded(world.workers, workerKey, 'worker');
  const job = seeded(world.jobs, jobKey, 'job');
  const applicationId = await apply(world, jobKey, workerKey, '有相关经验，时间合适，可以准时到岗。');
  await offer(world, jobKey, applicationId);
  const accepted = await world.api.as(worker.by)<Data>('POST', `/applications/${applicationId}/accept`, {});
  const id = accepted.assignmentId as string;
  world.assignments.set(`${jobKey}/${workerKey}`, { id, by: job.by, jobKey, workerKey });
  return id;
}

/** An application's employer-side decision or the worker side's own move, with its reason. */
export async function decide(
  world: DemoWorld,
  side: 'EMPLOYER' | 'WORKER',
  jobKey: string,
  workerKey: string,
  applicationId: string,
  action: 'shortlist' | 'reject' | 'withdraw' | 'decline',
  reason: string,
) {
  const by =
    side === 'EMPLOYER'
      ? seeded(world.jobs, jobKey, 'job').by
      : seeded(world.workers, workerKey, 'worker').by;
  await world.api.as(by)('POST', `/applications/${applicationId}/${action}`, { reason });
}

/** Hires workers with the paperwork their jobs need: e-contracts and per-order cover. */
export async function hireReady(
  world: DemoWorld,
  hires: ReadonlyArray<readonly [string, readonly string[]]>,
) {
  const keys = hires.flatMap(([job, workers]) => workers.map((w) => `${job}/${w}`));
  for (const key of keys) await hire(world, ...(key.split('/') as [string, string]));
  await signContracts(world, keys);
  for (const key of keys) await insure(world, key);
}
