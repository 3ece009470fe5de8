import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { provisionClients } from '../../auth/provision.js';
import { referenceBehaviour } from '../../behaviour.js';
import { type Database, openDatabase } from '../../store/database.js';
import { CLIENTS, TEST_CONFIG } from '../../test-support/harness.js';
import { jobBody, seedEmployer, seedWorker } from './test-fixtures.js';

/** Shanxi's part-time hourly minimum wage as a deployment would set it (a test value, 21.30 yuan). */
const MINIMUM = 2130;
const NOW = new Date('2025-07-01T01:00:00Z');

let db: Database;
let close: () => Promise<void>;
let employerId: string;

/** A client of an app on the shared database with the given rule overrides (platform A's by default). */
function clientOf(ruleOverrides: Record<string, unknown>, apiKey: string = CLIENTS.platformA.apiKey) {
  const app = createApp({
    db,
    clock: { now: () => NOW },
    config: { ...TEST_CONFIG, ruleOverrides },
    behaviour: referenceBehaviour(),
  });
  return async (method: string, path: string, body?: unknown) => {
    const res = await app.request(`/v1${path}`, {
      method,
      headers: { 'X-Api-Key': apiKey, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, type: res.headers.get('content-type'), body: await res.json() };
  };
}
const regional = () => clientOf({ minimumHourlyWageFen: MINIMUM });

beforeAll(async () => {
  ({ db, close } = await openDatabase({}));
  await provisionClients(
    db,
    Object.values(CLIENTS).map((c) => ({ ...c, scopes: [...c.scopes] })),
  );
  employerId = await seedEmployer(db);
});
afterAll(() => close());

/** A lawful part-time posting (4 hours a day, weekly pay) at the given pay. */
const partTime = (pay: Record<string, unknown>) =>
  jobBody(employerId, {
    employmentForm: 'PART_TIME_LABOUR',
    schedule: { startAt: '2025-07-05T08:00:00+08:00', endAt: '2025-07-05T12:00:00+08:00', dailyHours: 4 },
    pay: { payCycle: 'WEEKLY', ...pay },
  });

describe('part-time minimum wage on postings (E10)', () => {
  it.each([
    ['an hourly rate 1 fen under', { unit: 'PER_HOUR', rateFen: MINIMUM - 1 }],
    ['a day rate under 4 × the hourly minimum', { unit: 'PER_DAY', rateFen: 4 * MINIMUM - 1 }],
  ])('refuses %s with 422 rule-violation and creates nothing', async (_name, pay) => {
    const client = regional();
    const before = (await client('GET', '/jobs?limit=100')).body.data.length;
    const res = await client('POST', '/jobs', partTime(pay));
    expect(res.status).toBe(422);
    expect(res.type).toBe('application/problem+json');
    expect(res.body.type).toBe('https://gigmarket.org.cn/problems/rule-violation');
    expect(res.body.detail).toMatch(/below the local hourly minimum wage of 2130 fen/);
    expect(res.body.detail).toMatch(/E10/);
    expect((await client('GET', '/jobs?limit=100')).body.data.length).toBe(before);
  });

  it.each([
    ['exactly the hourly minimum', { unit: 'PER_HOUR', rateFen: MINIMUM }],
    ['a day rate of 4 × the hourly minimum', { unit: 'PER_DAY', rateFen: 4 * MINIMUM }],
    ['a piece rate (no hourly form; checked per work order)', { unit: 'PER_PIECE', rateFen: 100 }],
  ])('accepts %s', async (_name, pay) => {
    const res = await regional()('POST', '/jobs', partTime(pay));
    expect(res.body.detail).toBeUndefined();
    expect(res.status).toBe(201);
  });

  it('does not apply to other employment forms', async () => {
    const body = jobBody(employerId, { pay: { unit: 'PER_HOUR', rateFen: 100, payCycle: 'DAILY' } });
    expect((await regional()('POST', '/jobs', body)).status).toBe(201);
  });

  it('checks nothing where the region has set no minimum (the default)', async () => {
    const res = await clientOf({})('POST', '/jobs', partTime({ unit: 'PER_HOUR', rateFen: 100 }));
    expect(res.status).toBe(201);
  });

  it('refuses an edit that lowers the pay below the minimum, and the draft keeps its pay', async () => {
    const client = regional();
    const created = await client('POST', '/jobs', partTime({ unit: 'PER_HOUR', rateFen: 2500 }));
    expect(created.status).toBe(201);
    const res = await client('PATCH', `/jobs/${created.body.id}`, {
      pay: { unit: 'PER_HOUR', rateFen: 2000, payCycle: 'WEEKLY' },
    });
    expect(res.status).toBe(422);
    expect(res.body.type).toBe('https://gigmarket.org.cn/problems/rule-violation');
    expect((await client('GET', `/jobs/${created.body.id}`)).body.pay.rateFen).toBe(2500);
  });
});

describe('part-time minimum wage on offers (E10)', () => {
  it('refuses an offer whose pay for its period is under the hourly minimum with 422, and takes one at it', async () => {
    // A piece-rate posting has no hourly form, so only the offer's pay for its 4 hours can be checked.
    const employer = await seedEmployer(db, { honest: true });
    const employerSide = regional();
    const body = jobBody(employer, {
      employmentForm: 'PART_TIME_LABOUR',
      schedule: { startAt: '2025-07-05T08:00:00+08:00', endAt: '2025-07-05T12:00:00+08:00', dailyHours: 4 },
      pay: { unit: 'PER_PIECE', rateFen: 100, estimatedTotalFen: 100, payCycle: 'WEEKLY' },
    });
    const job = await employerSide('POST', '/jobs', body);
    expect((await employerSide('POST', `/jobs/${job.body.id}/publish`, {})).status).toBe(200);
    const workerId = await seedWorker(db);
    const applied = await clientOf({ minimumHourlyWageFen: MINIMUM }, CLIENTS.platformB.apiKey)(
      'POST',
      `/jobs/${job.body.id}/applications`,
      { workerId, channel: 'ONLINE' },
    );
    expect(applied.status).toBe(201);
    const offer = (payFen: number) =>
      employerSide('POST', `/applications/${applied.body.id}/offer`, {
        payFen,
        startAt: '2025-07-05T08:00:00+08:00',
        endAt: '2025-07-05T12:00:00+08:00',
      });
    const low = await offer(4 * MINIMUM - 1);
    expect(low.status).toBe(422);
    expect(low.body.type).toBe('https://gigmarket.org.cn/problems/rule-violation');
    expect(low.body.detail).toMatch(/^`payFen`: .*below the local hourly minimum wage of 2130 fen/);
    const fair = await offer(4 * MINIMUM);
    expect(fair.body.detail).toBeUndefined();
    expect(fair.body).toMatchObject({ status: 'OFFERED', offer: { payFen: 4 * MINIMUM } });
  });
});
