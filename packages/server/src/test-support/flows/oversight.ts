import type { TestServer } from '../harness.js';
import { callers, ok } from './step.js';

/** The anonymous open-data feeds and statistics (reporting domain, read side). */
export async function openDataFlow(server: TestServer): Promise<void> {
  for (const path of [
    '/open-data/catalog',
    '/open-data/gig-markets.geojson',
    '/open-data/jobs.jsonld',
    '/statistics',
  ])
    await ok(server.anonymous('GET', path), `read ${path}`);
  await ok(server.anonymous('GET', '/open-data/statistics.csv'), 'statistics CSV');
}

/**
 * Two wage-arrears cases against platform A's employer: one ordered to pay, paid in full and
 * closed; one referred to the blacklist once its payment order is overdue.
 */
export async function wageArrearsFlow(
  server: TestServer,
  employerId: string,
  workerId: string,
): Promise<void> {
  const [op, reg] = callers(server, ['operator', 'regulator'] as const);
  const complaint = {
    source: 'COMPLAINT',
    employerId,
    workerIds: [workerId],
    amountOwedFen: 540000,
    region: '330110',
    description: '零工在五常街道某住宅项目做保洁18天，雇主未支付工资',
  };
  const paid = await ok(op('POST', '/wage-arrears-cases', complaint), 'open case');
  const { now } = await ok(reg('GET', '/sandbox/clock'), 'clock');
  const deadline = new Date(Date.parse(now) + 86_400_000).toISOString();
  const order = (id: string, no: string) =>
    reg('POST', `/wage-arrears-cases/${id}/order-payment`, {
      paymentOrderNo: no,
      deadline,
      amountOwedFen: 540000,
    });
  await ok(order(paid.id, '余人社监令〔2025〕第015号'), 'order payment');
  await ok(
    reg('POST', `/wage-arrears-cases/${paid.id}/mark-paid`, {
      paidFen: 540000,
      paidAt: now,
      paymentMethod: 'BANK_TRANSFER',
    }),
    'mark paid',
  );
  await ok(
    reg('POST', `/wage-arrears-cases/${paid.id}/close`, { closeReason: 'PAID_IN_FULL' }),
    'close case',
  );
  const unpaid = await ok(
    reg('POST', '/wage-arrears-cases', { ...complaint, source: 'INSPECTION', blacklistCandidate: true }),
    'case 2',
  );
  await ok(order(unpaid.id, '余人社监令〔2025〕第016号'), 'order payment 2');
  await ok(reg('POST', '/sandbox/clock/advance', { by: '2d' }), 'let the order lapse');
  await ok(
    reg('POST', `/wage-arrears-cases/${unpaid.id}/refer-to-blacklist`, {
      criteria: ['CRIMINAL_THRESHOLD_AMOUNT'],
      decisionNo: '余人社失信决〔2025〕第003号',
    }),
    'refer to blacklist',
  );
  await ok(op('GET', `/wage-arrears-cases/${paid.id}`), 'get case');
  await ok(reg('GET', '/wage-arrears-cases'), 'list cases');
}
