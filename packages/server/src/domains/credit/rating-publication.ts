import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { type ObjectRow, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { appendCreditEvent } from './effects.js';
import { withProfileChange } from './notify.js';
import { findSubject, type PartyRef, type Subject } from './subjects.js';

type Data = Record<string, unknown>;

/** The ratee as a credit subject; its owner is the other side's tenant when its record is elsewhere. */
async function rateeSubject(ctx: OperationContext, rating: ObjectRow): Promise<Subject> {
  const ref = (rating.data as Data).ratee as PartyRef;
  const fallback = (rating.internal as Data).rateeTenantId as string;
  return (await findSubject(ctx, ref)) ?? { ref, ownerTenantId: fallback, createdAt: null, row: null };
}

/**
 * The effect of publication, and only of publication (so that the score cannot leak a sealed
 * rating): a `RATING_RECEIVED` event for the ratee, with points by stars from the engine's rules.
 * Returns the event's ID for `creditEventId`.
 */
export async function ratingCreditEvent(
  ctx: OperationContext,
  rating: Pick<ObjectRow, 'data' | 'internal'>,
): Promise<string> {
  const d = rating.data as Data;
  const subject = await rateeSubject(ctx, rating as ObjectRow);
  const event = await withProfileChange(ctx, subject, () =>
    appendCreditEvent(ctx, {
      subject,
      type: 'RATING_RECEIVED',
      sourceRef: { type: 'RATING', id: d.id as string },
      origin: 'RULE',
      stars: d.stars as number,
      summary: `工单${d.assignmentId as string}的${d.raterRole === 'WORKER' ? '零工' : '用工方'}评价：${d.stars as number}星。`,
    }),
  );
  return event.id;
}

/** The fields a rating gets when it is published. */
export function publishedFields(ctx: OperationContext, trigger: 'BOTH_RATED' | 'WINDOW_CLOSED') {
  return { status: 'PUBLISHED', publishedAt: ctx.now, visibleAt: ctx.now, publishTrigger: trigger };
}

/**
 * Publishes a sealed rating: its content becomes visible to both parties, the ratee gets its
 * `RATING_RECEIVED` event, and `rating.published` goes to both parties' tenants.
 */
export async function publishRating(
  ctx: OperationContext,
  row: ObjectRow,
  trigger: 'BOTH_RATED' | 'WINDOW_CLOSED',
): Promise<ObjectRow> {
  const creditEventId = await ratingCreditEvent(ctx, row);
  const data = { ...(row.data as Data), ...publishedFields(ctx, trigger), creditEventId };
  const saved = await saveObject(ctx.tx, row, { data, status: 'PUBLISHED' }, ctx.now);
  await ctx.emit(
    'rating.published',
    { ...(saved.data as Data), contentVisible: true },
    { previousStatus: 'SEALED', visibleTo: [saved.tenantId, ...saved.partyTenantIds] },
  );
  return saved;
}

/**
 * Sweep: a sealed rating whose window closed without a counterpart is published by the timer
 * (`WINDOW_CLOSED`, docs/domains/credit.md §Double-blind publication).
 */
export async function publishClosedWindows(ctx: OperationContext): Promise<void> {
  const due = await ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Rating'),
        eq(objects.status, 'SEALED'),
        sql`(${objects.data}->>'windowClosesAt')::timestamptz <= ${ctx.now}::timestamptz`,
      ),
    )
    .for('update');
  for (const row of due) await publishRating(ctx, row, 'WINDOW_CLOSED');
}
