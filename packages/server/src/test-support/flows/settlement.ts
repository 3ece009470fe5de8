import type { TestServer } from '../harness.js';
import type { Hiring } from './jobs.js';
import type { Parties } from './parties.js';
import { callers, idem, ok } from './step.js';
import type { WorkOrders } from './work.js';

/**
 * Platform A's commission rule and an escrow for the hired worker's four orders, funded and held
 * before the work starts (1 July).
 */
export async function fundEscrow(server: TestServer, parties: Parties, hiring: Hiring): Promise<string> {
  const a = server.as('platformA');
  // In effect from this very instant: a rule may not start in the past, and escrows need one in force.
  const { now } = await ok(a('GET', '/sandbox/clock'), 'clock');
  const rule = await ok(
    a('POST', '/commission-rules', {
      name: '家政服务订单抽成规则',
      scope: {},
      rateBps: 1000,
      capBps: 1500,
      fixedFeeFen: 0,
      effectiveFrom: now,
    }),
    'commission rule',
  );
  await ok(server.anonymous('GET', `/commission-rules/${rule.id}`), 'get rule');
  await ok(server.anonymous('GET', '/commission-rules'), 'list rules');
  const escrow = await ok(
    a(
      'POST',
      '/escrows',
      { jobId: hiring.jobId, payerEmployerId: parties.employerId, amountFen: 80000, provider: 'WECHAT_PAY' },
      idem(),
    ),
    'create escrow',
  );
  await ok(
    a('POST', `/escrows/${escrow.id}/fund`, { providerTransactionId: '4200002025070100001' }, idem()),
    'fund',
  );
  await ok(a('POST', `/escrows/${escrow.id}/hold`, {}), 'hold');
  return escrow.id;
}

/**
 * Settles the worked orders: the submitted one released and confirmed, the no-show refunded, the
 * employer's quality dispute mediated and resolved by a split, a second dispute referred to
 * arbitration and closed; then payouts and the ledger are read.
 */
export async function settleFlow(
  server: TestServer,
  escrowId: string,
  orders: WorkOrders,
  hiring: Hiring,
): Promise<void> {
  const [a, hr, reg] = callers(server, ['platformA', 'hrAgency', 'regulator'] as const);
  await ok(a('POST', `/escrows/${escrowId}/release`, { assignmentIds: [orders.done] }, idem()), 'release');
  await ok(a('POST', `/assignments/${orders.done}/confirm`, {}, idem()), 'confirm work');
  // The no-show's allocation went back by itself; an explicit refund returns a second, unfilled escrow.
  const { payerEmployerId } = await ok(a('GET', `/escrows/${escrowId}`), 'get escrow');
  const spare = await ok(
    a(
      'POST',
      '/escrows',
      { jobId: hiring.closedJobId, payerEmployerId, amountFen: 20000, provider: 'ALIPAY' },
      idem(),
    ),
    'second escrow',
  );
  await ok(
    a('POST', `/escrows/${spare.id}/fund`, { providerTransactionId: '2025070122001400001' }, idem()),
    'fund 2',
  );
  await ok(
    a('POST', `/escrows/${spare.id}/refund`, { reasonCode: 'NOT_FILLED', reason: '未招满' }, idem()),
    'refund',
  );
  const disputes = (await ok(a('GET', `/disputes?escrowId=${escrowId}`), 'list disputes')).data;
  const quality = disputes[0].id;
  await ok(hr('GET', `/disputes/${quality}`), 'get dispute');
  await ok(
    a('POST', `/disputes/${quality}/start-mediation`, {
      mediator: { type: 'GIG_MARKET', name: '余杭区零工市场劳动争议调解室' },
    }),
    'mediate',
  );
  await ok(
    a('POST', `/disputes/${quality}/resolve`, {
      outcome: {
        type: 'SPLIT',
        split: { workerFen: 14000, employerFen: 6000 },
        basis: 'MEDIATION_AGREEMENT',
        summary: '双方同意',
      },
    }),
    'resolve',
  );
  const second = await ok(
    a('POST', '/disputes', {
      escrowId,
      assignmentId: orders.done,
      raisedBy: { type: 'EMPLOYER', id: payerEmployerId },
      category: 'QUALITY',
      description: '完工后发现墙面污损',
    }),
    'open dispute',
  );
  await ok(
    a('POST', `/disputes/${second.id}/refer-to-arbitration`, {
      externalCaseNo: '杭余劳人仲案字〔2025〕第0456号',
      committeeName: '杭州市余杭区劳动人事争议仲裁委员会',
    }),
    'refer to arbitration',
  );
  await ok(
    a('POST', `/disputes/${second.id}/close`, { closeReason: 'WITHDRAWN', reason: '撤回' }),
    'close dispute',
  );
  await ok(a('POST', '/sandbox/clock/advance', { by: '1m' }), 'provider confirms');
  const payouts = (await ok(hr('GET', '/payouts'), 'list payouts')).data;
  await ok(hr('GET', `/payouts/${payouts[0].id}`), 'get payout');
  await ok(a('GET', '/escrows'), 'list escrows');
  await ok(reg('GET', '/ledger/entries'), 'ledger');
  await ok(a('GET', `/ledger/balances/escrow:${escrowId}`), 'balance');
}
