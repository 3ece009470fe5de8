import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import { type ObjectRow, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';

type Data = Record<string, unknown>;

/** Application states that are still open (ApplicationStatus: those with a CLOSED transition). */
export const OPEN_APPLICATION_STATES = ['SUBMITTED', 'SHORTLISTED', 'OFFERED', 'OFFER_EXPIRED'];

/** Assignment states after check-in: a job with one of these can no longer be cancelled. */
const STARTED_ASSIGNMENT_STATES = [
  'IN_PROGRESS',
  'COMPLETED_PENDING_CONFIRMATION',
  'ACCEPTED',
  'DISPUTED',
  'SETTLED',
  'ENDED_BY_INCIDENT',
];

const inList = (values: string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** The job's applications, optionally only those in some states, locked for update. */
export async function applicationsOf(
  ctx: OperationContext,
  jobId: string,
  states?: string[],
): Promise<ObjectRow[]> {
  return ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Application'),
        sql`${objects.data}->>'jobId' = ${jobId}`,
        states ? sql`${objects.status} IN (${inList(states)})` : undefined,
      ),
    )
    .for('update');
}

/**
 * Every open application of the job becomes CLOSED (the job was filled, closed, expired,
 * cancelled or taken down). Returns the tenants that had applied, who also hear `job.closed`.
 */
export async function closeOpenApplications(
  ctx: OperationContext,
  jobId: string,
  reason: string,
  exceptId?: string,
): Promise<string[]> {
  const open = await applicationsOf(ctx, jobId, OPEN_APPLICATION_STATES);
  for (const row of open) {
    if (row.id === exceptId) continue;
    const data = { ...(row.data as Data), statusReason: reason, decidedAt: ctx.now };
    await saveObject(ctx.tx, row, { data, status: 'CLOSED' }, ctx.now);
  }
  return [...new Set((await applicationsOf(ctx, jobId)).map((r) => r.tenantId))];
}

/** Cancel and take-down are refused once work has started (jobs-postings.md: "then use close"). */
export async function assertNoStartedAssignment(ctx: OperationContext, jobId: string): Promise<void> {
  const [started] = await ctx.tx
    .select({ id: objects.id, status: objects.status })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Assignment'),
        sql`${objects.data}->>'jobId' = ${jobId}`,
        sql`${objects.status} IN (${inList(STARTED_ASSIGNMENT_STATES)})`,
      ),
    )
    .limit(1);
  if (started)
    throw ruleViolation(
      `Assignment ${started.id} of job ${jobId} has started (${started.status}); a job with work under way is closed, not cancelled (jobs-postings.md, cancel).`,
    );
}

/**
 * With `escrowRequired`, a job is published only once its escrow is FUNDED (PROPOSAL, seed 001
 * Fujian): the escrow named by the job, or one created for it.
 */
export async function assertEscrowFunded(ctx: OperationContext, job: Data): Promise<void> {
  if (job.escrowRequired !== true) return;
  const [escrow] = await ctx.tx
    .select({ id: objects.id })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Escrow'),
        sql`(${objects.id} = ${String(job.escrowId ?? '')} OR ${objects.data}->>'jobId' = ${String(job.id)})`,
        sql`${objects.status} IN ('FUNDED', 'HELD')`,
      ),
    )
    .limit(1);
  if (!escrow)
    throw ruleViolation(
      `Job ${String(job.id)} requires escrow, and no FUNDED escrow holds its wages yet; fund the escrow first (PROPOSAL, seed 001 Fujian escrow).`,
    );
}

/**
 * Sends `job.published` or `job.closed` with the job as it will be after the change: the owner,
 * its reviewer and, for `job.closed`, the tenants that applied (jobs-postings.md "Events").
 */
export async function emitJobEvent(
  ctx: OperationContext,
  type: 'job.published' | 'job.closed',
  row: ObjectRow,
  after: Data,
  alsoTo: string[] = [],
): Promise<void> {
  await ctx.emit(
    type,
    { ...after, updatedAt: ctx.now },
    { previousStatus: row.status ?? undefined, visibleTo: [row.tenantId, ...row.partyTenantIds, ...alsoTo] },
  );
}
