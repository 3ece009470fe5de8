import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { Sweep } from '../../operations/definitions.js';
import { saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { freshData } from './assignment-model.js';
import { noShowEffects } from './calling-off.js';
import { acceptWork } from './completion.js';
import { contractRenderingSweep } from './contract-sign.js';

type Data = Record<string, unknown>;
const visibleToBoth = (row: { tenantId: string; partyTenantIds: string[] }) => [
  row.tenantId,
  ...row.partyTenantIds,
];

/** Due work orders of some statuses whose instant field is at or before now (text order = time order, all `+08:00`). */
function due(ctx: OperationContext, statuses: string[], field: 'autoAcceptAt' | 'plannedEnd') {
  return ctx.tx
    .select()
    .from(objects)
    .where(
      and(
        eq(objects.type, 'Assignment'),
        inArray(objects.status, statuses),
        sql`${objects.data}->>${field} <= ${ctx.now}`,
      ),
    )
    .orderBy(objects.id)
    .for('update', { skipLocked: true });
}

/**
 * Wage protection: submitted work the employer neither confirmed nor disputed by `autoAcceptAt`
 * is accepted by the server (`acceptedBy: AUTO_ACCEPT`), the escrow share released and the silent
 * employer given an `ESCROW_AUTO_RELEASED` credit event (jobs-work-orders.md, Auto-accept).
 */
export const autoAcceptSweep: Sweep = async (ctx) => {
  for (const row of await due(ctx, ['COMPLETED_PENDING_CONFIRMATION'], 'autoAcceptAt')) {
    const changes = await acceptWork(ctx, row, 'AUTO_ACCEPT');
    const saved = await saveObject(
      ctx.tx,
      row,
      { status: 'ACCEPTED', data: { ...(await freshData(ctx, row)), ...changes } },
      ctx.now,
    );
    await ctx.emit('assignment.confirmed', saved.data as Data, {
      previousStatus: row.status ?? '',
      visibleTo: visibleToBoth(saved),
    });
  }
};

/** `plannedEnd` passed without a check-in: the server marks `NO_SHOW` itself, with the no-show effects. */
export const noShowSweep: Sweep = async (ctx) => {
  for (const row of await due(ctx, ['CONFIRMED', 'READY'], 'plannedEnd')) {
    await noShowEffects(ctx, row);
    await saveObject(ctx.tx, row, { status: 'NO_SHOW', data: await freshData(ctx, row) }, ctx.now);
  }
};

/** The time-based rules of work orders and e-contracts. */
export const jobsWorkSweeps: Sweep[] = [contractRenderingSweep, autoAcceptSweep, noShowSweep];
