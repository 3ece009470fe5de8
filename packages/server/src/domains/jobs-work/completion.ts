import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import type { ActionOutcome } from '../../operations/definitions.js';
import type { ObjectRow } from '../../store/objects.js';
import { freshData, ms, notNow, requireSide, tenancyOf } from './assignment-model.js';
import { freezeAllocation, recordCreditEvent, settleAllocation } from './cross-domain.js';

type Data = Record<string, unknown>;

/**
 * The effects of accepting work, by the employer or automatically: the escrow share is released
 * (settlement) and credit events recorded (DOMAIN.md §3.7): `ASSIGNMENT_COMPLETED` for the worker,
 * and for the employer `ASSIGNMENT_COMPLETED` on confirmation or `ESCROW_AUTO_RELEASED` when silent.
 */
export async function acceptWork(
  ctx: OperationContext,
  row: ObjectRow,
  by: 'EMPLOYER' | 'AUTO_ACCEPT',
): Promise<Data> {
  const data = row.data as Data;
  const { employerTenantId, workerTenantId } = tenancyOf(row);
  await settleAllocation(ctx, row.id, 'RELEASE');
  await recordCreditEvent(ctx, {
    subjectType: 'WORKER',
    subjectId: String(data.workerId),
    type: 'ASSIGNMENT_COMPLETED',
    sourceRef: row.id,
    tenantId: workerTenantId,
  });
  await recordCreditEvent(ctx, {
    subjectType: 'EMPLOYER',
    subjectId: String(data.employerId),
    type: by === 'EMPLOYER' ? 'ASSIGNMENT_COMPLETED' : 'ESCROW_AUTO_RELEASED',
    sourceRef: row.id,
    tenantId: employerTenantId,
  });
  return { acceptedAt: ctx.now, acceptedBy: by };
}

/** `confirm` (COMPLETED_PENDING_CONFIRMATION → ACCEPTED), employer side; releases the escrow. */
export async function confirm(ctx: OperationContext, row: ObjectRow): Promise<ActionOutcome> {
  requireSide(ctx, row, 'EMPLOYER', 'confirm the work');
  const changes = await acceptWork(ctx, row, 'EMPLOYER');
  return { to: 'ACCEPTED', data: { ...(await freshData(ctx, row)), ...changes } };
}

/**
 * `dispute` (COMPLETED_PENDING_CONFIRMATION → DISPUTED), employer side, only before `autoAcceptAt`;
 * freezes the escrow share in the settlement domain. The claimed refund is at most the agreed pay.
 */
export async function dispute(ctx: OperationContext, row: ObjectRow, body: Data): Promise<ActionOutcome> {
  requireSide(ctx, row, 'EMPLOYER', 'dispute the work');
  const data = row.data as Data;
  if (data.autoAcceptAt && ctx.nowDate.getTime() >= ms(data.autoAcceptAt))
    throw notNow(
      ctx,
      row,
      `The confirmation window of work order ${row.id} closed at ${String(data.autoAcceptAt)}; the work is accepted automatically.`,
    );
  if (typeof body.claimedRefundFen === 'number' && body.claimedRefundFen > Number(data.agreedPayFen))
    throw ruleViolation(
      `claimedRefundFen ${body.claimedRefundFen} exceeds the agreed pay of ${String(data.agreedPayFen)} fen (AssignmentDisputeRequest).`,
    );
  // Settlement opens the dispute, links its id on the work order and freezes the escrow share.
  await freezeAllocation(ctx, row.id, null);
  return {
    to: 'DISPUTED',
    data: { ...(await freshData(ctx, row)), statusReason: undefined },
    internal: {
      dispute: {
        reason: body.reason,
        category: body.category,
        claimedRefundFen: body.claimedRefundFen ?? null,
        evidenceUrls: body.evidenceUrls ?? [],
        at: ctx.now,
      },
    },
  };
}
