import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { haversineMeters } from './geo.js';
import { buildGeoIndex } from './geo-index.js';
import { candidatesForJob, rankJobsByFullScan, rankJobsForWorker } from './rank.js';
import type { MatchJob, MatchWorker } from './score.js';

const SKILLS = ['4-02-07-10', '4-10-01-06', '6-29-01-01'];
const location = fc.record({
  lat: fc.double({ min: 30.2, max: 30.5, noNaN: true }),
  lng: fc.double({ min: 120.1, max: 120.4, noNaN: true }),
});
const jobArb: fc.Arbitrary<MatchJob> = fc.record(
  {
    id: fc.uuid(),
    location,
    occupationCode: fc.constantFrom(...SKILLS),
    requiredLevel: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    pay: fc.record({
      unit: fc.constantFrom('PER_DAY' as const, 'PER_HOUR' as const),
      rateFen: fc.integer({ min: 1000, max: 40_000 }),
    }),
    schedule: fc.record({ dailyHours: fc.integer({ min: 2, max: 10 }), workDays: fc.subarray([1, 3, 6, 7]) }),
    wageGuideDailyFen: fc.option(fc.integer({ min: 10_000, max: 30_000 }), { nil: undefined }),
    employerCreditScore: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
  },
  { requiredKeys: ['id', 'location', 'occupationCode', 'pay', 'schedule'] },
);
const workerArb: fc.Arbitrary<MatchWorker> = fc.record({
  id: fc.uuid(),
  location,
  skills: fc
    .subarray(SKILLS)
    .chain((codes) =>
      fc.tuple(
        ...codes.map((code) => fc.record({ code: fc.constant(code), level: fc.integer({ min: 1, max: 5 }) })),
      ),
    ),
  payFloor: fc.record({
    amountFen: fc.integer({ min: 5000, max: 30_000 }),
    unit: fc.constant('PER_DAY' as const),
  }),
  availability: fc.record({
    maxDailyHours: fc.integer({ min: 4, max: 12 }),
    days: fc.subarray([1, 2, 3, 6, 7]),
  }),
  creditScore: fc.integer({ min: 0, max: 1000 }),
  autoMatchExcluded: fc.boolean(),
});

describe('rankJobsForWorker', () => {
  it('returns exactly what a full scan and sort return', () => {
    fc.assert(
      fc.property(
        fc.array(jobArb, { maxLength: 150 }),
        workerArb,
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 500, max: 20_000 }),
        (jobs, worker, limit, radiusM) => {
          const indexed = rankJobsForWorker(worker, buildGeoIndex(jobs), { limit, radiusM });
          expect(indexed).toEqual(rankJobsByFullScan(worker, jobs, { limit, radiusM }));
          for (let i = 1; i < indexed.length; i++) {
            expect((indexed[i - 1]?.score ?? 0) >= (indexed[i]?.score ?? 0)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves out jobs beyond the radius', () => {
    const near: MatchJob = {
      id: 'job_near',
      location: { lat: 30.42, lng: 120.3 },
      occupationCode: '4-10-01-06',
      pay: { unit: 'PER_DAY', rateFen: 20_000 },
      schedule: {},
    };
    const far: MatchJob = { ...near, id: 'job_far', location: { lat: 30.6, lng: 120.3 } };
    const worker: MatchWorker = { id: 'wkr_1', location: { lat: 30.421, lng: 120.3 }, skills: [] };
    expect(rankJobsForWorker(worker, buildGeoIndex([near, far])).map((m) => m.id)).toEqual(['job_near']);
  });
});

describe('ranking order and privacy', () => {
  const base: MatchJob = {
    id: 'job_01J0000000000000000000000A',
    location: { lat: 30.42, lng: 120.3 },
    occupationCode: '4-10-01-06',
    pay: { unit: 'PER_DAY', rateFen: 20_000 },
    schedule: {},
  };
  const worker: MatchWorker = { id: 'wkr_1', location: { lat: 30.421, lng: 120.3 }, skills: [] };

  it('breaks score and distance ties by the newest job (the larger ULID) first', () => {
    const newer = { ...base, id: 'job_01J0000000000000000000000B' };
    expect(rankJobsForWorker(worker, buildGeoIndex([base, newer])).map((m) => m.id)).toEqual([
      newer.id,
      base.id,
    ]);
  });

  it('scores and reports distances rounded to distanceStepM', () => {
    const [match] = rankJobsForWorker(worker, buildGeoIndex([base]), { distanceStepM: 100 });
    expect(match?.distanceM).toBe(100);
    expect(match?.reasons.find((r) => r.kind === 'DISTANCE')).toMatchObject({ value: 100, points: 24.5 });
  });
});

describe('candidatesForJob', () => {
  it('ranks nearby workers and skips those excluded from automatic matching', () => {
    fc.assert(
      fc.property(fc.array(workerArb, { maxLength: 80 }), jobArb, (workers, job) => {
        const ranked = candidatesForJob(job, buildGeoIndex(workers), { limit: 10, radiusM: 10_000 });
        const excluded = new Set(workers.filter((w) => w.autoMatchExcluded).map((w) => w.id));
        for (const match of ranked) {
          expect(excluded.has(match.id)).toBe(false);
          expect(match.distanceM).toBeLessThanOrEqual(10_000);
          expect(match.reasons.find((r) => r.kind === 'CREDIT')?.explanation).toMatch(/^零工信用分/);
        }
        const eligible = workers.filter(
          (w) => !w.autoMatchExcluded && haversineMeters(job.location, w.location) <= 10_000,
        );
        expect(ranked).toHaveLength(Math.min(10, eligible.length));
      }),
      { numRuns: 40 },
    );
  });
});
