import { schemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { settleAllocation } from './cross-domain.js';
import { createAssignmentForApplication } from './effects.js';
import { effectContext, seedEngagement } from './test-fixtures.js';

// The settlement side is another area's; its contract is what this domain must call.
vi.mock('./cross-domain.js', async () => {
  const credit = await import('../credit/effects.js');
  return {
    recordCreditEvent: vi.fn(credit.recordCreditEvent),
    settleAllocation: vi.fn(async () => {}),
    freezeAllocation: vi.fn(async () => {}),
    closeJobIfWorkEnded: vi.fn(async () => {}),
  };
});

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => vi.mocked(settleAllocation).mockClear());

describe('createAssignmentForApplication (used by applications.accept)', () => {
  it('inserts a CONFIRMED work order from the offer, owned by the employer side, party to the worker side', async () => {
    const e = await seedEngagement(server.db);
    const data = await createAssignmentForApplication(effectContext(server.db), e.application, e.job);
    const a = schemas.zAssignment.parse(data);
    expect(a).toMatchObject({
      status: 'CONFIRMED',
      agreedPayFen: 20000,
      contractRequired: true,
      insuranceRequired: false,
    });
    expect(a.plannedStart).toBe('2025-07-02T08:00:00+08:00');
    expect((await server.as('platformA')('GET', `/assignments/${a.id}`)).status).toBe(200);
    expect((await server.as('platformB')('GET', `/assignments/${a.id}`)).status).toBe(200);
    expect((await server.as('operator')('GET', `/assignments/${a.id}`)).status).toBe(404);
    expect((await server.as('regulator')('GET', `/assignments/${a.id}`)).status).toBe(200);
  });

  it('is READY at once when neither a contract nor insurance is required (ORAL_PART_TIME)', async () => {
    const e = await seedEngagement(server.db, {
      agreementType: 'ORAL_PART_TIME',
      employmentForm: 'PART_TIME_LABOUR',
    });
    const data = await createAssignmentForApplication(effectContext(server.db), e.application, e.job);
    expect(schemas.zAssignment.parse(data)).toMatchObject({ status: 'READY', contractRequired: false });
  });
});

describe('assignments.create and list', () => {
  const period = {
    plannedStart: '2025-07-03T08:00:00+08:00',
    plannedEnd: '2025-07-03T12:00:00+08:00',
    agreedPayFen: 20000,
  };

  it('creates a further work order under an ACCEPTED application and refuses an overlapping one', async () => {
    const e = await seedEngagement(server.db);
    const res = await server.as('platformA')('POST', '/assignments', {
      applicationId: e.applicationId,
      ...period,
      allowanceMinutes: 30,
    });
    expect(res.status).toBe(201);
    const a = schemas.zAssignment.parse(res.body);
    expect(a).toMatchObject({
      status: 'CONFIRMED',
      allowanceMinutes: 30,
      jobId: e.jobId,
      workerId: e.workerId,
    });
    expect(res.headers.get('location')).toBe(`/assignments/${a.id}`);
    const clash = await server.as('platformA')('POST', '/assignments', {
      applicationId: e.applicationId,
      ...period,
      plannedStart: '2025-07-03T11:00:00+08:00',
      plannedEnd: '2025-07-03T15:00:00+08:00',
    });
    expect(clash.status).toBe(409);
    expect(clash.body.detail).toContain(a.id);
  });

  it('answers 422 for an application that is not ACCEPTED or a period outside the schedule', async () => {
    const offered = await seedEngagement(server.db, { applicationStatus: 'OFFERED' });
    const res = await server.as('platformA')('POST', '/assignments', {
      applicationId: offered.applicationId,
      ...period,
    });
    expect(res.status).toBe(422);
    expect(res.body.type).toBe('https://gigmarket.org.cn/problems/rule-violation');
    const e = await seedEngagement(server.db);
    const late = await server.as('platformA')('POST', '/assignments', {
      applicationId: e.applicationId,
      ...period,
      plannedStart: '2025-08-03T08:00:00+08:00',
      plannedEnd: '2025-08-03T12:00:00+08:00',
    });
    expect(late.status).toBe(422);
    expect(late.body.detail).toMatch(/schedule/);
  });

  it('answers 400 with a pointer for an end before the start, 403 for the worker side, 404 for an invisible application', async () => {
    const e = await seedEngagement(server.db);
    const back = await server.as('platformA')('POST', '/assignments', {
      ...period,
      applicationId: e.applicationId,
      plannedEnd: period.plannedStart,
    });
    expect(back.status).toBe(400);
    expect(back.body.errors[0].pointer).toBe('/plannedEnd');
    const missing = await server.as('platformA')('POST', '/assignments', { ...period });
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body.errors)).toContain('applicationId');
    expect(
      (await server.as('platformB')('POST', '/assignments', { applicationId: e.applicationId, ...period }))
        .status,
    ).toBe(403);
    expect(
      (await server.as('operator')('POST', '/assignments', { applicationId: e.applicationId, ...period }))
        .status,
    ).toBe(404);
  });

  it('lists only the work orders the caller is party to, with filters', async () => {
    const e = await seedEngagement(server.db);
    await server.as('platformA')('POST', '/assignments', { applicationId: e.applicationId, ...period });
    const mine = await server.as('platformB')('GET', `/assignments?applicationId=${e.applicationId}`);
    expect(schemas.zAssignmentPage.parse(mine.body).data).toHaveLength(1);
    const ranged = await server.as('platformA')(
      'GET',
      `/assignments?applicationId=${e.applicationId}&plannedStartFrom=2025-07-04T00:00:00%2B08:00`,
    );
    expect(ranged.body.data).toHaveLength(0);
    const other = await server.as('operator')('GET', `/assignments?applicationId=${e.applicationId}`);
    expect(other.body.data).toHaveLength(0);
  });
});
