import type { OperationContext } from '../../context.js';
import { findById, saveObject } from '../../store/objects.js';
import { prerequisitesMet } from './assignment-model.js';

type Data = Record<string, unknown>;

/**
 * CONFIRMED → READY when every prerequisite is met (jobs-work-orders.md, Life cycle): the contract
 * `SIGNED` where `contractRequired`, a policy bound (in `policyIds`) where `insuranceRequired`.
 * Called when a contract is signed; the insurance domain calls it when it binds a policy.
 */
export async function promoteIfReady(ctx: OperationContext, assignmentId: string): Promise<boolean> {
  const row = await findById(ctx.tx, assignmentId, true);
  if (row?.type !== 'Assignment' || row.status !== 'CONFIRMED') return false;
  const data = row.data as Data;
  let signed = false;
  if (typeof data.contractId === 'string') {
    const contract = await findById(ctx.tx, data.contractId);
    signed = contract?.status === 'SIGNED';
  }
  if (!prerequisitesMet(data, signed)) return false;
  await saveObject(ctx.tx, row, { status: 'READY', data }, ctx.now);
  return true;
}
