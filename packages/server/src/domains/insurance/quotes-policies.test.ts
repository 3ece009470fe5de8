import { schemas } from '@gigmarket/insurance/validation';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objects } from '../../store/schema.js';
import { startTestServer, type TestServer } from '../../test-support/harness.js';
import { findRows } from './support.js';
import { insertAssignment, insertWorker, key, productBody, TENANT_A } from './test-fixtures.js';

let server: TestServer;
let dayProduct: string;
let orderProduct: string;
let workerId: string;
const platformA = () => server.as('platformA');
const payer = { kind: 'PLATFORM', id: TENANT_A };

beforeAll(async () => {
  server = await startTestServer();
  dayProduct = (await server.as('insurer')('POST', '/insurance-products', productBody('PER_DAY'))).body.id;
  orderProduct = (await server.as('insurer')('POST', '/insurance-products', productBody('PER_ORDER'))).body
    .id;
  workerId = await insertWorker(server);
});
afterAll(() => server.close());

const dayQuote = (coverageDate: string, extra: Record<string, unknown> = {}) =>
  platformA()('POST', '/insurance-quotes', {
    productId: dayProduct,
    workerId,
    riskClass: '2',
    coverageDate,
    payer: 'PLATFORM',
    ...extra,
  });

let orderQuote: { id: string; assignmentId: string };

describe('insurance quotes', () => {
  it('prices day cover from the table, the age band and the subsidy rule', async () => {
    const res = await dayQuote('2025-07-03');
    expect(res.status).toBe(201);
    const quote = schemas.zInsuranceQuote.parse(res.body);
    expect(quote).toMatchObject({
      status: 'OPEN',
      premiumFen: 560,
      workerAge: 35,
      sumInsuredFen: 100_000_000,
      coverageStart: '2025-07-03T00:00:00+08:00',
      coverageEnd: '2025-07-04T00:00:00+08:00',
      subsidyFen: 100,
      subsidyRule: { code: 'ACCIDENT_DAILY_FLAT' },
      expiresAt: '2025-07-02T09:00:00+08:00',
    });
    const got = await platformA()('GET', `/insurance-quotes/${quote.id}`);
    expect(schemas.zInsuranceQuote.parse(got.body).id).toBe(quote.id);
    expect((await server.as('insurer')('GET', `/insurance-quotes/${quote.id}`)).status).toBe(200);
    expect((await server.as('platformB')('GET', `/insurance-quotes/${quote.id}`)).status).toBe(404);
  });

  it('prices a work order at the job class, which a request may raise but never lower', async () => {
    const assignmentId = await insertAssignment(server, workerId, { riskClass: '2' });
    const lower = await platformA()('POST', '/insurance-quotes', {
      productId: orderProduct,
      assignmentId,
      riskClass: '1',
      payer: 'PLATFORM',
    });
    expect(lower.status).toBe(422);
    const raised = await platformA()('POST', '/insurance-quotes', {
      productId: orderProduct,
      assignmentId,
      riskClass: '3',
      payer: 'PLATFORM',
    });
    expect(raised.status).toBe(201);
    expect(schemas.zInsuranceQuote.parse(raised.body)).toMatchObject({
      assignmentId,
      premiumFen: 720,
      subsidyFen: 0,
      subsidyRule: null,
      expiresAt: '2025-07-02T08:00:00+08:00',
    });
    orderQuote = raised.body;
  });

  it('refuses UNINSURABLE, unpriced classes and uninsurable ages with 422', async () => {
    const uninsurable = await dayQuote('2025-07-03', { riskClass: 'UNINSURABLE' });
    expect(uninsurable.status).toBe(422);
    expect(uninsurable.body.detail).toMatch(/UNINSURABLE/);
    expect((await dayQuote('2025-07-03', { riskClass: '6' })).status).toBe(422);
    const old = await insertWorker(server, { idNumber: '330110195001011234' });
    const tooOld = await dayQuote('2025-07-03', { workerId: old });
    expect(tooOld.status).toBe(422);
    expect(tooOld.body.detail).toMatch(/is 75/);
  });

  it('needs exactly one of assignmentId and workerId (400) and a visible worker (404)', async () => {
    const both = await dayQuote('2025-07-03', { assignmentId: 'asg_01J0000000000000000000000A' });
    expect(both.status).toBe(400);
    expect(both.body.errors[0].pointer).toBe('/assignmentId');
    const stranger = await server.as('platformB')('POST', '/insurance-quotes', {
      productId: dayProduct,
      workerId,
      riskClass: '2',
      coverageDate: '2025-07-03',
      payer: 'PLATFORM',
    });
    expect(stranger.status).toBe(404);
  });
});

describe('insurance policies', () => {
  let policyId: string;

  it('binds an OPEN quote only with an Idempotency-Key', async () => {
    const quote = (await dayQuote('2025-07-05')).body;
    const noKey = await platformA()('POST', '/insurance-policies', { quoteId: quote.id, payer });
    expect(noKey.status).toBe(400);
    expect(noKey.body.errors[0].pointer).toBe('#/header/Idempotency-Key');
    const bound = await platformA()('POST', '/insurance-policies', { quoteId: quote.id, payer }, key());
    expect(bound.status).toBe(201);
    const policy = schemas.zInsurancePolicy.parse(bound.body);
    policyId = policy.id;
    expect(policy).toMatchObject({
      status: 'BOUND',
      premiumFen: 560,
      insuredWorkerId: workerId,
      policyholder: { kind: 'PLATFORM', id: TENANT_A, name: '余杭灵活就业平台' },
      claimed: false,
    });
    const accepted = await platformA()('GET', `/insurance-quotes/${quote.id}`);
    expect(accepted.body).toMatchObject({ status: 'ACCEPTED', policyId });
    const events = await server.as('insurer')('GET', `/events?types=policy.bound&objectId=${policyId}`);
    expect(events.body.data).toHaveLength(1);
    expect((await server.as('insurer')('GET', `/insurance-policies/${policyId}`)).status).toBe(200);
  });

  it('lists a per-order policy on its work order, which becomes READY (jobs-work promoteIfReady)', async () => {
    const bound = await platformA()('POST', '/insurance-policies', { quoteId: orderQuote.id, payer }, key());
    expect(schemas.zInsurancePolicy.parse(bound.body)).toMatchObject({
      assignmentId: orderQuote.assignmentId,
      riskClass: '3',
    });
    const [order] = await findRows(
      { tx: server.db } as never,
      'Assignment',
      sql`${objects.id} = ${orderQuote.assignmentId}`,
    );
    expect(order?.status).toBe('READY');
    expect(order?.data).toMatchObject({ policyIds: [bound.body.id] });
  });

  it('refuses a second bind of the quote (409) and overlapping cover (409)', async () => {
    const policy = (await platformA()('GET', `/insurance-policies/${policyId}`)).body;
    const again = await platformA()('POST', '/insurance-policies', { quoteId: policy.quoteId, payer }, key());
    expect(again.status).toBe(409);
    expect(again.body.currentState).toBe('ACCEPTED');
    const second = (await dayQuote('2025-07-05')).body;
    const overlap = await platformA()('POST', '/insurance-policies', { quoteId: second.id, payer }, key());
    expect(overlap.status).toBe(409);
    expect(overlap.body.type).toMatch(/conflict$/);
  });

  it('refuses a policyholder of another kind than the quote’s payer (422)', async () => {
    const quote = (await dayQuote('2025-07-06')).body;
    const res = await platformA()(
      'POST',
      '/insurance-policies',
      { quoteId: quote.id, payer: { kind: 'WORKER', id: workerId } },
      key(),
    );
    expect(res.status).toBe(422);
  });

  it('lists policies by insured worker and cover instant', async () => {
    const list = async (q: string) =>
      schemas.zInsurancePolicyPage.parse((await platformA()('GET', `/insurance-policies?${q}`)).body).data;
    expect((await list(`workerId=${workerId}`)).map((p) => p.id)).toContain(policyId);
    expect(await list('coveredAt=2025-07-05T12:00:00%2B08:00')).toHaveLength(1);
    expect(await list('coveredAt=2025-07-09T12:00:00%2B08:00')).toHaveLength(0);
    expect((await server.as('platformB')('GET', '/insurance-policies')).body.data).toHaveLength(0);
  });

  it('cancels a BOUND policy with a full refund; a cancelled one cannot be cancelled (409)', async () => {
    expect((await server.as('platformB')('POST', `/insurance-policies/${policyId}/cancel`, {})).status).toBe(
      404,
    );
    const res = await platformA()('POST', `/insurance-policies/${policyId}/cancel`, { reason: '订单取消' });
    expect(res.status).toBe(200);
    expect(schemas.zInsurancePolicy.parse(res.body)).toMatchObject({
      status: 'CANCELLED',
      premiumRefundFen: 560,
      cancelledAt: '2025-07-01T09:00:00+08:00',
    });
    const again = await platformA()('POST', `/insurance-policies/${policyId}/cancel`, {});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ currentState: 'CANCELLED', allowedActions: [] });
  });

  it('runs the timers: quotes expire, policies become ACTIVE then EXPIRED', async () => {
    const open = (await dayQuote('2025-07-08')).body;
    const quote = (await dayQuote('2025-07-03')).body;
    const policy = (await platformA()('POST', '/insurance-policies', { quoteId: quote.id, payer }, key()))
      .body;
    const sweep = async (at: string) => {
      server.setNow(new Date(at));
      expect((await platformA()('POST', '/sandbox/clock/advance', { by: '1s' })).status).toBe(200);
    };
    await sweep('2025-07-03T04:00:00Z');
    expect((await platformA()('GET', `/insurance-quotes/${open.id}`)).body.status).toBe('EXPIRED');
    expect((await platformA()('GET', `/insurance-policies/${policy.id}`)).body.status).toBe('ACTIVE');
    await sweep('2025-07-04T01:00:00Z');
    const expired = await platformA()('GET', `/insurance-policies/${policy.id}`);
    expect(schemas.zInsurancePolicy.parse(expired.body).status).toBe('EXPIRED');
    const late = await platformA()('POST', '/insurance-policies', { quoteId: open.id, payer }, key());
    expect(late.status).toBe(409);
  });
});
