import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import { scoreMatch } from './reasons.js';
import { type MatchJob, type MatchWorker, matchScore } from './score.js';

const rules = DEFAULT_RULES;
const north = (m: number) => ({ lat: 30.2863 + m / 111_195, lng: 120.0546 });
// The worked example of jobs-postings.md "Score": 小区开荒保洁（日结）for 王建国, 2.4 km away.
const job: MatchJob = {
  id: 'job_1',
  location: north(0),
  occupationCode: '4-10-01-06',
  pay: { unit: 'PER_DAY', rateFen: 20_000, estimatedTotalFen: 20_000 },
  schedule: {
    dailyHours: 8,
    workingDays: 1,
    workDays: [6],
    firstDay: '2025-07-05',
    lastDay: '2025-07-05',
    shifts: [{ start: '08:00', end: '17:00' }],
  },
  employerCreditScore: 780,
};
const worker: MatchWorker = {
  id: 'wkr_1',
  location: north(2400),
  skills: [{ code: '4-10-01-06', level: 4 }],
  payFloor: { amountFen: 20_000, unit: 'PER_DAY' },
  availability: { maxDailyHours: 8, days: [1, 2, 3, 4, 5, 6], hours: { start: '07:00', end: '18:00' } },
  creditScore: 640,
};
const sub = (j: MatchJob, w: MatchWorker, kind: string) =>
  scoreMatch(j, w, rules, { distanceM: 2400 }).reasons.find((r) => r.kind === kind);

describe('scoreMatch', () => {
  it('scores the spec’s worked example 88 for the worker and 84 (CREDIT 6.33) for the employer', () => {
    const forWorker = scoreMatch(job, worker, rules, { distanceM: 2400 });
    expect(forWorker.reasons.map((r) => [r.kind, r.weight, r.subScore, r.points, r.value])).toEqual([
      ['SKILL', 35, 1, 35, '4-10-01-06'],
      ['DISTANCE', 25, 0.52, 13, 2400],
      ['PAY', 20, 1, 20, 20_000],
      ['HOURS', 10, 1, 10, 8],
      ['CREDIT', 10, 1, 10, 780],
    ]);
    expect(forWorker.score).toBe(88);
    const forEmployer = scoreMatch(job, worker, rules, { distanceM: 2400, perspective: 'EMPLOYER' });
    expect(forEmployer.reasons[4]).toMatchObject({ subScore: 0.63, points: 6.33, value: 640 });
    expect(forEmployer.score).toBe(84);
  });

  it.each([
    ['same 小类 only', job, { skills: [{ code: '4-10-01-05' }] }, 'SKILL', 0.5, '4-10-01-05'],
    ['below the required level', { ...job, requiredLevel: 3 }, {}, 'SKILL', 0.5, '4-10-01-06'],
    ['another group', job, { skills: [{ code: '6-29-01-01' }] }, 'SKILL', 0, '4-10-01-06'],
    ['guide price above the floor', { ...job, wageGuideDailyFen: 25_000 }, {}, 'PAY', 0.8, 20_000],
    ['floor above pay', job, { payFloor: { amountFen: 40_000, unit: 'PER_DAY' } }, 'PAY', 0.5, 20_000],
    [
      'hourly floor × daily hours',
      job,
      { payFloor: { amountFen: 4000, unit: 'PER_HOUR' } },
      'PAY',
      0.63,
      20_000,
    ],
    ['no floor, no guide', job, { payFloor: undefined }, 'PAY', 0.5, 20_000],
    [
      'hourly pay without daily hours',
      { ...job, pay: { unit: 'PER_HOUR', rateFen: 2500 }, schedule: {} },
      {},
      'PAY',
      0.5,
      null,
    ],
    ['no availability declared', job, { availability: undefined }, 'HOURS', 0.5, 8],
    [
      'outside the declared hours',
      job,
      { availability: { hours: { start: '09:00', end: '18:00' } } },
      'HOURS',
      0,
      8,
    ],
    ['longer day than wanted', job, { availability: { maxDailyHours: 4 } }, 'HOURS', 0, 8],
    ['grade-C employer', { ...job, employerCreditScore: 600 }, {}, 'CREDIT', 0.5, 600],
    ['grade-D employer', { ...job, employerCreditScore: 300 }, {}, 'CREDIT', 0, 300],
    ['unknown credit', { ...job, employerCreditScore: undefined }, {}, 'CREDIT', 0.5, null],
  ] as const)('%s', (_name, j, change, kind, subScore, value) => {
    expect(sub(j as MatchJob, { ...worker, ...change } as MatchWorker, kind)).toMatchObject({
      subScore,
      value,
    });
  });

  it('converts piece and monthly pay by the estimate over the working days', () => {
    const monthly = {
      ...job,
      pay: { unit: 'PER_MONTH' as const, rateFen: 500_000, estimatedTotalFen: 440_000 },
      schedule: { ...job.schedule, workingDays: 22 },
    };
    expect(sub(monthly, worker, 'PAY')).toMatchObject({ value: 20_000, subScore: 1 });
    expect(sub({ ...monthly, schedule: { dailyHours: 8 } }, worker, 'PAY')).toMatchObject({
      value: null,
      subScore: 0.5,
    });
  });

  it('rounds Σ points half-up: 35 + 12.5 + 20 + 10 + 5 = 82.5 → 83', () => {
    const half = scoreMatch({ ...job, employerCreditScore: 600 }, worker, rules, { distanceM: 2500 });
    expect(half.reasons.map((r) => r.points)).toEqual([35, 12.5, 20, 10, 5]);
    expect(half.score).toBe(83);
  });

  it('agrees with matchScore, and its score is round(Σ points) of reasons within their weights', () => {
    const skills = fc
      .subarray(['4-10-01-06', '4-10-01-05', '6-29-01-01'])
      .map((c) => c.map((code) => ({ code })));
    fc.assert(
      fc.property(
        skills,
        fc.integer({ min: 0, max: 7000 }),
        fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1000, max: 60_000 }), { nil: undefined }),
        fc.constantFrom('WORKER' as const, 'EMPLOYER' as const),
        (held, distanceM, credit, floor, perspective) => {
          const w: MatchWorker = {
            ...worker,
            skills: held,
            creditScore: credit,
            payFloor: floor === undefined ? undefined : { amountFen: floor, unit: 'PER_DAY' },
          };
          const j = { ...job, employerCreditScore: credit };
          const scored = scoreMatch(j, w, rules, { distanceM, perspective, radiusM: 5000 });
          expect(scored.score).toBe(matchScore(j, w, distanceM, 5000, rules, perspective));
          const hundredths = scored.reasons.reduce((s, r) => s + Math.round(r.points * 100), 0);
          expect(scored.score).toBe(Math.floor((hundredths + 50) / 100));
          for (const r of scored.reasons) {
            expect(r.subScore).toBeGreaterThanOrEqual(0);
            expect(r.subScore).toBeLessThanOrEqual(1);
            expect(r.points).toBeLessThanOrEqual(r.weight);
          }
        },
      ),
    );
  });
});
