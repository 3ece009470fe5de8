import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import { type MatchJob, type MatchWorker, scoreMatch } from './score.js';

const rules = DEFAULT_RULES;
const job: MatchJob = {
  id: 'job_1',
  location: { lat: 30.42, lng: 120.3 },
  requiredSkills: ['4-10-01-06'],
  pay: { unit: 'PER_DAY', rateFen: 20_000 },
  dailyHours: 8,
  employerCreditScore: 780,
};
const worker: MatchWorker = {
  id: 'wkr_1',
  location: { lat: 30.42, lng: 120.3 },
  skills: [{ code: '4-10-01-06' }],
  payFloorFen: 20_000,
  maxDailyHours: 8,
  creditScore: 640,
};

describe('scoreMatch', () => {
  it('gives full points but credit to a perfect, co-located match', () => {
    const { score, reasons } = scoreMatch(job, worker, rules);
    expect(reasons.map((r) => [r.kind, r.weight, r.points])).toEqual([
      ['SKILL', 35, 35],
      ['DISTANCE', 25, 25],
      ['PAY', 20, 20],
      ['HOURS', 10, 10],
      ['CREDIT', 10, 7.8],
    ]);
    expect(score).toBe(98);
  });

  it.each([
    ['missing skill', { skills: [] }, 'SKILL', 0],
    ['2.5 km away', { location: { lat: 30.42 + 2500 / 111_195, lng: 120.3 } }, 'DISTANCE', 12.5],
    ['floor above pay', { payFloorFen: 40_000 }, 'PAY', 10],
    ['unknown floor', { payFloorFen: undefined }, 'PAY', 10],
    ['fewer hours wanted', { maxDailyHours: 4 }, 'HOURS', 5],
  ] as const)('%s', (_name, change, kind, points) => {
    const reason = scoreMatch(job, { ...worker, ...change }, rules).reasons.find((r) => r.kind === kind);
    expect(reason?.points).toBeCloseTo(points, 1);
  });

  it('compares hourly pay per day with the assumed hours', () => {
    const hourly = { ...job, pay: { unit: 'PER_HOUR' as const, rateFen: 2500 }, dailyHours: undefined };
    expect(scoreMatch(hourly, worker, rules).reasons.find((r) => r.kind === 'PAY')?.value).toBe(20_000);
  });

  it('uses the worker credit from the employer’s side and stays within 0–100 with custom weights', () => {
    expect(scoreMatch(job, worker, rules, { perspective: 'EMPLOYER' }).reasons[4]?.value).toBe(640);
    const custom = {
      ...rules,
      matchingWeights: {
        ...rules.matchingWeights,
        value: { SKILL: 1, DISTANCE: 1, PAY: 1, HOURS: 1, CREDIT: 0 },
      },
    };
    expect(scoreMatch(job, worker, custom).score).toBe(100);
  });
});
