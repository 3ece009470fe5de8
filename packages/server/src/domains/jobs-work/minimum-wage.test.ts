import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { provisionClients } from '../../auth/provision.js';
import { referenceBehaviour } from '../../behaviour.js';
import { type Database, openDatabase } from '../../store/database.js';
import { CLIENTS, TEST_CONFIG } from '../../test-support/harness.js';
import { seedEngagement } from './test-fixtures.js';

/** A regional hourly minimum wage as a deployment would set it (a test value, 21.30 yuan). */
const MINIMUM = 2130;
let db: Database;
let close: () => Promise<void>;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  ({ db, close } = await openDatabase({}));
  await provisionClients(
    db,
    Object.values(CLIENTS).map((c) => ({ ...c, scopes: [...c.scopes] })),
  );
  app = createApp({
    db,
    clock: { now: () => new Date('2025-07-01T01:00:00Z') },
    config: { ...TEST_CONFIG, ruleOverrides: { minimumHourlyWageFen: MINIMUM } },
    behaviour: referenceBehaviour(),
  });
});
afterAll(() => close());

const createAssignment = async (body: Record<string, unknown>) => {
  const res = await app.request('/v1/assignments', {
    method: 'POST',
    headers: { 'X-Api-Key': CLIENTS.platformA.apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
};
/** Four planned hours (08:00–12:00). */
const period = (agreedPayFen: number) => ({
  plannedStart: '2025-07-03T08:00:00+08:00',
  plannedEnd: '2025-07-03T12:00:00+08:00',
  agreedPayFen,
});

describe('assignments.create: part-time minimum wage (E10)', () => {
  it('refuses agreed pay under the hourly minimum × planned hours with 422, creating nothing', async () => {
    const e = await seedEngagement(db, {
      employmentForm: 'PART_TIME_LABOUR',
      agreementType: 'LABOUR_CONTRACT',
    });
    const res = await createAssignment({ applicationId: e.applicationId, ...period(4 * MINIMUM - 1) });
    expect(res.status).toBe(422);
    expect(res.body.type).toBe('https://gigmarket.org.cn/problems/rule-violation');
    expect(res.body.detail).toMatch(/^`agreedPayFen`: .*below the local hourly minimum wage of 2130 fen/);
    // Nothing was created: the same period is still free.
    expect((await createAssignment({ applicationId: e.applicationId, ...period(4 * MINIMUM) })).status).toBe(
      201,
    );
  });

  it('does not apply to other employment forms', async () => {
    const e = await seedEngagement(db);
    expect((await createAssignment({ applicationId: e.applicationId, ...period(100) })).status).toBe(201);
  });
});
