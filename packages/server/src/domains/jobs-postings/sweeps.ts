import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { Sweep } from '../../operations/definitions.js';
import { saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { closeOpenApplications, emitJobEvent } from './job-effects.js';

type Data = Record<string, unknown>;

/**
 * The EXPIRED timer (JobStatus): a PUBLISHED or PAUSED job whose `validThrough` has passed leaves
 * the board, its open applications close and `job.closed` is sent. Assignments already made go on.
 */
export const expireJobs: Sweep = async (ctx: OperationContext) => {
  const due = await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Job'),
        sql`${objects.status} IN ('PUBLISHED', 'PAUSED')`,
        sql`(${objects.data}->>'validThrough')::timestamptz <= ${ctx.now}::timestamptz`,
      ),
    )
    .for('update');
  for (const row of due) {
    const applicants = await closeOpenApplications(ctx, row.id, 'The job expired (validThrough passed).');
    const data = { ...(row.data as Data), statusReason: 'validThrough passed' };
    await emitJobEvent(ctx, 'job.closed', row, { ...data, status: 'EXPIRED' }, applicants);
    await saveObject(ctx.tx, row, { data, status: 'EXPIRED', isPublic: false }, ctx.now);
  }
};

/**
 * The OFFER_EXPIRED timer (ApplicationStatus): an offer not accepted by `offer.expiresAt` lapses;
 * the employer may renew it with another offer.
 */
export const expireOffers: Sweep = async (ctx: OperationContext) => {
  const due = await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Application'),
        eq(objects.status, 'OFFERED'),
        sql`(${objects.data}->'offer'->>'expiresAt')::timestamptz <= ${ctx.now}::timestamptz`,
      ),
    )
    .for('update');
  for (const row of due) {
    const data = { ...(row.data as Data), statusReason: 'The offer expired before it was accepted.' };
    await saveObject(ctx.tx, row, { data, status: 'OFFER_EXPIRED' }, ctx.now);
  }
};
