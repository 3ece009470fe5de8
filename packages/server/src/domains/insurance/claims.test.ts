import { schemas } from '@gigmarket/insurance/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS, startTestServer, type TestServer } from '../../test-support/harness.js';
import { insertWorker, key, productBody, TENANT_A } from './test-fixtures.js';

let server: TestServer;
let workerId: string;
let policyId: string;
const platformA = () => server.as('platformA');
const regulator = () => server.as('regulator');
const location = { region: '330110', address: '浙江省杭州市余杭区五常街道文一西路998号' };
const report = (extra: Record<string, unknown>) => ({
  workerId,
  incidentAt: '2025-07-01T08:30:00+08:00',
  incidentLocation: location,
  injuryType: 'FALL',
  description: '擦玻璃时从梯子上滑落，左手腕骨折。',
  death: false,
  ...extra,
});
const doc = (type: string) => ({
  type,
  fileUrl: 'https://files.platform.example.cn/claims/invoice-1.pdf',
  sha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  mediaType: 'application/pdf',
});
const act = (as: ReturnType<typeof platformA>, id: string, verb: string, body: unknown = {}, headers = {}) =>
  as('POST', `/insurance-claims/${id}/${verb}`, body, headers);

beforeAll(async () => {
  server = await startTestServer();
  workerId = await insertWorker(server);
  const product = (await server.as('insurer')('POST', '/insurance-products', productBody('PER_DAY'))).body.id;
  const quote = await platformA()('POST', '/insurance-quotes', {
    productId: product,
    workerId,
    riskClass: '2',
    coverageDate: '2025-07-01',
    payer: 'PLATFORM',
  });
  const bound = await platformA()(
    'POST',
    '/insurance-policies',
    { quoteId: quote.body.id, payer: { kind: 'PLATFORM', id: TENANT_A } },
    key(),
  );
  policyId = bound.body.id;
});
afterAll(() => server.close());

describe('commercial claims', () => {
  let claimId: string;

  it('reports a claim on a policy, marks the policy claimed and tells the handler', async () => {
    const res = await platformA()(
      'POST',
      '/insurance-claims',
      report({ scheme: 'COMMERCIAL', policyId, documents: [doc('ACCIDENT_DESCRIPTION')] }),
    );
    expect(res.status).toBe(201);
    const claim = schemas.zInsuranceClaim.parse(res.body);
    claimId = claim.id;
    expect(claim).toMatchObject({
      status: 'REPORTED',
      handler: { tenantId: CLIENTS.insurer.tenantId },
      reporter: { type: 'TENANT', id: TENANT_A },
      claimDeadline: '2027-07-01T08:30:00+08:00',
      documents: [{ type: 'ACCIDENT_DESCRIPTION', uploadedAt: '2025-07-01T09:00:00+08:00' }],
    });
    const policy = await platformA()('GET', `/insurance-policies/${policyId}`);
    expect(policy.body).toMatchObject({ claimed: true, claimIds: [claimId] });
    expect((await server.as('insurer')('GET', `/insurance-claims/${claimId}`)).status).toBe(200);
    expect((await server.as('platformB')('GET', `/insurance-claims/${claimId}`)).status).toBe(404);
    const events = await server.as('insurer')('GET', `/events?types=claim.updated&objectId=${claimId}`);
    expect(events.body.data).toHaveLength(1);
  });

  it('refuses a report outside the cover or in the future (422)', async () => {
    const outside = await platformA()(
      'POST',
      '/insurance-claims',
      report({ scheme: 'COMMERCIAL', policyId, incidentAt: '2025-06-30T20:00:00+08:00' }),
    );
    expect(outside.status).toBe(422);
    expect(outside.body.detail).toMatch(/outside the cover/);
    const future = await platformA()(
      'POST',
      '/insurance-claims',
      report({ scheme: 'COMMERCIAL', policyId, incidentAt: '2025-07-01T10:00:00+08:00' }),
    );
    expect(future.status).toBe(422);
    const noPolicy = await platformA()('POST', '/insurance-claims', report({ scheme: 'COMMERCIAL' }));
    expect(noPolicy.status).toBe(400);
  });

  it('collects documents before submission', async () => {
    const pending = await act(server.as('insurer'), claimId, 'request-documents', {
      documentTypes: ['MEDICAL_INVOICE'],
    });
    expect(schemas.zInsuranceClaim.parse(pending.body)).toMatchObject({
      status: 'DOCUMENTS_PENDING',
      requiredDocuments: ['MEDICAL_INVOICE'],
    });
    const early = await act(platformA(), claimId, 'submit');
    expect(early.status).toBe(422);
    expect(early.body.detail).toMatch(/MEDICAL_INVOICE/);
    const added = await act(platformA(), claimId, 'documents', doc('MEDICAL_INVOICE'));
    expect(added.status).toBe(200);
    expect(schemas.zInsuranceClaim.parse(added.body)).toMatchObject({
      status: 'DOCUMENTS_PENDING',
      requiredDocuments: [],
    });
    const submitted = await act(platformA(), claimId, 'submit');
    expect(schemas.zInsuranceClaim.parse(submitted.body)).toMatchObject({
      status: 'SUBMITTED',
      decisionDueAt: '2025-07-31T09:00:00+08:00',
    });
  });

  it('takes the commercial path only (409 for the statutory one) and checks approvals', async () => {
    const wrong = await act(server.as('insurer'), claimId, 'start-injury-confirmation');
    expect(wrong.status).toBe(409);
    expect(wrong.body.currentState).toBe('SUBMITTED');
    expect((await act(server.as('insurer'), claimId, 'start-review')).body.status).toBe('UNDER_REVIEW');
    const mismatch = await act(server.as('insurer'), claimId, 'approve', {
      approvedFen: 100,
      benefits: [{ type: 'MEDICAL', amountFen: 99 }],
    });
    expect(mismatch.status).toBe(422);
    const overLimit = await act(server.as('insurer'), claimId, 'approve', {
      approvedFen: 6_000_000,
      benefits: [{ type: 'MEDICAL', amountFen: 6_000_000 }],
    });
    expect(overLimit.status).toBe(422);
    expect(overLimit.body.detail).toMatch(/limit of 5000000 fen/);
    const approved = await act(server.as('insurer'), claimId, 'approve', {
      approvedFen: 1_268_000,
      benefits: [{ type: 'MEDICAL', amountFen: 1_268_000 }],
    });
    expect(schemas.zInsuranceClaim.parse(approved.body)).toMatchObject({
      status: 'APPROVED',
      approvedFen: 1_268_000,
    });
  });

  it('pays with an Idempotency-Key up to the approved amount, then hears an appeal', async () => {
    const payment = { paidFen: 1_268_000, method: 'BANK_TRANSFER', transactionId: '20250708330000000001' };
    expect((await act(server.as('insurer'), claimId, 'pay', payment)).status).toBe(400);
    const tooMuch = await act(
      server.as('insurer'),
      claimId,
      'pay',
      { ...payment, paidFen: 2_000_000 },
      key(),
    );
    expect(tooMuch.status).toBe(422);
    const paid = await act(server.as('insurer'), claimId, 'pay', payment, key());
    expect(schemas.zInsuranceClaim.parse(paid.body)).toMatchObject({
      status: 'PAID',
      paidFen: 1_268_000,
      appealDeadline: '2025-08-30T09:00:00+08:00',
    });
    expect((await act(platformA(), claimId, 'appeal', {})).status).toBe(400);
    expect((await act(platformA(), claimId, 'appeal', { reason: '误工费未计入' })).body.status).toBe(
      'APPEALED',
    );
    expect((await act(server.as('insurer'), claimId, 'start-review')).body.status).toBe('UNDER_REVIEW');
    const due = await server.as('insurer')(
      'GET',
      '/insurance-claims?decisionDueBefore=2025-08-15T00:00:00%2B08:00',
    );
    expect(schemas.zInsuranceClaimPage.parse(due.body).data.map((c) => c.id)).toContain(claimId);
    expect((await act(platformA(), claimId, 'withdraw', { reason: '已协商解决' })).body.status).toBe(
      'WITHDRAWN',
    );
    const again = await act(platformA(), claimId, 'withdraw');
    expect(again.status).toBe(409);
    expect(again.body.allowedActions).toEqual([]);
    const events = await server.as('insurer')(
      'GET',
      `/events?types=claim.updated&objectId=${claimId}&limit=50`,
    );
    expect(events.body.data.length).toBe(10);
  });
});

describe('statutory claims', () => {
  let enrolmentId: string;

  it('follows the OIP path: injury confirmation, disability assessment, benefits, payment', async () => {
    enrolmentId = (
      await platformA()('POST', '/injury-protection/enrolments', {
        workerId,
        province: '330000',
        industry: 'INSTANT_DELIVERY',
        coverageDate: '2025-07-01',
        firstOrderAt: '2025-07-01T08:00:00+08:00',
      })
    ).body.id;
    const reported = await platformA()(
      'POST',
      '/insurance-claims',
      report({
        scheme: 'OIP',
        injuryProtectionEnrolmentId: enrolmentId,
        platformOrderRef: '3301202507010001',
      }),
    );
    expect(reported.status).toBe(201);
    const claim = schemas.zInsuranceClaim.parse(reported.body);
    expect(claim.handler.tenantId).toBe(CLIENTS.regulator.tenantId);
    expect(claim.claimDeadline).toBe('2026-07-01T08:30:00+08:00');
    expect((await act(platformA(), claim.id, 'submit')).body.status).toBe('SUBMITTED');
    expect((await act(regulator(), claim.id, 'start-injury-confirmation')).body.status).toBe(
      'INJURY_CONFIRMATION',
    );
    const confirmed = await act(regulator(), claim.id, 'confirm-injury', {
      decisionNo: '浙职伤确〔2025〕0371号',
      decidedAt: '2025-07-01T09:00:00+08:00',
    });
    expect(schemas.zInsuranceClaim.parse(confirmed.body).status).toBe('DISABILITY_ASSESSMENT');
    expect((await act(regulator(), claim.id, 'assess-disability', { outcome: 'GRADED' })).status).toBe(400);
    const assessed = await act(regulator(), claim.id, 'assess-disability', { outcome: 'GRADED', grade: 9 });
    expect(schemas.zInsuranceClaim.parse(assessed.body)).toMatchObject({
      status: 'BENEFIT_DETERMINATION',
      disabilityAssessment: { grade: 9 },
    });
    const approval = {
      approvedFen: 4_748_000,
      benefits: [
        { type: 'MEDICAL', amountFen: 1_268_000 },
        { type: 'DISABILITY', amountFen: 3_480_000 },
      ],
    };
    expect((await act(regulator(), claim.id, 'approve', approval)).body.status).toBe('APPROVED');
    const paid = await act(
      regulator(),
      claim.id,
      'pay',
      { paidFen: 4_748_000, method: 'SOCIAL_SECURITY_CARD', transactionId: 'T1' },
      key(),
    );
    expect(schemas.zInsuranceClaim.parse(paid.body)).toMatchObject({ status: 'PAID', paidFen: 4_748_000 });
  });

  it('refuses an OIP report outside the enrolled day (422) and the insurer-only review (403)', async () => {
    const outside = await platformA()(
      'POST',
      '/insurance-claims',
      report({
        scheme: 'OIP',
        injuryProtectionEnrolmentId: enrolmentId,
        platformOrderRef: 'X1',
        incidentAt: '2025-07-01T07:00:00+08:00',
      }),
    );
    expect(outside.status).toBe(422);
    const claims = await regulator()('GET', '/insurance-claims?scheme=OIP');
    const id = schemas.zInsuranceClaimPage.parse(claims.body).data[0]?.id;
    expect((await act(regulator(), id as string, 'start-review')).status).toBe(403);
  });

  it('closes rejected claims after the appeal deadline and unsubmitted ones after the claim deadline', async () => {
    const rejected = (await platformA()('POST', '/insurance-claims', report({ scheme: 'WORK_INJURY' }))).body;
    const idle = (await platformA()('POST', '/insurance-claims', report({ scheme: 'WORK_INJURY' }))).body;
    await act(platformA(), rejected.id, 'submit');
    await act(regulator(), rejected.id, 'start-injury-confirmation');
    const no = await act(regulator(), rejected.id, 'reject', {
      reasonCode: 'NOT_OCCUPATIONAL',
      reason: '事故不在工作时间内，不予认定。可在60日内申请复核。',
    });
    expect(schemas.zInsuranceClaim.parse(no.body)).toMatchObject({
      status: 'REJECTED',
      rejection: { reasonCode: 'NOT_OCCUPATIONAL' },
    });
    server.setNow(new Date('2026-07-02T00:00:00Z'));
    await platformA()('POST', '/sandbox/clock/advance', { by: '1s' });
    expect((await platformA()('GET', `/insurance-claims/${rejected.id}`)).body.status).toBe('CLOSED');
    expect((await platformA()('GET', `/insurance-claims/${idle.id}`)).body.status).toBe('CLOSED');
  });
});
