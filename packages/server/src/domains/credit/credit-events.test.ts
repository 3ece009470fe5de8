import { schemas } from '@gigmarket/credit/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../test-support/harness.js';
import { recordCreditEvent } from './effects.js';
import { ruleContext } from './test-context.js';
import { fixtures, key, TENANT } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let employerId: string;

const decision = (over: Record<string, unknown> = {}) => ({
  subject: { type: 'EMPLOYER', id: employerId },
  type: 'DISPUTE_LOST_NON_PAYMENT',
  sourceRef: { type: 'ADMINISTRATIVE_DECISION', documentNo: '余劳人仲案字〔2025〕第101号' },
  summary: '劳动仲裁裁决支付拖欠工资2400元。',
  occurredAt: '2025-06-10T14:00:00+08:00',
  ...over,
});

beforeAll(async () => {
  server = await startTestServer();
  employerId = await fixtures.employer(server, TENANT.A);
});
afterAll(() => server.close());

describe('credit events recorded by regulators', () => {
  it('derives severity, points and E12 periods from the table and announces the profile change', async () => {
    const res = await server.as('regulator')('POST', '/credit-events', decision(), key());
    expect(res.status).toBe(201);
    const event = schemas.zCreditEvent.parse(res.body);
    expect(event).toMatchObject({
      severity: 'GENERAL',
      scoreDelta: -50,
      scoreEffect: 'POINTS',
      origin: 'REGULATOR',
      status: 'EFFECTIVE',
      publicUntil: '2026-06-10T14:00:00+08:00',
      repairableAfter: '2025-09-10T14:00:00+08:00',
      recordedBy: TENANT.R,
    });
    expect(res.headers.get('location')).toBe(`/credit-events/${event.id}`);

    const feed = await server.as('platformA')('GET', '/events?types=creditProfile.changed');
    const changed = feed.body.data.at(-1).data;
    expect(schemas.zCreditProfile.parse(changed.object).score).toBe(550);
    expect(changed.previous).toMatchObject({ score: 600, grade: 'B' });
  });

  it('lets the owner tenant and regulators read events, and hides them from others', async () => {
    const listed = await server.as('platformA')(
      'GET',
      `/credit-events?subjectId=${employerId}&type=DISPUTE_LOST_NON_PAYMENT,NO_SHOW`,
    );
    const page = schemas.zCreditEventPage.parse(listed.body);
    expect(page.data).toHaveLength(1);
    const id = page.data[0]?.id as string;
    expect((await server.as('regulator')('GET', `/credit-events/${id}`)).status).toBe(200);
    expect((await server.as('platformB')('GET', `/credit-events/${id}`)).status).toBe(404);
    const none = await server.as('platformA')('GET', `/credit-events?subjectId=${employerId}&type=NO_SHOW`);
    expect(schemas.zCreditEventPage.parse(none.body).data).toHaveLength(0);
    const since = await server.as('platformA')('GET', `/credit-events?since=2025-06-11T00:00:00%2B08:00`);
    expect(schemas.zCreditEventPage.parse(since.body).data).toHaveLength(0);
  });

  it('refuses the same decision twice (409), workers (422), periods out of range (422), rule types (400) and platforms (403)', async () => {
    const twice = await server.as('regulator')('POST', '/credit-events', decision(), key());
    expect(twice.status).toBe(409);
    const worker = await fixtures.worker(server, TENANT.A);
    const notEmployer = await server.as('regulator')(
      'POST',
      '/credit-events',
      decision({ subject: { type: 'WORKER', id: worker } }),
      key(),
    );
    expect(notEmployer.status).toBe(422);
    const tooShort = await server.as('regulator')(
      'POST',
      '/credit-events',
      decision({
        sourceRef: { type: 'ADMINISTRATIVE_DECISION', documentNo: 'x-2' },
        publicUntil: '2025-07-01T00:00:00+08:00',
      }),
      key(),
    );
    expect(tooShort.status).toBe(422);
    expect(tooShort.body.detail).toContain('E12');
    const ruleType = await server.as('regulator')(
      'POST',
      '/credit-events',
      decision({ type: 'NO_SHOW' }),
      key(),
    );
    expect(ruleType.status).toBe(400);
    expect(ruleType.body.errors[0].pointer).toBe('/type');
    const platform = await server.as('platformA')('POST', '/credit-events', decision(), key());
    expect(platform.status).toBe(403);
  });

  it('accepts a shorter period within the range', async () => {
    const res = await server.as('regulator')(
      'POST',
      '/credit-events',
      decision({
        sourceRef: { type: 'ADMINISTRATIVE_DECISION', documentNo: 'x-3' },
        publicUntil: '2025-12-10T14:00:00+08:00',
      }),
      key(),
    );
    expect(res.status).toBe(201);
    expect(schemas.zCreditEvent.parse(res.body).publicUntil).toBe('2025-12-10T14:00:00+08:00');
  });
});

describe('recordCreditEvent (the contract other domains call)', () => {
  it('records rule events once per source and escalates the third no-show within 30 days to GENERAL', async () => {
    const workerId = await fixtures.worker(server, TENANT.B);
    const at = (day: number) =>
      ruleContext(server, new Date(`2025-06-${String(day).padStart(2, '0')}T02:00:00Z`));
    const asg = [
      'asg_01J3W0RK0RDER0000000000001',
      'asg_01J3W0RK0RDER0000000000002',
      'asg_01J3W0RK0RDER0000000000003',
    ];
    await recordCreditEvent(at(1), {
      subjectType: 'WORKER',
      subjectId: workerId,
      type: 'NO_SHOW',
      sourceRef: asg[0],
    });
    await recordCreditEvent(at(1), {
      subjectType: 'WORKER',
      subjectId: workerId,
      type: 'NO_SHOW',
      sourceRef: asg[0],
    });
    await recordCreditEvent(at(10), {
      subjectType: 'WORKER',
      subjectId: workerId,
      type: 'NO_SHOW',
      sourceRef: asg[1],
    });
    await recordCreditEvent(at(20), {
      subjectType: 'WORKER',
      subjectId: workerId,
      type: 'NO_SHOW',
      sourceRef: asg[2],
    });
    const res = await server.as('platformB')('GET', `/credit-events?subjectId=${workerId}`);
    const events = schemas.zCreditEventPage.parse(res.body).data;
    // Newest `occurredAt` first (creditEvents.list): the escalated third no-show leads.
    expect(events.map((e) => [e.severity, e.scoreDelta, e.sourceRef.type, e.origin])).toEqual([
      ['GENERAL', -20, 'ASSIGNMENT', 'RULE'],
      ['MINOR', -20, 'ASSIGNMENT', 'RULE'],
      ['MINOR', -20, 'ASSIGNMENT', 'RULE'],
    ]);
    expect(events.at(-1)?.publicUntil).toBe('2025-09-01T10:00:00+08:00');
    const feed = await server.as('platformB')('GET', '/events?types=creditProfile.changed');
    expect(feed.body.data).toHaveLength(3);
  });
});

describe('expiry of credit events (sweep)', () => {
  it('expires events when publicUntil passes and announces the profile change', async () => {
    const moved = await server.as('regulator')('POST', '/sandbox/clock/advance', { by: '400d' });
    expect(moved.status).toBe(200);
    const res = await server.as('platformA')('GET', `/credit-events?subjectId=${employerId}&status=EXPIRED`);
    expect(schemas.zCreditEventPage.parse(res.body).data).toHaveLength(2);
    const profile = schemas.zCreditProfile.parse(
      (await server.as('platformA')('GET', `/credit-profiles/EMPLOYER/${employerId}`)).body,
    );
    expect(profile).toMatchObject({ score: 600, factors: [] });
    const feed = await server.as('platformA')('GET', '/events?types=creditProfile.changed');
    expect(feed.body.data.at(-1).data.previous.score).toBeLessThan(600);
  });
});
