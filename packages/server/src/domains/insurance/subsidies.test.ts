import { schemas } from '@gigmarket/insurance/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomIds } from '../../ids.js';
import { insertObject } from '../../store/objects.js';
import { startTestServer, type TestServer } from '../../test-support/harness.js';
import { insertWorker, key, productBody, TENANT_A } from './test-fixtures.js';

/** Ids for rows the fixtures insert directly, outside any request. */
const fixtureId = randomIds();

let server: TestServer;
let workerId: string;
let consentId: string;
const platformA = () => server.as('platformA');
const regulator = () => server.as('regulator');
const apply = (extra: Record<string, unknown> = {}) =>
  platformA()('POST', '/subsidy-applications', {
    kind: 'ACCIDENT_INSURANCE',
    workerId,
    region: '330110',
    periodStart: '2025-07-01',
    periodEnd: '2025-07-01',
    requestedFen: 100,
    consentId,
    ...extra,
  });
const act = (id: string, verb: string, body: unknown, headers = {}) =>
  regulator()('POST', `/subsidy-applications/${id}/${verb}`, body, headers);

beforeAll(async () => {
  server = await startTestServer();
  workerId = await insertWorker(server, { hardship: ['ZERO_EMPLOYMENT_FAMILY'] });
  consentId = fixtureId('cns', Date.now());
  const at = '2025-07-01T08:00:00+08:00';
  await insertObject(server.db, {
    id: consentId,
    type: 'Consent',
    tenantId: TENANT_A,
    status: 'GRANTED',
    data: { id: consentId, workerId, tenantId: TENANT_A, purpose: 'SUBSIDY_APPLICATION', status: 'GRANTED' },
    createdAt: at,
    updatedAt: at,
  });
  const product = (await server.as('insurer')('POST', '/insurance-products', productBody('PER_DAY'))).body.id;
  for (const coverageDate of ['2025-07-01', '2025-07-02']) {
    const quote = await platformA()('POST', '/insurance-quotes', {
      productId: product,
      workerId,
      riskClass: '1',
      coverageDate,
      payer: 'PLATFORM',
    });
    await platformA()(
      'POST',
      '/insurance-policies',
      { quoteId: quote.body.id, payer: { kind: 'PLATFORM', id: TENANT_A } },
      key(),
    );
  }
});
afterAll(() => server.close());

describe('subsidy eligibility', () => {
  it('answers the accident subsidy from the worker’s covered days (engine eligibility)', async () => {
    const res = await platformA()('POST', '/subsidy-eligibility-checks', {
      workerId,
      region: '330110',
      asOf: '2025-07-31',
      consentId,
    });
    expect(res.status).toBe(200);
    const [accident, social] = res.body.subsidies.map((s: unknown) => schemas.zSubsidyEligibility.parse(s));
    expect(accident).toMatchObject({
      eligible: true,
      amountFen: 100,
      amountUnit: 'PER_DAY',
      capFen: 36_000,
      remainingCapFen: 36_000,
      rule: { code: 'ACCIDENT_DAILY_FLAT' },
      basis: { coverageDays: 2 },
    });
    expect(social).toMatchObject({ eligible: false, kind: 'SOCIAL_INSURANCE' });
    expect(social.ineligibleReasons?.[0]).toMatch(/minimum contribution base/);
  });

  it('needs the worker’s consent from a platform (400) but not from a regulator', async () => {
    const noConsent = await platformA()('POST', '/subsidy-eligibility-checks', {
      workerId,
      region: '330110',
    });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.errors[0].pointer).toBe('/consentId');
    const byRegulator = await regulator()('POST', '/subsidy-eligibility-checks', {
      workerId,
      region: '330110',
    });
    expect(byRegulator.status).toBe(200);
    expect(
      (
        await server.as('platformB')('POST', '/subsidy-eligibility-checks', {
          workerId,
          region: '330110',
          consentId,
        })
      ).status,
    ).toBe(404);
  });
});

describe('subsidy applications', () => {
  let appId: string;

  it('files an application with the amount recomputed under the rule', async () => {
    const res = await apply();
    expect(res.status).toBe(201);
    const app = schemas.zSubsidyApplication.parse(res.body);
    appId = app.id;
    expect(app).toMatchObject({
      status: 'APPLIED',
      rule: { code: 'ACCIDENT_DAILY_FLAT' },
      basis: { coverageDays: 1 },
      beneficiary: { type: 'WORKER', id: workerId },
      approvedFen: 0,
    });
    expect((await platformA()('GET', `/subsidy-applications/${appId}`)).status).toBe(200);
    expect((await server.as('platformB')('GET', `/subsidy-applications/${appId}`)).status).toBe(404);
  });

  it('refuses overlapping periods, periods without cover and unsupported kinds (422)', async () => {
    expect((await apply()).status).toBe(422);
    expect((await apply({ periodStart: '2025-08-01', periodEnd: '2025-08-31' })).status).toBe(422);
    const social = await apply({ kind: 'SOCIAL_INSURANCE', contributionMonths: 3 });
    expect(social.status).toBe(422);
    expect(social.body.detail).toMatch(/minimum contribution base/);
  });

  it('approves within the recomputed amount, pays in full with a key, claws back', async () => {
    expect((await act(appId, 'approve', { approvedFen: 300 })).status).toBe(422);
    const approved = await act(appId, 'approve', { approvedFen: 100 });
    expect(schemas.zSubsidyApplication.parse(approved.body)).toMatchObject({
      status: 'APPROVED',
      approvedFen: 100,
    });
    const payment = { paidFen: 100, method: 'SOCIAL_SECURITY_CARD', transactionId: 'FUND-1' };
    expect((await act(appId, 'pay', payment)).status).toBe(400);
    expect((await act(appId, 'pay', { ...payment, paidFen: 50 }, key())).status).toBe(422);
    const paid = await act(appId, 'pay', payment, key());
    expect(schemas.zSubsidyApplication.parse(paid.body)).toMatchObject({
      status: 'PAID',
      paidFen: 100,
      paymentTransactionId: 'FUND-1',
      cumulativeYearFen: 100,
    });
    const claw = {
      clawedBackFen: 100,
      reasonCode: 'DUPLICATE_SUBSIDY',
      reason: '同期已享受职业伤害保障补贴，依规追回。',
    };
    expect((await act(appId, 'claw-back', { ...claw, clawedBackFen: 200 }, key())).status).toBe(422);
    const back = await act(appId, 'claw-back', claw, key());
    expect(schemas.zSubsidyApplication.parse(back.body)).toMatchObject({
      status: 'CLAWED_BACK',
      clawedBackFen: 100,
    });
    const late = await act(appId, 'reject', { reasonCode: 'OTHER', reason: '不予补贴' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ currentState: 'CLAWED_BACK', allowedActions: [] });
  });

  it('rejects an application before payment; only regulators decide (403)', async () => {
    const app = (await apply({ periodStart: '2025-07-02', periodEnd: '2025-07-02' })).body;
    expect(
      (await platformA()('POST', `/subsidy-applications/${app.id}/approve`, { approvedFen: 100 })).status,
    ).toBe(403);
    const rejected = await act(app.id, 'reject', {
      reasonCode: 'INSUFFICIENT_EVIDENCE',
      reason: '缺少参保证明',
    });
    expect(schemas.zSubsidyApplication.parse(rejected.body)).toMatchObject({
      status: 'REJECTED',
      decisionReason: '缺少参保证明',
    });
    const list = await regulator()('GET', `/subsidy-applications?workerId=${workerId}&status=REJECTED`);
    expect(schemas.zSubsidyApplicationPage.parse(list.body).data.map((a) => a.id)).toEqual([app.id]);
  });
});
