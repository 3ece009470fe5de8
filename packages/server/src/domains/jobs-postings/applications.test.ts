import { schemas as jobsSchemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { A, B, publishedJob, type Server, seedWorker } from './test-fixtures.js';

let server: Server;
let jobId: string;
let workerId: string;

beforeAll(async () => {
  server = await startTestServer();
  jobId = String((await publishedJob(server, { openings: 2 })).id);
  workerId = await seedWorker(server.db);
});
afterAll(() => server.close());

const apply = (job: string, worker: string, body: Record<string, unknown> = {}) =>
  server.as('platformB')('POST', `/jobs/${job}/applications`, {
    workerId: worker,
    channel: 'ONLINE',
    message: '做过两年家政保洁',
    metadata: { no: 'B-1' },
    ...body,
  });
const offer = { payFen: 20000, startAt: '2025-07-05T08:00:00+08:00', message: '早上8点南门集合' };

describe('applications.create, list and get', () => {
  let applicationId: string;

  it('applies on behalf of an own worker; both sides see it, the employer side masked and without metadata', async () => {
    const res = await apply(jobId, workerId);
    expect(res.status).toBe(201);
    const application = jobsSchemas.zApplication.parse(res.body);
    applicationId = application.id;
    expect(res.headers.get('location')).toBe(`/applications/${application.id}`);
    expect(application).toMatchObject({
      status: 'SUBMITTED',
      submittedVia: B,
      offer: null,
      assignmentId: null,
    });
    expect(application.worker).toMatchObject({
      nameMasked: '王**',
      ageBand: '30-39',
      identityVerified: true,
      certificates: ['健康证'],
    });
    expect(application.matchScore).toBeGreaterThan(50);
    const owner = await server.as('platformA')('GET', `/applications/${application.id}`);
    expect(jobsSchemas.zApplication.parse(owner.body).id).toBe(application.id);
    expect(owner.body).not.toHaveProperty('metadata');
    expect(JSON.stringify(owner.body)).not.toMatch(/140121\*{8}|王建国|MALE/);
    expect((await server.as('operator')('GET', `/applications/${application.id}`)).status).toBe(404);
    const list = await server.as('platformA')('GET', `/jobs/${jobId}/applications`);
    expect(jobsSchemas.zApplicationPage.parse(list.body).data.map((a) => a.id)).toEqual([application.id]);
    expect((await server.as('operator')('GET', `/jobs/${jobId}/applications`)).body.data).toEqual([]);
    const feed = await server.as('platformA')('GET', '/events?types=application.created');
    expect(
      feed.body.data.map((e: { objectId?: string; data: { object: { id: string } } }) => e.data.object.id),
    ).toContain(application.id);
  });

  it('refuses a second application (409 conflict) until the first is withdrawn', async () => {
    const twin = await apply(jobId, workerId);
    expect(twin.status).toBe(409);
    expect(twin.body.type).toBe('https://gigmarket.org.cn/problems/conflict');
    const withdrawn = await server.as('platformB')('POST', `/applications/${applicationId}/withdraw`, {
      reason: '时间冲突',
    });
    expect(jobsSchemas.zApplication.parse(withdrawn.body)).toMatchObject({
      status: 'WITHDRAWN',
      statusReason: '时间冲突',
    });
    expect(withdrawn.body.decidedAt).toBeTruthy();
    const again = await apply(jobId, workerId);
    expect(again.status).toBe(201);
  });

  it("answers 404 for another tenant's worker, 422 for a missing certificate or age, 409 for an unpublished job", async () => {
    const foreign = await seedWorker(server.db, { tenantId: A });
    expect((await apply(jobId, foreign)).status).toBe(404);
    const electrician = String(
      (
        await publishedJob(server, {
          requirements: { summary: '持证上岗', certificates: ['低压电工作业特种作业操作证'] },
        })
      ).id,
    );
    const noCert = await apply(electrician, await seedWorker(server.db));
    expect(noCert.status).toBe(422);
    expect(noCert.body.detail).toMatch(/低压电工/);
    const old = await seedWorker(server.db, { birthDate: '1960-01-01' });
    expect((await apply(jobId, old)).status).toBe(422);
    await server.as('platformA')('POST', `/jobs/${electrician}/pause`, {});
    // Paused jobs are hidden from other tenants (404); the owner applying for its own worker gets 409.
    const certified = await seedWorker(server.db, { certificates: ['低压电工作业特种作业操作证'] });
    expect((await apply(electrician, certified)).status).toBe(404);
    const own = await seedWorker(server.db, { tenantId: A, certificates: ['低压电工作业特种作业操作证'] });
    const paused = await server.as('platformA')('POST', `/jobs/${electrician}/applications`, {
      workerId: own,
      channel: 'ONSITE',
    });
    expect(paused.status).toBe(409);
    expect(paused.body.currentState).toBe('PAUSED');
    const noAgreement = await apply(jobId, await seedWorker(server.db, { consents: [] }), {
      channel: 'RECOMMENDED',
    });
    expect(noAgreement.status).toBe(422);
    expect((await apply(jobId, workerId, { channel: 'FAX' })).status).toBe(400);
  });
});

describe('offers and acceptance', () => {
  it('shortlists and offers (employer side only), with the offer rules', async () => {
    const id = (await apply(jobId, await seedWorker(server.db))).body.id;
    expect((await server.as('platformB')('POST', `/applications/${id}/shortlist`, {})).status).toBe(403);
    const listed = await server.as('platformA')('POST', `/applications/${id}/shortlist`, {});
    expect(jobsSchemas.zApplication.parse(listed.body).status).toBe('SHORTLISTED');
    const low = await server.as('platformA')('POST', `/applications/${id}/offer`, {
      ...offer,
      payFen: 15000,
    });
    expect(low.status).toBe(422);
    expect(low.body.detail).toMatch(/undercut/);
    const outside = await server.as('platformA')('POST', `/applications/${id}/offer`, {
      ...offer,
      startAt: '2025-07-06T08:00:00+08:00',
    });
    expect(outside.status).toBe(422);
    const made = await server.as('platformA')('POST', `/applications/${id}/offer`, offer);
    const application = jobsSchemas.zApplication.parse(made.body);
    expect(application.offer).toMatchObject({
      payFen: 20000,
      endAt: '2025-07-05T17:00:00+08:00',
      expiresAt: '2025-07-02T09:00:00+08:00',
    });
    const twice = await server.as('platformA')('POST', `/applications/${id}/shortlist`, {});
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({
      currentState: 'OFFERED',
      allowedActions: ['accept', 'decline', 'reject'],
    });
  });

  it('declines and rejects, each by its own side', async () => {
    const a = (await apply(jobId, await seedWorker(server.db))).body.id;
    await server.as('platformA')('POST', `/applications/${a}/offer`, offer);
    expect((await server.as('platformA')('POST', `/applications/${a}/decline`, {})).status).toBe(403);
    const declined = await server.as('platformB')('POST', `/applications/${a}/decline`, {
      reason: '已找到工作',
    });
    expect(jobsSchemas.zApplication.parse(declined.body).status).toBe('DECLINED');
    const b = (await apply(jobId, await seedWorker(server.db))).body.id;
    expect((await server.as('platformB')('POST', `/applications/${b}/reject`, {})).status).toBe(403);
    const rejected = await server.as('platformA')('POST', `/applications/${b}/reject`, {
      reason: '经验不符',
    });
    expect(jobsSchemas.zApplication.parse(rejected.body)).toMatchObject({
      status: 'REJECTED',
      statusReason: '经验不符',
    });
  });

  it('accepts: creates the assignment, fills the job at the last opening and closes the other applications', async () => {
    const first = (await apply(jobId, await seedWorker(server.db))).body.id;
    const second = (await apply(jobId, await seedWorker(server.db))).body.id;
    const bystander = (await apply(jobId, await seedWorker(server.db))).body.id;
    for (const id of [first, second])
      await server.as('platformA')('POST', `/applications/${id}/offer`, offer);
    expect((await server.as('platformA')('POST', `/applications/${first}/accept`, {})).status).toBe(403);
    const accepted = await server.as('platformB')('POST', `/applications/${first}/accept`, {});
    expect(accepted.status).toBe(200);
    const application = jobsSchemas.zApplication.parse(accepted.body);
    expect(application.status).toBe('ACCEPTED');
    expect(application.assignmentId).toMatch(/^asg_/);
    const assignment = await server.as('platformA')('GET', `/assignments/${application.assignmentId}`);
    expect(assignment.body).toMatchObject({
      agreedPayFen: 20000,
      plannedStart: offer.startAt,
      applicationId: first,
    });
    expect((await server.as('platformA')('GET', `/jobs/${jobId}`)).body).toMatchObject({
      status: 'PUBLISHED',
      openingsFilled: 1,
    });
    await server.as('platformB')('POST', `/applications/${second}/accept`, {});
    expect((await server.as('platformA')('GET', `/jobs/${jobId}`)).body).toMatchObject({
      status: 'FILLED',
      openingsFilled: 2,
    });
    expect((await server.as('platformB')('GET', `/applications/${bystander}`)).body.status).toBe('CLOSED');
    const feed = await server.as('platformB')('GET', '/events?types=application.accepted');
    expect(feed.body.data.map((e: { data: { object: { id: string } } }) => e.data.object.id)).toEqual([
      first,
      second,
    ]);
  });

  it('lets an unaccepted offer expire on the timer, and refuses to accept it (409); the employer may renew it', async () => {
    const job = String((await publishedJob(server)).id);
    const id = (await apply(job, await seedWorker(server.db))).body.id;
    await server.as('platformA')('POST', `/applications/${id}/offer`, {
      ...offer,
      expiresAt: '2025-07-01T12:00:00+08:00',
    });
    await server.as('platformA')('POST', '/sandbox/clock/advance', { by: '4h' });
    const expired = await server.as('platformB')('GET', `/applications/${id}`);
    expect(jobsSchemas.zApplication.parse(expired.body).status).toBe('OFFER_EXPIRED');
    const late = await server.as('platformB')('POST', `/applications/${id}/accept`, {});
    expect(late.status).toBe(409);
    expect(late.body.currentState).toBe('OFFER_EXPIRED');
    const renewed = await server.as('platformA')('POST', `/applications/${id}/offer`, offer);
    expect(renewed.body.status).toBe('OFFERED');
  });
});
