import { schemas } from '@gigmarket/settlement/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { advance, id, type Server } from './test-fixtures.js';

let server: Server;
const complaint = () => ({
  source: 'COMPLAINT',
  employerId: id('emp'),
  workerIds: [id('wkr'), id('wkr')],
  amountOwedFen: 540000,
  region: '140121',
  description: '3名零工在清源镇某住宅项目做混凝土工18天，雇主未支付工资',
});

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2025-07-08T01:40:00Z') });
});
afterAll(() => server.close());

describe('wage-arrears cases', () => {
  it('takes a market operator’s complaint, orders payment, refuses a partial payment and closes paid in full', async () => {
    const res = await server.as('operator')('POST', '/wage-arrears-cases', complaint());
    expect(res.status).toBe(201);
    const opened = schemas.zWageArrearsCase.parse(res.body);
    expect(opened).toMatchObject({ status: 'OPEN', amountPaidFen: 0, paymentOverdue: false });
    expect((await server.as('operator')('GET', `/wage-arrears-cases/${opened.id}`)).status).toBe(200);
    expect((await server.as('platformB')('GET', `/wage-arrears-cases/${opened.id}`)).status).toBe(404);
    const ordered = await server.as('regulator')('POST', `/wage-arrears-cases/${opened.id}/order-payment`, {
      paymentOrderNo: '清人社监令〔2025〕第015号',
      deadline: '2025-07-18T17:00:00+08:00',
      amountOwedFen: 500000,
    });
    expect(schemas.zWageArrearsCase.parse(ordered.body)).toMatchObject({
      status: 'ORDERED_TO_PAY',
      amountOwedFen: 500000,
    });
    const partial = await server.as('regulator')('POST', `/wage-arrears-cases/${opened.id}/mark-paid`, {
      paidFen: 100000,
      paidAt: '2025-07-16T15:20:00+08:00',
      paymentMethod: 'BANK_TRANSFER',
    });
    expect(partial.status).toBe(422);
    const paid = await server.as('regulator')('POST', `/wage-arrears-cases/${opened.id}/mark-paid`, {
      paidFen: 500000,
      paidAt: '2025-07-16T15:20:00+08:00',
      paymentMethod: 'BANK_TRANSFER',
    });
    expect(schemas.zWageArrearsCase.parse(paid.body)).toMatchObject({
      status: 'PAID',
      amountPaidFen: 500000,
    });
    expect(
      (
        await server.as('regulator')('POST', `/wage-arrears-cases/${opened.id}/close`, {
          closeReason: 'UNFOUNDED',
        })
      ).status,
    ).toBe(422);
    const closed = await server.as('regulator')('POST', `/wage-arrears-cases/${opened.id}/close`, {
      closeReason: 'PAID_IN_FULL',
    });
    expect(schemas.zWageArrearsCase.parse(closed.body)).toMatchObject({
      status: 'CLOSED',
      closeReason: 'PAID_IN_FULL',
    });
    expect(
      (
        await server.as('regulator')('POST', `/wage-arrears-cases/${opened.id}/close`, {
          closeReason: 'PAID_IN_FULL',
        })
      ).body,
    ).toMatchObject({ status: 409, currentState: 'CLOSED' });
  });

  it('refers an employer to the blacklist only after the deadline passed unpaid', async () => {
    const res = await server.as('regulator')('POST', '/wage-arrears-cases', {
      ...complaint(),
      source: 'INSPECTION',
      blacklistCandidate: true,
    });
    const caseId = schemas.zWageArrearsCase.parse(res.body).id;
    await server.as('regulator')('POST', `/wage-arrears-cases/${caseId}/order-payment`, {
      paymentOrderNo: '清人社监令〔2025〕第016号',
      deadline: '2025-07-09T17:00:00+08:00',
      amountOwedFen: 540000,
    });
    const early = await server.as('regulator')('POST', `/wage-arrears-cases/${caseId}/refer-to-blacklist`, {
      criteria: ['CRIMINAL_THRESHOLD_AMOUNT'],
      decisionNo: '清人社失信决〔2025〕第003号',
    });
    expect(early.status).toBe(422);
    await advance(server, '2d');
    const overdue = await server.as('regulator')('GET', '/wage-arrears-cases?paymentOverdue=true');
    expect(schemas.zWageArrearsCasePage.parse(overdue.body).data.map((c) => c.id)).toEqual([caseId]);
    const referred = await server.as('regulator')(
      'POST',
      `/wage-arrears-cases/${caseId}/refer-to-blacklist`,
      { criteria: ['CRIMINAL_THRESHOLD_AMOUNT'], decisionNo: '清人社失信决〔2025〕第003号' },
    );
    expect(schemas.zWageArrearsCase.parse(referred.body)).toMatchObject({
      status: 'REFERRED_BLACKLIST',
      blacklistCriteria: ['CRIMINAL_THRESHOLD_AMOUNT'],
      paymentOverdue: true,
    });
  });

  it('refuses an operator’s inspection case and a non-county region (422), a platform’s filing (403) and bad input (400)', async () => {
    expect(
      (await server.as('operator')('POST', '/wage-arrears-cases', { ...complaint(), source: 'INSPECTION' }))
        .status,
    ).toBe(422);
    expect(
      (await server.as('regulator')('POST', '/wage-arrears-cases', { ...complaint(), region: '140100' }))
        .status,
    ).toBe(422);
    expect((await server.as('platformA')('POST', '/wage-arrears-cases', complaint())).status).toBe(403);
    const bad = await server.as('regulator')('POST', '/wage-arrears-cases', {
      ...complaint(),
      workerIds: [],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/workerIds');
    expect(
      (
        await server.as('operator')(
          'POST',
          '/wage-arrears-cases/war_01J4ARREARS000000000000000/order-payment',
          {},
        )
      ).status,
    ).toBe(403);
  });
});
