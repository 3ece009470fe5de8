import { schemas as jobsSchemas } from '@gigmarket/jobs/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { jobBody, publishedJob, type Server, seedEmployer } from './test-fixtures.js';

let server: Server;
let near: string;
let far: string;
let hourly: string;
let draft: string;

beforeAll(async () => {
  server = await startTestServer();
  near = String((await publishedJob(server)).id);
  far = String(
    (
      await publishedJob(server, {
        location: {
          region: '140121',
          address: '清徐县徐沟镇',
          geo: { lng: 112.45, lat: 37.55, crs: 'GCJ02' },
        },
        schedule: { startAt: '2025-07-10T08:00:00+08:00', endAt: '2025-07-10T17:00:00+08:00', dailyHours: 8 },
      })
    ).id,
  );
  hourly = String(
    (
      await publishedJob(server, {
        pay: { unit: 'PER_HOUR', rateFen: 2500, estimatedTotalFen: 20000, payCycle: 'DAILY' },
      })
    ).id,
  );
  const employer = await seedEmployer(server.db);
  draft = (await server.as('platformA')('POST', '/jobs', jobBody(employer))).body.id;
});
afterAll(() => server.close());

const ids = (res: { body: { data: Array<{ id: string }> } }) => res.body.data.map((j) => j.id);

describe('jobs.list and jobs.get', () => {
  it('shows anonymous callers and other platforms only published jobs, the owner also its drafts', async () => {
    const anonymous = await server.anonymous('GET', '/jobs');
    expect(jobsSchemas.zJobPage.parse(anonymous.body).data.every((j) => j.status === 'PUBLISHED')).toBe(true);
    expect(ids(anonymous)).toEqual(expect.arrayContaining([near, far, hourly]));
    expect(ids(anonymous)).not.toContain(draft);
    expect(anonymous.body.data[0]).not.toHaveProperty('metadata');
    expect(ids(await server.as('platformB')('GET', '/jobs'))).not.toContain(draft);
    const own = await server.as('platformA')('GET', '/jobs?status=DRAFT');
    expect(ids(own)).toEqual([draft]);
    expect(own.body.data[0].metadata).toEqual({ partnerOrderNo: 'QX-JZ-20250701-0042' });
    expect((await server.anonymous('GET', `/jobs/${draft}`)).status).toBe(404);
    expect((await server.as('platformB')('GET', `/jobs/${draft}`)).status).toBe(404);
    expect(jobsSchemas.zJob.parse((await server.as('regulator')('GET', `/jobs/${draft}`)).body).id).toBe(
      draft,
    );
  });

  it('searches near a point within radiusM, nearest first with distanceMeters', async () => {
    const res = await server.anonymous('GET', '/jobs?near=112.357,37.608&radiusM=2000');
    const page = jobsSchemas.zJobPage.parse(res.body);
    expect(page.data.map((j) => j.id)).toEqual(expect.arrayContaining([near, hourly]));
    expect(page.data.map((j) => j.id)).not.toContain(far);
    expect(page.data.every((j) => (j.distanceMeters ?? 99_999) <= 2000)).toBe(true);
    const wide = await server.anonymous('GET', '/jobs?near=112.357,37.608&radiusM=20000&limit=2');
    expect(wide.body.data[0].distanceMeters).toBeLessThanOrEqual(wide.body.data[1].distanceMeters);
    const next = await server.anonymous(
      'GET',
      `/jobs?near=112.357,37.608&radiusM=20000&limit=2&cursor=${wide.body.nextCursor}`,
    );
    expect(ids(next)).toEqual([far]);
  });

  it('filters by pay, pay unit, start date, occupation and employer', async () => {
    expect(ids(await server.anonymous('GET', '/jobs?payMinFen=5000'))).not.toContain(hourly);
    expect(ids(await server.anonymous('GET', '/jobs?payUnit=PER_HOUR'))).toEqual([hourly]);
    expect(ids(await server.anonymous('GET', '/jobs?startFrom=2025-07-06T00:00:00%2B08:00'))).toEqual([far]);
    expect(ids(await server.anonymous('GET', '/jobs?startTo=2025-07-06T00:00:00%2B08:00'))).not.toContain(
      far,
    );
    expect(ids(await server.anonymous('GET', '/jobs?occupationCode=6-31-01-03'))).toEqual([]);
    const one = (await server.anonymous('GET', `/jobs/${near}`)).body.employerId;
    expect(ids(await server.anonymous('GET', `/jobs?employerId=${one}`))).toEqual([near]);
    expect((await server.anonymous('GET', '/jobs?payUnit=PER_YEAR')).status).toBe(400);
  });

  it('keeps a job with a future validFrom off the board until it comes', async () => {
    const later = await publishedJob(server, { validFrom: '2025-07-02T08:00:00+08:00' });
    expect(later.status).toBe('PUBLISHED');
    expect((await server.anonymous('GET', `/jobs/${later.id}`)).status).toBe(404);
    expect((await server.as('platformA')('GET', `/jobs/${later.id}`)).status).toBe(200);
    server.setNow(new Date('2025-07-02T01:00:00Z'));
    expect((await server.anonymous('GET', `/jobs/${later.id}`)).status).toBe(200);
  });

  it('expires published and paused jobs when validThrough passes (sweep on the sandbox clock)', async () => {
    await server.as('platformA')('POST', `/jobs/${far}/pause`, {});
    const advanced = await server.as('platformA')('POST', '/sandbox/clock/advance', {
      to: '2025-07-04T18:00:01+08:00',
    });
    expect(advanced.status).toBe(200);
    for (const id of [near, far]) {
      const job = jobsSchemas.zJob.parse((await server.as('platformA')('GET', `/jobs/${id}`)).body);
      expect(job.status).toBe('EXPIRED');
    }
    expect(ids(await server.anonymous('GET', '/jobs'))).not.toContain(near);
    const feed = await server.as('platformA')('GET', `/events?types=job.closed&objectId=${near}`);
    expect(feed.body.data[0].data.object.status).toBe('EXPIRED');
  });
});
