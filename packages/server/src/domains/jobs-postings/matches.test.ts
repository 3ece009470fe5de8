import { schemas as jobsSchemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { A, publishedJob, type Server, seedWorker } from './test-fixtures.js';

let server: Server;
let jobId: string;
let farJob: string;
let electricianJob: string;
let workerId: string;

beforeAll(async () => {
  server = await startTestServer();
  jobId = String((await publishedJob(server)).id);
  farJob = String(
    (
      await publishedJob(server, {
        location: {
          region: '140121',
          address: '清徐县徐沟镇',
          geo: { lng: 112.45, lat: 37.55, crs: 'GCJ02' },
        },
      })
    ).id,
  );
  electricianJob = String(
    (
      await publishedJob(server, {
        requirements: { summary: '持证上岗', certificates: ['低压电工作业特种作业操作证'] },
      })
    ).id,
  );
  workerId = await seedWorker(server.db, { consents: ['JOB_MATCHING', 'PRECISE_LOCATION'] });
});
afterAll(() => server.close());

describe('matches.jobsForWorker', () => {
  it("ranks published jobs within the radius from the worker's region centre, with the engine's reasons", async () => {
    const res = await server.as('platformB')('GET', `/workers/${workerId}/job-matches`);
    expect(res.status).toBe(200);
    const page = jobsSchemas.zMatchedJobPage.parse(res.body);
    // The far job is outside 5 km; the electrician job needs a certificate the worker lacks.
    expect(page.data.map((m) => m.job.id)).toEqual([jobId]);
    const [match] = page.data;
    expect(match?.distanceMeters).toBeLessThan(500);
    expect(match?.reasons.map((r) => r.kind).sort()).toEqual(['CREDIT', 'DISTANCE', 'HOURS', 'PAY', 'SKILL']);
    expect(match?.reasons.find((r) => r.kind === 'SKILL')).toMatchObject({
      subScore: 1,
      points: 35,
      value: '4-10-01-06',
    });
    // The documented formula: CREDIT (780 − 450) ÷ 300 capped at 1, HOURS 1 inside the declared
    // availability, and score = Σ points rounded half-up, largest points first.
    expect(match?.reasons.find((r) => r.kind === 'CREDIT')).toMatchObject({
      subScore: 1,
      points: 10,
      value: 780,
    });
    expect(match?.reasons.find((r) => r.kind === 'HOURS')).toMatchObject({
      subScore: 1,
      points: 10,
      value: 8,
    });
    expect(match?.reasons.find((r) => r.kind === 'PAY')).toMatchObject({
      subScore: 1,
      points: 20,
      value: 20000,
    });
    const distance = match?.reasons.find((r) => r.kind === 'DISTANCE');
    expect(distance?.points).toBe(Math.round(25 * (1 - (match?.distanceMeters ?? 0) / 5000) * 100) / 100);
    const points = match?.reasons.map((r) => r.points) ?? [];
    expect(points).toEqual([...points].sort((a, b) => b - a));
    const total = points.reduce((s, p) => s + Math.round(p * 100), 0);
    expect(match?.score).toBe(Math.floor((total + 50) / 100));
    expect(match?.job).not.toHaveProperty('metadata');
    expect(electricianJob).toBeTruthy();
  });

  it('widens with radiusM, measures from near with PRECISE_LOCATION consent, and filters by minScore', async () => {
    const wide = await server.as('platformB')('GET', `/workers/${workerId}/job-matches?radiusM=20000`);
    expect(wide.body.data.map((m: { job: { id: string } }) => m.job.id)).toEqual([jobId, farJob]);
    const fromFar = await server.as('platformB')(
      'GET',
      `/workers/${workerId}/job-matches?near=112.45,37.55&radiusM=2000`,
    );
    expect(fromFar.body.data.map((m: { job: { id: string } }) => m.job.id)).toEqual([farJob]);
    const strict = await server.as('platformB')('GET', `/workers/${workerId}/job-matches?minScore=100`);
    expect(strict.body.data).toEqual([]);
  });

  it('leaves out jobs the worker applied to', async () => {
    const other = await seedWorker(server.db);
    await server.as('platformB')('POST', `/jobs/${jobId}/applications`, {
      workerId: other,
      channel: 'ONLINE',
    });
    const res = await server.as('platformB')('GET', `/workers/${other}/job-matches`);
    expect(res.body.data).toEqual([]);
  });

  it('needs JOB_MATCHING consent (and PRECISE_LOCATION for near), else 422; another tenant gets 404', async () => {
    const silent = await seedWorker(server.db, { consents: [] });
    const res = await server.as('platformB')('GET', `/workers/${silent}/job-matches`);
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/JOB_MATCHING/);
    const noLocation = await seedWorker(server.db);
    expect(
      (await server.as('platformB')('GET', `/workers/${noLocation}/job-matches?near=112.45,37.55`)).status,
    ).toBe(422);
    expect((await server.as('platformA')('GET', `/workers/${workerId}/job-matches`)).status).toBe(404);
  });
});

describe('matches.candidatesForJob', () => {
  it('ranks consenting workers of every tenant for an own job, masked, distances rounded to 100 m', async () => {
    const ownWorker = await seedWorker(server.db, { tenantId: A, name: '李秀英' });
    const res = await server.as('platformA')('GET', `/jobs/${jobId}/candidate-matches`);
    const page = jobsSchemas.zMatchedCandidatePage.parse(res.body);
    const ids = page.data.map((c) => c.worker.workerId);
    expect(ids).toEqual(expect.arrayContaining([workerId, ownWorker]));
    for (const c of page.data) expect((c.distanceMeters ?? 0) % 100).toBe(0);
    expect(page.data.find((c) => c.worker.workerId === ownWorker)?.worker.nameMasked).toBe('李**');
    expect(JSON.stringify(res.body)).not.toMatch(/王建国|idNumber|mobile/);
    // The employer's view weighs the worker's credit: (640 − 450) ÷ 300 = 0.63, 6.33 points.
    const credit = page.data
      .find((c) => c.worker.workerId === workerId)
      ?.reasons.find((r) => r.kind === 'CREDIT');
    expect(credit).toMatchObject({ subScore: 0.63, points: 6.33, value: 640 });
    const applied = page.data.filter((c) => c.applicationId !== null);
    expect(applied).toHaveLength(1);
  });

  it('leaves out workers without consent and of credit grade D; 404 for a job of another tenant', async () => {
    const silent = await seedWorker(server.db, { consents: [] });
    const gradeD = await seedWorker(server.db, { creditScore: 300 });
    const res = await server.as('platformA')('GET', `/jobs/${jobId}/candidate-matches`);
    const ids = res.body.data.map((c: { worker: { workerId: string } }) => c.worker.workerId);
    expect(ids).not.toContain(silent);
    expect(ids).not.toContain(gradeD);
    expect((await server.as('platformB')('GET', `/jobs/${jobId}/candidate-matches`)).status).toBe(404);
  });

  it('answers an empty page for a closed job', async () => {
    await server.as('platformA')('POST', `/jobs/${farJob}/close`, {});
    const res = await server.as('platformA')('GET', `/jobs/${farJob}/candidate-matches?radiusM=50000`);
    expect(res.body).toEqual({ data: [], nextCursor: null });
  });
});
