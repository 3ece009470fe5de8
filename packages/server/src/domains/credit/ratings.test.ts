import { schemas } from '@gigmarket/credit/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { fixtures, key, TENANT } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let workerId: string;
let employerId: string;

const SETTLED_AT = '2025-06-30T18:00:00+08:00';
const settled = async (extra: { status?: string; settledAt?: string } = {}) =>
  fixtures.assignment(server, {
    workerId,
    employerId,
    tenantId: TENANT.A,
    partyTenantIds: [TENANT.B],
    settledAt: SETTLED_AT,
    ...extra,
  });
const rate = (client: 'platformA' | 'platformB', body: Record<string, unknown>) =>
  server.as(client)('POST', '/ratings', body, key());

beforeAll(async () => {
  server = await startTestServer();
  workerId = await fixtures.worker(server, TENANT.A);
  employerId = await fixtures.employer(server, TENANT.B);
});
afterAll(() => server.close());

describe('double-blind ratings', () => {
  it('seals the first rating, hides it from the other side and publishes both when the other side rates', async () => {
    const assignmentId = await settled();
    const first = await rate('platformA', {
      assignmentId,
      raterRole: 'WORKER',
      stars: 5,
      dimensions: { PAY_ON_TIME: 5, SAFETY: 4 },
      comment: '工资当天结清。',
    });
    expect(first.status).toBe(201);
    const sealed = schemas.zRating.parse(first.body);
    expect(sealed).toMatchObject({ status: 'SEALED', stars: 5, contentVisible: true, publishedAt: null });
    expect(sealed.windowClosesAt).toBe('2025-07-07T18:00:00+08:00');
    expect(sealed.visibleAt).toBe(sealed.windowClosesAt);
    expect(first.headers.get('location')).toBe(`/ratings/${sealed.id}`);

    for (const client of ['platformB', 'regulator'] as const) {
      const seen = await server.as(client)('GET', `/ratings/${sealed.id}`);
      expect(seen.status).toBe(200);
      expect(schemas.zRating.parse(seen.body)).toMatchObject({
        stars: null,
        dimensions: null,
        comment: null,
        contentVisible: false,
      });
    }
    const listed = await server.as('platformB')('GET', `/ratings?rateeId=${employerId}`);
    expect(schemas.zRatingPage.parse(listed.body).data.map((r) => [r.id, r.stars])).toEqual([
      [sealed.id, null],
    ]);
    // No score effect while sealed, so the score cannot leak the rating.
    const before = await server.as('platformB')('GET', `/credit-events?subjectId=${employerId}`);
    expect(schemas.zCreditEventPage.parse(before.body).data).toHaveLength(0);

    const second = await rate('platformB', {
      assignmentId,
      raterRole: 'EMPLOYER',
      stars: 2,
      dimensions: { PUNCTUAL: 2 },
    });
    expect(second.status).toBe(201);
    const published = schemas.zRating.parse(second.body);
    expect(published).toMatchObject({
      status: 'PUBLISHED',
      publishTrigger: 'BOTH_RATED',
      contentVisible: true,
    });
    expect(published.creditEventId).toMatch(/^cev_/);

    const firstNow = schemas.zRating.parse(
      (await server.as('platformB')('GET', `/ratings/${sealed.id}`)).body,
    );
    expect(firstNow).toMatchObject({
      status: 'PUBLISHED',
      stars: 5,
      contentVisible: true,
      publishTrigger: 'BOTH_RATED',
    });
    const workerSees = schemas.zRating.parse(
      (await server.as('platformA')('GET', `/ratings/${published.id}`)).body,
    );
    expect(workerSees.stars).toBe(2);

    const event = schemas.zCreditEvent.parse(
      (await server.as('platformB')('GET', `/credit-events/${firstNow.creditEventId}`)).body,
    );
    expect(event).toMatchObject({
      type: 'RATING_RECEIVED',
      scoreDelta: 5,
      severity: null,
      subject: { id: employerId },
    });
    const workerEvent = schemas.zCreditEvent.parse(
      (await server.as('platformA')('GET', `/credit-events/${published.creditEventId}`)).body,
    );
    expect(workerEvent).toMatchObject({ scoreDelta: -5, severity: 'MINOR' });

    const feed = await server.as('platformB')('GET', '/events?types=rating.published');
    expect(feed.body.data.map((e: { data: { object: { id: string } } }) => e.data.object.id).sort()).toEqual(
      [sealed.id, published.id].sort(),
    );
  });

  it('refuses a second rating of the same side with 409', async () => {
    const assignmentId = await settled();
    expect((await rate('platformA', { assignmentId, raterRole: 'WORKER', stars: 4 })).status).toBe(201);
    const again = await rate('platformA', { assignmentId, raterRole: 'WORKER', stars: 1 });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('https://gigmarket.org.cn/problems/conflict');
  });

  it('refuses ratings before settlement and after the window with 422', async () => {
    const open = await settled({ status: 'ACCEPTED' });
    const early = await rate('platformA', { assignmentId: open, raterRole: 'WORKER', stars: 4 });
    expect(early.status).toBe(422);
    expect(early.body.detail).toContain('SETTLED');

    const old = await settled({ settledAt: '2025-06-20T10:00:00+08:00' });
    const late = await rate('platformA', { assignmentId: old, raterRole: 'WORKER', stars: 4 });
    expect(late.status).toBe(422);
    expect(late.body.detail).toContain('2025-06-27T10:00:00+08:00');
  });

  it('refuses the wrong side (403), aspects of the other direction (400) and unknown assignments (404)', async () => {
    const assignmentId = await settled();
    const wrongSide = await rate('platformA', { assignmentId, raterRole: 'EMPLOYER', stars: 4 });
    expect(wrongSide.status).toBe(403);

    const aspects = await rate('platformA', {
      assignmentId,
      raterRole: 'WORKER',
      stars: 4,
      dimensions: { PUNCTUAL: 3 },
    });
    expect(aspects.status).toBe(400);
    expect(aspects.body.errors[0].pointer).toBe('/dimensions/PUNCTUAL');

    const invalid = await rate('platformA', { assignmentId, raterRole: 'WORKER', stars: 6 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('/stars');

    const foreign = await fixtures.assignment(server, { workerId, employerId, tenantId: TENANT.B });
    const other = await server.as('operator')(
      'POST',
      '/ratings',
      { assignmentId: foreign, raterRole: 'WORKER', stars: 4 },
      key(),
    );
    expect(other.status).toBe(404);
    const hidden = await server.as('operator')('GET', `/ratings?assignmentId=${assignmentId}`);
    expect(schemas.zRatingPage.parse(hidden.body).data).toHaveLength(0);
  });

  it('publishes a sealed rating when its window closes (sweep), with its credit event', async () => {
    const assignmentId = await settled();
    const sealed = schemas.zRating.parse(
      (await rate('platformA', { assignmentId, raterRole: 'WORKER', stars: 1 })).body,
    );
    const moved = await server.as('regulator')('POST', '/sandbox/clock/advance', { by: '8d' });
    expect(moved.status).toBe(200);
    const after = schemas.zRating.parse((await server.as('platformB')('GET', `/ratings/${sealed.id}`)).body);
    expect(after).toMatchObject({
      status: 'PUBLISHED',
      publishTrigger: 'WINDOW_CLOSED',
      stars: 1,
      contentVisible: true,
    });
    expect(after.publishedAt).toBe(after.visibleAt);
    const event = schemas.zCreditEvent.parse(
      (await server.as('platformB')('GET', `/credit-events/${after.creditEventId}`)).body,
    );
    expect(event).toMatchObject({ type: 'RATING_RECEIVED', scoreDelta: -10, severity: 'MINOR' });
  });
});
