import type { OperationContext } from '../../context.js';
import { type ObjectRow, saveObject } from '../../store/objects.js';
import { endContractsOf } from './contract-lifecycle.js';
import { closeJobIfWorkEnded } from './cross-domain.js';

type Data = Record<string, unknown>;

/**
 * A work order becomes `SETTLED` (ACCEPTED, DISPUTED or ENDED_BY_INCIDENT, side effects in
 * settlement: the payout confirmed, or accepted work that no escrow covers). Its signed contract
 * ends as performed (`SIGNED → TERMINATED`, `termination.type: PERFORMED`) and a `FILLED` job whose
 * work orders have all ended closes (JobStatus `FILLED → CLOSED`).
 *
 * @example
 * await settleWorkOrder(ctx, assignmentRow); // after the provider confirmed the worker's payout
 */
export async function settleWorkOrder(ctx: OperationContext, row: ObjectRow): Promise<ObjectRow> {
  const saved = await saveObject(ctx.tx, row, { status: 'SETTLED' }, ctx.now);
  await endContractsOf(ctx, row.id, 'PERFORMED');
  await closeJobIfWorkEnded(ctx, String((row.data as Data).jobId));
  return saved;
}
