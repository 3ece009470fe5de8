import { schemas } from '@gigmarket/insurance/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/harness.js';
import { insertWorker } from './test-fixtures.js';

let server: TestServer;
let workerId: string;
const platformA = () => server.as('platformA');
const enrol = (extra: Record<string, unknown> = {}) =>
  platformA()('POST', '/injury-protection/enrolments', {
    workerId,
    province: '370000',
    industry: 'INSTANT_DELIVERY',
    coverageDate: '2025-07-01',
    firstOrderAt: '2025-07-01T08:05:00+08:00',
    ...extra,
  });
const declare = (extra: Record<string, unknown> = {}) =>
  platformA()('POST', '/injury-protection/declarations', {
    province: '370000',
    industry: 'INSTANT_DELIVERY',
    month: '2025-07',
    orderCount: 1_000_000,
    firstYear: true,
    ...extra,
  });

beforeAll(async () => {
  server = await startTestServer();
  workerId = await insertWorker(server);
});
afterAll(() => server.close());

describe('injury-protection enrolments', () => {
  let enrolmentId: string;

  it('enrols a worker for the day (201) and updates the order count on repeat (200)', async () => {
    const created = await enrol();
    expect(created.status).toBe(201);
    const enrolment = schemas.zInjuryProtectionEnrolment.parse(created.body);
    enrolmentId = enrolment.id;
    expect(enrolment).toMatchObject({ orderCount: 1, workerContributionFen: 0 });
    const again = await enrol({ orderCount: 23 });
    expect(again.status).toBe(200);
    expect(schemas.zInjuryProtectionEnrolment.parse(again.body)).toMatchObject({
      id: enrolmentId,
      orderCount: 23,
    });
    const got = await platformA()('GET', `/injury-protection/enrolments/${enrolmentId}`);
    expect(schemas.zInjuryProtectionEnrolment.parse(got.body).orderCount).toBe(23);
  });

  it('never lowers the order count and refuses provinces outside the scheme that day (422)', async () => {
    expect((await enrol({ orderCount: 5 })).status).toBe(422);
    const shanxi = await enrol({ province: '140000' });
    expect(shanxi.status).toBe(422);
    expect(shanxi.body.detail).toMatch(/from 2026-01-01/);
    expect(
      (await enrol({ coverageDate: '2025-06-20', firstOrderAt: '2025-06-20T08:00:00+08:00' })).status,
    ).toBe(422);
  });

  it('lists by date range, hides other platforms’ enrolments (404) and lets only platforms enrol (403)', async () => {
    const list = await platformA()(
      'GET',
      '/injury-protection/enrolments?coverageDateFrom=2025-07-01&coverageDateTo=2025-07-01',
    );
    expect(schemas.zInjuryProtectionEnrolmentPage.parse(list.body).data).toHaveLength(1);
    const before = await platformA()('GET', '/injury-protection/enrolments?coverageDateTo=2025-06-30');
    expect(before.body.data).toHaveLength(0);
    expect((await server.as('platformB')('GET', `/injury-protection/enrolments/${enrolmentId}`)).status).toBe(
      404,
    );
    expect((await server.as('regulator')('GET', `/injury-protection/enrolments/${enrolmentId}`)).status).toBe(
      200,
    );
    expect((await server.as('operator')('POST', '/injury-protection/enrolments', {})).status).toBe(403);
  });
});

describe('injury-protection declarations', () => {
  let firstId: string;

  it('computes the premium from the engine’s rate: 1,000,000 first-year delivery orders → 7,000,000 fen', async () => {
    server.setNow(new Date('2025-08-12T01:30:00Z'));
    const res = await declare();
    expect(res.status).toBe(201);
    const declaration = schemas.zInjuryProtectionDeclaration.parse(res.body);
    firstId = declaration.id;
    expect(declaration).toMatchObject({
      baseRateFen: 7,
      floatBps: 0,
      rateFen: 7,
      premiumFen: 7_000_000,
      enrolmentOrderCount: 23,
      enrolmentWorkerDays: 1,
      correctionOf: null,
      supersededBy: null,
    });
  });

  it('refuses a count below the enrolled orders (422), a current month (422) and a second one without correctionOf (409)', async () => {
    expect((await declare({ orderCount: 10 })).status).toBe(422);
    expect((await declare({ month: '2025-08' })).status).toBe(422);
    const twice = await declare();
    expect(twice.status).toBe(409);
  });

  it('supersedes the first declaration with a correction, and lists the current one', async () => {
    const corrected = await declare({ correctionOf: firstId, orderCount: 1_000_005, firstYear: false });
    expect(corrected.status).toBe(201);
    expect(schemas.zInjuryProtectionDeclaration.parse(corrected.body)).toMatchObject({
      baseRateFen: 25,
      premiumFen: 25_000_125,
      correctionOf: firstId,
    });
    const first = await platformA()('GET', `/injury-protection/declarations/${firstId}`);
    expect(first.body.supersededBy).toBe(corrected.body.id);
    const current = await platformA()('GET', '/injury-protection/declarations?current=true');
    expect(schemas.zInjuryProtectionDeclarationPage.parse(current.body).data.map((d) => d.id)).toEqual([
      corrected.body.id,
    ]);
    expect((await server.as('platformB')('GET', `/injury-protection/declarations/${firstId}`)).status).toBe(
      404,
    );
  });
});
