import { type OperationContext, shanghaiIso } from '../../context.js';
import type { ActionOutcome } from '../../operations/definitions.js';
import type { ObjectRow } from '../../store/objects.js';
import {
  cancellingSide,
  freshData,
  ms,
  notNow,
  requireSide,
  rulesFor,
  tenancyOf,
} from './assignment-model.js';
import { endContractsOf } from './contract-lifecycle.js';
import { closeJobIfWorkEnded, recordCreditEvent, settleAllocation } from './cross-domain.js';

type Data = Record<string, unknown>;

/**
 * The effects of calling a work order off (its new status `to` is saved after): the escrow share is
 * refunded, the contract ends, and a FILLED job whose work orders have all ended closes.
 */
async function callOff(ctx: OperationContext, row: ObjectRow, to: string): Promise<void> {
  await settleAllocation(ctx, row.id, 'REFUND');
  await endContractsOf(ctx, row.id, 'ASSIGNMENT_CANCELLED');
  await closeJobIfWorkEnded(ctx, String((row.data as Data).jobId), { id: row.id, status: to });
}

/**
 * `cancel` (CONFIRMED | READY → CANCELLED_BY_EMPLOYER | CANCELLED_BY_WORKER): the side comes from
 * the caller. An employer cancelling less than `lateCancellationHours` (engine rule, 2 h) before
 * `plannedStart` is late and gets a `LATE_CANCELLATION` credit event (DOMAIN.md §3.7).
 */
export async function cancel(ctx: OperationContext, row: ObjectRow, body: Data): Promise<ActionOutcome> {
  const side = cancellingSide(ctx, row, body.actingAs);
  const data = row.data as Data;
  const lateMs = rulesFor(ctx).lateCancellationHours.value * 3_600_000;
  const late = side === 'EMPLOYER' && ctx.nowDate.getTime() > ms(data.plannedStart) - lateMs;
  const to = side === 'EMPLOYER' ? 'CANCELLED_BY_EMPLOYER' : 'CANCELLED_BY_WORKER';
  await callOff(ctx, row, to);
  if (late)
    await recordCreditEvent(ctx, {
      subjectType: 'EMPLOYER',
      subjectId: String(data.employerId),
      type: 'LATE_CANCELLATION',
      sourceRef: row.id,
      tenantId: tenancyOf(row).employerTenantId,
    });
  const cancellation = {
    by: side,
    at: ctx.now,
    ...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
    late,
  };
  return {
    to,
    data: { ...(await freshData(ctx, row)), cancellation, statusReason: undefined },
  };
}

/** The no-show effects: as a cancellation, plus a `NO_SHOW` credit event for the worker. */
export async function noShowEffects(ctx: OperationContext, row: ObjectRow): Promise<void> {
  await callOff(ctx, row, 'NO_SHOW');
  await recordCreditEvent(ctx, {
    subjectType: 'WORKER',
    subjectId: String((row.data as Data).workerId),
    type: 'NO_SHOW',
    sourceRef: row.id,
    tenantId: tenancyOf(row).workerTenantId,
  });
}

/**
 * `markNoShow` (CONFIRMED | READY → NO_SHOW), employer side, from `plannedStart` + the grace period
 * (engine rule `assignmentNoShowGraceMinutes`, 30 min); earlier calls are `409`.
 */
export async function markNoShow(ctx: OperationContext, row: ObjectRow): Promise<ActionOutcome> {
  requireSide(ctx, row, 'EMPLOYER', 'mark a no-show');
  const data = row.data as Data;
  const grace = rulesFor(ctx).assignmentNoShowGraceMinutes.value * 60_000;
  const from = ms(data.plannedStart) + grace;
  if (ctx.nowDate.getTime() < from)
    throw notNow(
      ctx,
      row,
      `A no-show can be recorded from ${shanghaiIso(new Date(from))} (plannedStart + ${grace / 60_000} minutes grace, DOMAIN.md §3.2); it is ${ctx.now}.`,
    );
  await noShowEffects(ctx, row);
  return { to: 'NO_SHOW', data: { ...(await freshData(ctx, row)), statusReason: undefined } };
}
