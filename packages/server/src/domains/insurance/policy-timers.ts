import { inArray } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import type { Sweep } from '../../operations/definitions.js';
import { findById, type ObjectRow, saveObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { before, type Data, findRows } from './support.js';

const ORDER_ENDED_EARLY = ['CANCELLED_BY_EMPLOYER', 'CANCELLED_BY_WORKER', 'NO_SHOW'];

/**
 * Follows a per-order policy's work order: cover starts at an earlier check-in and ends at the
 * check-out (docs/domains/insurance.md §Policies); a work order cancelled or marked no-show before
 * cover started cancels the policy with a full refund. Returns the row as it now stands.
 */
async function followWorkOrder(ctx: OperationContext, row: ObjectRow): Promise<ObjectRow> {
  const policy = row.data as Data;
  const order = (await findById(ctx.tx, policy.assignmentId as string))?.data as Data | undefined;
  if (!order) return row;
  const checkIn = (order.checkIn as { at?: string } | null)?.at;
  const checkOut = (order.checkOut as { at?: string } | null)?.at;
  if (row.status === 'BOUND' && !checkIn && ORDER_ENDED_EARLY.includes(order.status as string)) {
    return saveObject(
      ctx.tx,
      row,
      {
        status: 'CANCELLED',
        data: { ...policy, cancelledAt: ctx.now, premiumRefundFen: policy.premiumFen },
      },
      ctx.now,
    );
  }
  const changes: Data = {};
  if (checkIn && before(checkIn, policy.coverageStart as string)) changes.coverageStart = checkIn;
  if (checkOut && checkOut !== policy.coverageEnd) changes.coverageEnd = checkOut;
  if (Object.keys(changes).length === 0) return row;
  return saveObject(ctx.tx, row, { data: { ...policy, ...changes } }, ctx.now);
}

/** BOUND → ACTIVE at `coverageStart`, ACTIVE → EXPIRED at `coverageEnd` (timers). */
export const policyTimers: Sweep = async (ctx) => {
  const running = await findRows(ctx, 'InsurancePolicy', inArray(objects.status, ['BOUND', 'ACTIVE']));
  for (let row of running) {
    if ((row.data as Data).assignmentId) row = await followWorkOrder(ctx, row);
    const policy = row.data as Data;
    if (row.status === 'BOUND' && !before(ctx.now, policy.coverageStart as string))
      row = await saveObject(ctx.tx, row, { status: 'ACTIVE' }, ctx.now);
    if (row.status === 'ACTIVE' && !before(ctx.now, policy.coverageEnd as string))
      await saveObject(ctx.tx, row, { status: 'EXPIRED' }, ctx.now);
  }
};
