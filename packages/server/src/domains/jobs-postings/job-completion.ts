import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { findById, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { closeOpenApplications, emitJobEvent } from './job-effects.js';

type Data = Record<string, unknown>;

/** Where a work order has ended: the terminal states of the AssignmentStatus machine. */
const ENDED_ASSIGNMENT_STATES = ['SETTLED', 'CANCELLED_BY_EMPLOYER', 'CANCELLED_BY_WORKER', 'NO_SHOW'];

/**
 * The `FILLED → CLOSED` side effect of the JobStatus machine ("every assignment of the job has
 * ended", jobs-postings.md "close"): called whenever one of the job's work orders reaches a
 * terminal state. `ending` names a work order whose new status is not saved yet (an action's hook
 * runs before the generic handler writes the status). The job's open applications close and
 * `job.closed` is sent, as for any final status.
 *
 * When every work order was called off before work and `validThrough` has not passed, the job's
 * openings are free again (the `FILLED → PUBLISHED` trigger), so it is not closed here.
 *
 * @example
 * await closeJobIfWorkEnded(ctx, 'job_01J…', { id: 'asg_01J…', status: 'CANCELLED_BY_WORKER' });
 */
export async function closeJobIfWorkEnded(
  ctx: OperationContext,
  jobId: string,
  ending?: { id: string; status: string },
): Promise<void> {
  const job = await findById(ctx.tx, jobId, true);
  if (job?.type !== 'Job' || job.status !== 'FILLED') return;
  const work = await ctx.tx
    .select({ id: objects.id, status: objects.status })
    .from(objects)
    .where(and(eq(objects.type, 'Assignment'), sql`${objects.data}->>'jobId' = ${jobId}`));
  const statuses = work.map((w) => (w.id === ending?.id ? ending.status : (w.status ?? '')));
  if (!statuses.length || !statuses.every((s) => ENDED_ASSIGNMENT_STATES.includes(s))) return;
  const data = job.data as Data;
  const validThrough = new Date(String(data.validThrough)).getTime();
  if (!statuses.includes('SETTLED') && validThrough > ctx.nowDate.getTime()) return;
  const reason = 'Every work order of the job has ended.';
  const applicants = await closeOpenApplications(ctx, jobId, reason);
  const closed = { ...data, statusReason: reason };
  await emitJobEvent(ctx, 'job.closed', job, { ...closed, status: 'CLOSED' }, applicants);
  await saveObject(ctx.tx, job, { data: closed, status: 'CLOSED', isPublic: false }, ctx.now);
}
