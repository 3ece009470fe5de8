import type { TestServer } from '../harness.js';
import type { Hiring } from './jobs.js';
import type { Parties } from './parties.js';
import { idem, ok } from './step.js';

/**
 * A fifth work order of the hired worker (9 July) with an escrow of its own, funded and held; the
 * employer disputes it on the escrow (`escrows.dispute`), which opens an ESCROW_ACTION dispute and
 * freezes the order's wages.
 */
export async function escrowDisputeFlow(server: TestServer, parties: Parties, hiring: Hiring): Promise<void> {
  const a = server.as('platformA');
  const { applicationId } = await ok(a('GET', `/assignments/${hiring.assignmentId}`), 'get work order');
  const order = await ok(
    a(
      'POST',
      '/assignments',
      {
        applicationId,
        plannedStart: '2025-07-09T08:00:00+08:00',
        plannedEnd: '2025-07-09T12:00:00+08:00',
        agreedPayFen: 20000,
      },
      idem(),
    ),
    'add order',
  );
  const escrow = await ok(
    a(
      'POST',
      '/escrows',
      {
        jobId: hiring.jobId,
        assignmentId: order.id,
        payerEmployerId: parties.employerId,
        amountFen: 20000,
        provider: 'WECHAT_PAY',
      },
      idem(),
    ),
    'order escrow',
  );
  await ok(
    a('POST', `/escrows/${escrow.id}/fund`, { providerTransactionId: '4200002025070800002' }, idem()),
    'fund order escrow',
  );
  await ok(a('POST', `/escrows/${escrow.id}/hold`, {}), 'hold order escrow');
  await ok(
    a('POST', `/escrows/${escrow.id}/dispute`, {
      assignmentId: order.id,
      raisedBy: { type: 'EMPLOYER', id: parties.employerId },
      category: 'QUALITY',
      description: '约定的保洁范围与实际不符，暂停付款待核实',
      claimedFen: 20000,
    }),
    'dispute on the escrow',
  );
}
