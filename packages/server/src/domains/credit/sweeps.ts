import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { Sweep } from '../../operations/definitions.js';
import { type ObjectRow, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { withProfileChange } from './notify.js';
import { publishClosedWindows } from './rating-publication.js';
import { findSubject, type PartyRef } from './subjects.js';

type Data = Record<string, unknown>;

/** Rows of a type in some states whose time field (`publicUntil`, `expiresAt`) has passed. */
async function due(
  ctx: OperationContext,
  type: string,
  states: string[],
  field: string,
): Promise<ObjectRow[]> {
  return ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, type),
        sql`${objects.status} IN (${sql.join(
          states.map((s) => sql`${s}`),
          sql`, `,
        )})`,
        sql`(${objects.data}->>${field})::timestamptz <= ${ctx.now}::timestamptz`,
      ),
    )
    .for('update');
}

/**
 * Moves due rows to `to`, subject by subject, announcing each subject's profile change once.
 * The profile before is the one as recorded, since at the new time the lapsed period already reads as over.
 */
async function expire(ctx: OperationContext, rows: ObjectRow[], to: string, extra: Data = {}) {
  const bySubject = new Map<string, ObjectRow[]>();
  for (const row of rows) {
    const id = ((row.data as Data).subject as PartyRef).id;
    bySubject.set(id, [...(bySubject.get(id) ?? []), row]);
  }
  for (const group of bySubject.values()) {
    const first = group[0] as ObjectRow;
    const ref = (first.data as Data).subject as PartyRef;
    const subject = (await findSubject(ctx, ref)) ?? {
      ref,
      ownerTenantId: first.tenantId,
      createdAt: null,
      row: null,
    };
    const move = async () => {
      for (const row of group)
        await saveObject(
          ctx.tx,
          row,
          { data: { ...(row.data as Data), ...extra }, status: to, isPublic: false },
          ctx.now,
        );
    };
    await withProfileChange(ctx, subject, move, 'recorded');
  }
}

/** E12: a credit event leaves effect when `publicUntil` passes. */
export const expireCreditEvents: Sweep = async (ctx) =>
  expire(ctx, await due(ctx, 'CreditEvent', ['EFFECTIVE'], 'publicUntil'), 'EXPIRED');

/** E11: a listing ends by itself at `expiresAt` (3 years for wage arrears); no action is needed. */
export const expireBlacklistEntries: Sweep = async (ctx) =>
  expire(ctx, await due(ctx, 'BlacklistEntry', ['LISTED', 'REMOVAL_REQUESTED'], 'expiresAt'), 'EXPIRED');

/** Every time-based rule of the credit domain, in the order their effects build on each other. */
export const creditSweeps: Sweep[] = [publishClosedWindows, expireBlacklistEntries, expireCreditEvents];
