import { schemas as jobsSchemas } from '@gigmarket/jobs/validation';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertObject } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { startTestServer } from '../../test-support/harness.js';
import {
  A,
  jobBody,
  newFixtureId,
  OPERATOR,
  operatorReviewer,
  type Server,
  seedEmployer,
} from './test-fixtures.js';

let server: Server;
let employerId: string;
let marketId: string;
let reviewer: Awaited<ReturnType<typeof operatorReviewer>>;

beforeAll(async () => {
  server = await startTestServer();
  employerId = await seedEmployer(server.db);
  reviewer = await operatorReviewer(server);
  const market = await server.as('operator')('POST', '/gig-markets', {
    name: '清徐县零工市场',
    venueType: 'MARKET',
    operatorType: 'PUBLIC',
    operator: { name: '清徐县公共就业服务中心', uscc: '52140121MJY277318L' },
    location: {
      region: '140121',
      address: '山西省太原市清徐县清源镇文源路18号',
      geo: { lng: 112.357, lat: 37.608, crs: 'GCJ02' },
    },
    openingHours: [{ daysOfWeek: [1, 2, 3, 4, 5, 6, 7], open: '05:30', close: '18:00' }],
    contacts: { hotline: '0351-5722333', complaintHotline: '12333' },
  });
  marketId = market.body.id;
});
afterAll(() => server.close());

const create = (overrides: Record<string, unknown> = {}) =>
  server.as('platformA')('POST', '/jobs', jobBody(employerId, { gigMarketId: marketId, ...overrides }));

describe('jobs.create and jobs.update', () => {
  it('creates a complete DRAFT with derived fields', async () => {
    const res = await create();
    expect(res.status).toBe(201);
    const job = jobsSchemas.zJob.parse(res.body);
    expect(job).toMatchObject({
      status: 'DRAFT',
      agreementType: 'SERVICE_AGREEMENT',
      riskClass: '2',
      openingsFilled: 0,
      publishedVia: A,
      employerDisplayName: '某某家政',
      validFrom: null,
      reviews: [],
    });
    expect(res.headers.get('location')).toBe(`/jobs/${job.id}`);
  });

  it('answers 400 with pointers for invalid fields', async () => {
    const res = await create({ openings: 0, title: 'x' });
    expect(res.status).toBe(400);
    const pointers = res.body.errors.map((e: { pointer: string }) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/openings', '/title']));
  });

  it.each([
    [{ title: '保洁员（限男性）' }, /gender/],
    [{ requirements: { summary: '仅招本地户籍人员' } }, /household registration/],
    [{ riskClass: 'UNINSURABLE' }, /UNINSURABLE/],
    [{ validThrough: '2025-06-30T18:00:00+08:00' }, /validThrough/],
    [{ schedule: { startAt: '2025-07-05T17:00:00+08:00', endAt: '2025-07-05T08:00:00+08:00' } }, /startAt/],
  ])('refuses a posting that breaks a rule with 422 (%o)', async (overrides, detail) => {
    const res = await create(overrides);
    expect(res.status).toBe(422);
    expect(res.body.type).toBe('https://gigmarket.org.cn/problems/rule-violation');
    expect(res.body.detail).toMatch(detail);
  });

  it('answers 400 for an oral agreement outside part-time labour: the schema says it (if/then)', async () => {
    const res = await create({ agreementType: 'ORAL_PART_TIME' });
    expect(res.status).toBe(400);
    expect(res.body.type).toBe('https://gigmarket.org.cn/problems/validation-error');
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '/employmentForm', code: 'invalid_value' }),
    ]);
    expect(res.body.errors[0].detail).toMatch(/when `agreementType` is "ORAL_PART_TIME"/);
  });

  it("answers 404 for another tenant's employer and 409 for a second import of one source", async () => {
    const foreign = await seedEmployer(server.db, { tenantId: 'ten_01J0PB0000000000000000000B' });
    expect((await server.as('platformA')('POST', '/jobs', jobBody(foreign))).status).toBe(404);
    const source = { system: '美团零工', externalId: 'MT-1' };
    expect((await create({ source })).status).toBe(201);
    const twin = await create({ source });
    expect(twin.status).toBe(409);
    expect(twin.body.type).toBe('https://gigmarket.org.cn/problems/conflict');
  });

  it('edits a DRAFT by merge patch, re-checking the rules, and refuses edits once submitted', async () => {
    const id = (await create()).body.id;
    const edited = await server.as('platformA')('PATCH', `/jobs/${id}`, { openings: 4, tags: null });
    expect(jobsSchemas.zJob.parse(edited.body)).toMatchObject({ openings: 4, status: 'DRAFT' });
    expect(edited.body.tags).toBeUndefined();
    expect((await server.as('platformA')('PATCH', `/jobs/${id}`, { title: '招女性保洁' })).status).toBe(422);
    await server.as('platformA')('POST', `/jobs/${id}/submit`, {});
    const locked = await server.as('platformA')('PATCH', `/jobs/${id}`, { openings: 5 });
    expect(locked.status).toBe(409);
    expect(locked.body.currentState).toBe('PENDING_REVIEW');
    expect((await server.as('platformB')('PATCH', `/jobs/${id}`, { openings: 5 })).status).toBe(404);
  });
});

describe('review and publication', () => {
  it('submits, lets the reviewing operator approve, and publishes to the anonymous board without owner fields', async () => {
    const id = (await create()).body.id;
    const submitted = await server.as('platformA')('POST', `/jobs/${id}/submit`, {});
    expect(jobsSchemas.zJob.parse(submitted.body).status).toBe('PENDING_REVIEW');
    expect((await server.anonymous('GET', `/jobs/${id}`)).status).toBe(404);
    const approved = await reviewer('POST', `/jobs/${id}/approve`, { reason: '要素齐全' });
    const job = jobsSchemas.zJob.parse(approved.body);
    expect(job).toMatchObject({ status: 'PUBLISHED', publishedAt: job.validFrom, reviewMode: 'STANDARD' });
    expect(job.reviews?.[0]).toMatchObject({
      decision: 'APPROVED',
      reviewedBy: OPERATOR,
      reason: '要素齐全',
    });
    const pub = await server.anonymous('GET', `/jobs/${id}`);
    expect(jobsSchemas.zJob.parse(pub.body).status).toBe('PUBLISHED');
    expect(pub.body).not.toHaveProperty('metadata');
    expect(pub.body).not.toHaveProperty('reviews');
    const feed = await server.as('platformA')('GET', '/events?types=job.published');
    expect(feed.body.data.map((e: { data: { object: { id: string } } }) => e.data.object.id)).toContain(id);
  });

  it('refuses to submit for an employer not APPROVED (422) and approval by a tenant that does not review it (404)', async () => {
    const pending = await seedEmployer(server.db, { status: 'PENDING_REVIEW' });
    const id = (await server.as('platformA')('POST', '/jobs', jobBody(pending))).body.id;
    const res = await server.as('platformA')('POST', `/jobs/${id}/submit`, {});
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/初审登记/);
    const other = (await create({ gigMarketId: undefined })).body.id;
    await server.as('platformA')('POST', `/jobs/${other}/submit`, {});
    expect((await reviewer('POST', `/jobs/${other}/approve`, {})).status).toBe(404);
    expect((await server.as('regulator')('POST', `/jobs/${other}/approve`, {})).status).toBe(200);
  });

  it('rejects with a reason, and an edit of the rejected job returns it to DRAFT', async () => {
    const id = (await create()).body.id;
    await server.as('platformA')('POST', `/jobs/${id}/submit`, {});
    expect((await reviewer('POST', `/jobs/${id}/reject`, {})).status).toBe(400);
    const rejected = await reviewer('POST', `/jobs/${id}/reject`, { reason: '工作内容不清楚' });
    expect(jobsSchemas.zJob.parse(rejected.body)).toMatchObject({
      status: 'REJECTED',
      statusReason: '工作内容不清楚',
    });
    const edited = await server.as('platformA')('PATCH', `/jobs/${id}`, {
      description: '新交付小区住宅开荒保洁，清理装修垃圾和擦洗门窗玻璃。',
    });
    expect(jobsSchemas.zJob.parse(edited.body).status).toBe('DRAFT');
  });

  it('publishes by the fast track only for an HONEST_EMPLOYER, else 422', async () => {
    const id = (await create()).body.id;
    const refused = await server.as('platformA')('POST', `/jobs/${id}/publish`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toMatch(/HONEST_EMPLOYER/);
    const honest = await seedEmployer(server.db, { honest: true });
    const fast = (await server.as('platformA')('POST', '/jobs', jobBody(honest))).body.id;
    const published = await server.as('platformA')('POST', `/jobs/${fast}/publish`, {});
    expect(jobsSchemas.zJob.parse(published.body)).toMatchObject({
      status: 'PUBLISHED',
      reviewMode: 'FAST_TRACK',
    });
  });

  it('publishes a job that requires escrow only once its escrow is FUNDED', async () => {
    const honest = await seedEmployer(server.db, { honest: true });
    const id = (await server.as('platformA')('POST', '/jobs', jobBody(honest, { escrowRequired: true }))).body
      .id;
    const refused = await server.as('platformA')('POST', `/jobs/${id}/publish`, {});
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toMatch(/escrow/);
    const escrowId = newFixtureId('esc');
    const at = '2025-07-01T08:30:00+08:00';
    await insertObject(server.db, {
      id: escrowId,
      type: 'Escrow',
      tenantId: A,
      partyTenantIds: [],
      isPublic: false,
      status: 'FUNDED',
      data: { id: escrowId, jobId: id, status: 'FUNDED' },
      internal: {},
      createdAt: at,
      updatedAt: at,
    });
    expect((await server.as('platformA')('POST', `/jobs/${id}/publish`, {})).body.status).toBe('PUBLISHED');
  });
});

describe('the rest of the life cycle', () => {
  const published = async () => {
    const honest = await seedEmployer(server.db, { honest: true });
    const id = (await server.as('platformA')('POST', '/jobs', jobBody(honest, { gigMarketId: marketId })))
      .body.id;
    await server.as('platformA')('POST', `/jobs/${id}/publish`, {});
    return { id, employer: honest };
  };

  it('pauses (off the board) and resumes, and refuses an illegal transition with 409 and the allowed actions', async () => {
    const { id } = await published();
    const paused = await server.as('platformA')('POST', `/jobs/${id}/pause`, {});
    expect(jobsSchemas.zJob.parse(paused.body).status).toBe('PAUSED');
    expect((await server.anonymous('GET', `/jobs/${id}`)).status).toBe(404);
    const again = await server.as('platformA')('POST', `/jobs/${id}/pause`, {});
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      currentState: 'PAUSED',
      allowedActions: ['cancel', 'close', 'resume', 'takeDown'],
    });
    const resumed = await server.as('platformA')('POST', `/jobs/${id}/resume`, {});
    expect(jobsSchemas.zJob.parse(resumed.body).status).toBe('PUBLISHED');
    expect((await server.anonymous('GET', `/jobs/${id}`)).status).toBe(200);
  });

  it('closes and cancels with job.closed, and hides them from the board', async () => {
    const { id } = await published();
    const closed = await server.as('platformA')('POST', `/jobs/${id}/close`, { reason: '已招满' });
    expect(jobsSchemas.zJob.parse(closed.body)).toMatchObject({ status: 'CLOSED', statusReason: '已招满' });
    expect((await server.anonymous('GET', `/jobs/${id}`)).status).toBe(404);
    const draft = (await create()).body.id;
    const cancelled = await server.as('platformA')('POST', `/jobs/${draft}/cancel`, {});
    expect(jobsSchemas.zJob.parse(cancelled.body).status).toBe('CANCELLED');
    const feed = await server.as('platformA')('GET', '/events?types=job.closed');
    const statuses = feed.body.data.map((e: { data: { object: { id: string; status: string } } }) => [
      e.data.object.id,
      e.data.object.status,
    ]);
    expect(statuses).toEqual(
      expect.arrayContaining([
        [id, 'CLOSED'],
        [draft, 'CANCELLED'],
      ]),
    );
    expect((await server.as('platformB')('POST', `/jobs/${draft}/cancel`, {})).status).toBe(404);
  });

  it('refuses to cancel once an assignment has started (422)', async () => {
    const { id } = await published();
    const asg = newFixtureId('asg');
    const at = '2025-07-01T08:30:00+08:00';
    await insertObject(server.db, {
      id: asg,
      type: 'Assignment',
      tenantId: A,
      partyTenantIds: [],
      isPublic: false,
      status: 'IN_PROGRESS',
      data: { id: asg, jobId: id, status: 'IN_PROGRESS' },
      internal: {},
      createdAt: at,
      updatedAt: at,
    });
    const res = await server.as('platformA')('POST', `/jobs/${id}/cancel`, {});
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/started/);
  });

  it('takes a job down with a reason, records FAKE_POSTING_TAKEN_DOWN against the employer, and only for reviewers', async () => {
    const { id, employer } = await published();
    expect(
      (await server.as('platformA')('POST', `/jobs/${id}/take-down`, { reason: '虚假招聘' })).status,
    ).toBe(403);
    expect((await reviewer('POST', `/jobs/${id}/take-down`, {})).status).toBe(400);
    const down = await reviewer('POST', `/jobs/${id}/take-down`, { reason: '收取押金的虚假招聘' });
    const job = jobsSchemas.zJob.parse(down.body);
    expect(job).toMatchObject({ status: 'TAKEN_DOWN', statusReason: '收取押金的虚假招聘' });
    expect(job.reviews?.at(-1)).toMatchObject({ decision: 'TAKEN_DOWN', reviewedBy: OPERATOR });
    const events = await server.db
      .select()
      .from(objects)
      .where(and(eq(objects.type, 'CreditEvent'), sql`${objects.data}->'subject'->>'id' = ${employer}`));
    expect(events.map((e) => (e.data as { type: string }).type)).toEqual(['FAKE_POSTING_TAKEN_DOWN']);
  });
});
