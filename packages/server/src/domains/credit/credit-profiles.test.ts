import { schemas } from '@gigmarket/credit/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findById } from '../../store/objects.js';
import { startTestServer } from '../../test-support/harness.js';
import { recordCreditEvent } from './effects.js';
import { ruleContext } from './test-context.js';
import { fixtures, key, TENANT } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;

const profileOf = async (type: string, id: string, client: 'platformA' | 'regulator' = 'platformA') => {
  const res = await server.as(client)('GET', `/credit-profiles/${type}/${id}`);
  expect(res.status).toBe(200);
  return schemas.zCreditProfile.parse(res.body);
};
/** The formula every client may apply (CreditProfile): the factors reproduce the score. */
const reproduced = (p: { baseScore: number; factors: Array<{ points: number }> }) =>
  Math.min(1000, Math.max(0, p.baseScore + p.factors.reduce((s, f) => s + f.points, 0)));

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('credit profiles', () => {
  it('starts a new subject at 600, grade B, and answers only its owner tenant and regulators', async () => {
    const workerId = await fixtures.worker(server, TENANT.A);
    const profile = await profileOf('WORKER', workerId);
    expect(profile).toMatchObject({
      score: 600,
      baseScore: 600,
      grade: 'B',
      gradeCap: null,
      badges: [],
      factors: [],
    });
    expect(profile.effects).toEqual({
      fastTrackEligible: false,
      autoMatchExcluded: false,
      manualReviewRequired: false,
    });
    expect((await profileOf('WORKER', workerId, 'regulator')).score).toBe(600);
    expect((await server.as('platformB')('GET', `/credit-profiles/WORKER/${workerId}`)).status).toBe(404);
    expect((await server.as('platformA')('GET', `/credit-profiles/EMPLOYER/${workerId}`)).status).toBe(404);
  });

  it('keeps the Worker and Employer creditScore equal to the profile score once it is first computed', async () => {
    const workerId = await fixtures.worker(server, TENANT.A);
    const employerId = await fixtures.employer(server, TENANT.A);
    const stored = async (id: string) =>
      ((await findById(server.db, id))?.data as { creditScore?: unknown } | undefined)?.creditScore;
    expect(await stored(workerId)).toBeUndefined();
    const ctx = ruleContext(server, new Date('2025-06-20T02:00:00Z'));
    await recordCreditEvent(ctx, {
      subjectType: 'WORKER',
      subjectId: workerId,
      type: 'NO_SHOW',
      sourceRef: 'asg_01J3W0RK0RDER0000000000N01',
    });
    await recordCreditEvent(ctx, {
      subjectType: 'EMPLOYER',
      subjectId: employerId,
      type: 'ASSIGNMENT_COMPLETED',
      sourceRef: 'asg_01J3W0RK0RDER0000000000N01',
    });
    const worker = await profileOf('WORKER', workerId);
    expect(worker.score).toBeLessThan(600);
    expect(await stored(workerId)).toBe(worker.score);
    expect(await stored(employerId)).toBe((await profileOf('EMPLOYER', employerId)).score);
  });

  it('reaches grade A with the badge and fast track, and loses fast track with a GENERAL event', async () => {
    const employerId = await fixtures.employer(server, TENANT.A);
    const ctx = ruleContext(server, new Date('2025-06-20T02:00:00Z'));
    for (let i = 0; i < 30; i++)
      await recordCreditEvent(ctx, {
        subjectType: 'EMPLOYER',
        subjectId: employerId,
        type: 'ASSIGNMENT_COMPLETED',
        sourceRef: `asg_01J3W0RK0RDER00000000000${String(i).padStart(2, '0')}`,
      });
    const a = await profileOf('EMPLOYER', employerId);
    expect(a).toMatchObject({ score: 750, grade: 'A', badges: ['HONEST_EMPLOYER'] });
    expect(a.effects.fastTrackEligible).toBe(true);
    expect(a.factors).toEqual([
      expect.objectContaining({
        kind: 'ASSIGNMENT_COMPLETED',
        points: 150,
        count: 30,
        scoreEffect: 'POINTS',
      }),
    ]);
    expect(reproduced(a)).toBe(a.score);

    const grade = await server.as('regulator')(
      'POST',
      '/credit-events',
      {
        subject: { type: 'EMPLOYER', id: employerId },
        type: 'COMPLIANCE_GRADE_C',
        sourceRef: { type: 'COMPLIANCE_EVALUATION', documentNo: '余人社诚信〔2025〕C-07' },
        summary: '2024年度劳动保障守法诚信等级评定为C级。',
        occurredAt: '2025-06-25T10:00:00+08:00',
      },
      key(),
    );
    expect(grade.status).toBe(201);
    const capped = await profileOf('EMPLOYER', employerId);
    expect(capped).toMatchObject({ score: 750, grade: 'C', gradeCap: 'C', badges: [] });
    expect(capped.effects).toEqual({
      fastTrackEligible: false,
      autoMatchExcluded: false,
      manualReviewRequired: true,
    });
    expect(capped.factors.map((f) => f.scoreEffect)).toContain('GRADE_CAP_C');
    expect(reproduced(capped)).toBe(capped.score);
  });

  it('floors the score to 0 while a wage-arrears event is in effect, with a factor that keeps the formula', async () => {
    const employerId = await fixtures.employer(server, TENANT.A);
    const ctx = ruleContext(server, new Date('2025-06-20T02:00:00Z'));
    await recordCreditEvent(ctx, {
      subjectType: 'EMPLOYER',
      subjectId: employerId,
      type: 'ASSIGNMENT_COMPLETED',
      sourceRef: 'asg_01J3W0RK0RDER0000000000099',
    });
    await recordCreditEvent(ctx, {
      subjectType: 'EMPLOYER',
      subjectId: employerId,
      type: 'WAGE_ARREARS_CONFIRMED',
      sourceRef: 'war_01J4ARREARS000000000000000',
    });
    const p = await profileOf('EMPLOYER', employerId);
    expect(p.score).toBe(0);
    expect(p.grade).toBe('D');
    const floor = p.factors.find((f) => f.kind === 'WAGE_ARREARS_CONFIRMED');
    expect(floor).toMatchObject({ points: -605, scoreEffect: 'FLOOR_TO_ZERO', count: 1 });
    expect(p.factors[0]?.kind).toBe('WAGE_ARREARS_CONFIRMED');
    expect(reproduced(p)).toBe(0);
    expect(p.effects.manualReviewRequired).toBe(true);
  });

  it('shows the employer compliance grade and validates path parameters', async () => {
    const employerId = await fixtures.employer(server, TENANT.A, { grade: 'A', year: 2024 });
    const p = await profileOf('EMPLOYER', employerId);
    expect(p).toMatchObject({ complianceGrade: 'A', complianceGradeYear: 2024 });
    const bad = await server.as('platformA')('GET', '/credit-profiles/ROBOT/emp_x');
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { pointer: string }) => e.pointer)).toContain('#/path/subjectType');
  });
});
