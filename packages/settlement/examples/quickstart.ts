import { apiKey, isConflictError } from '@gigmarket/core';
import { createSettlementClient, type Escrow, type EscrowCreate } from '@gigmarket/settlement';

const settlement = createSettlementClient({
  baseUrl: 'https://sandbox.gigmarket.org.cn/v1',
  auth: apiKey('gm_demo_platform'),
});

/** Opens an escrow for an assignment; the key makes a retried call return the same escrow. */
export function openEscrow(input: EscrowCreate, orderId: string): Promise<Escrow> {
  return settlement.escrows.create(input, { idempotencyKey: `escrow-${orderId}` });
}

/** Releases the wages once the work is confirmed; `undefined` while the escrow cannot be released yet. */
export async function releaseWages(escrowId: string, orderId: string): Promise<Escrow | undefined> {
  try {
    return await settlement.escrows.release(escrowId, {}, { idempotencyKey: `release-${orderId}` });
  } catch (error) {
    if (isConflictError(error)) return undefined; // error.currentState, error.allowedActions say why
    throw error;
  }
}

/** Sums what one worker was paid; the paginator fetches page after page as the loop asks. */
export async function paidToWorker(workerId: string): Promise<number> {
  let totalFen = 0;
  for await (const payout of settlement.payouts.list({ workerId, status: 'PAID', limit: 100 })) {
    totalFen += payout.netFen;
  }
  return totalFen;
}
