import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import type { CreditEvent } from './events.js';
import { computeCreditProfile } from './profile.js';

const rules = DEFAULT_RULES;
const NOW = '2025-07-01T12:00:00+08:00';
let seq = 0;
const at = (date: string) => `${date}T10:00:00+08:00`;
const ev = (type: Exclude<CreditEvent['type'], 'RATING'>, date: string, extra: object = {}): CreditEvent =>
  ({ id: `cev_${seq++}`, type, occurredAt: at(date), ...extra }) as CreditEvent;
const rating = (stars: 1 | 2 | 3 | 4 | 5, date = '2025-06-01'): CreditEvent => ({
  id: `cev_${seq++}`,
  type: 'RATING',
  stars,
  occurredAt: at(date),
});
const many = (n: number, make: () => CreditEvent) => Array.from({ length: n }, make);

describe('computeCreditProfile', () => {
  it('starts a new subject at 600, grade B, no badge', () => {
    expect(computeCreditProfile([], NOW, rules, 'WORKER')).toMatchObject({
      score: 600,
      grade: 'B',
      badges: [],
      factors: [],
    });
  });

  it('explains the score with one factor per kind', () => {
    const events = [...many(3, () => ev('ASSIGNMENT_COMPLETED', '2025-06-01')), rating(5), rating(1)];
    const profile = computeCreditProfile(events, NOW, rules, 'WORKER');
    expect(profile.score).toBe(600 + 15 + 5 - 10);
    expect(profile.factors).toEqual([
      expect.objectContaining({ kind: 'ASSIGNMENT_COMPLETED', points: 15, count: 3 }),
      expect.objectContaining({ kind: 'RATING_1', points: -10, count: 1, severity: 'MINOR' }),
      expect.objectContaining({ kind: 'RATING_5', points: 5, count: 1 }),
    ]);
  });

  it('awards HONEST_EMPLOYER and fast track at grade A', () => {
    const events = many(15, () => ev('ASSIGNMENT_COMPLETED', '2025-06-01')).concat(many(15, () => rating(5)));
    const profile = computeCreditProfile(events, NOW, rules, 'EMPLOYER');
    expect(profile).toMatchObject({
      score: 750,
      grade: 'A',
      badges: ['HONEST_EMPLOYER'],
      effects: { fastTrackEligible: true },
    });
    expect(computeCreditProfile(events, NOW, rules, 'WORKER').badges).toEqual(['EXCELLENT_WORKER']);
  });

  it('revokes fast track while a GENERAL finding is in effect (12 months, E12)', () => {
    const good = many(50, () => rating(5)); // 850 − 80 = 770: still grade A
    const takenDown = ev('POSTING_TAKEN_DOWN', '2025-03-01');
    expect(computeCreditProfile([...good, takenDown], NOW, rules, 'EMPLOYER').effects.fastTrackEligible).toBe(
      false,
    );
    expect(
      computeCreditProfile([...good, takenDown], '2026-03-02T00:00:00+08:00', rules, 'EMPLOYER').effects
        .fastTrackEligible,
    ).toBe(true);
  });

  it('floors the score to 0 while blacklisted, and lifts it after early removal or expiry', () => {
    const good = many(60, () => rating(5));
    const listed = ev('WAGE_ARREARS_BLACKLISTED', '2025-01-10');
    const profile = computeCreditProfile([...good, listed], NOW, rules, 'EMPLOYER');
    expect(profile).toMatchObject({
      score: 0,
      grade: 'D',
      badges: [],
      effects: { fastTrackEligible: false, manualReviewRequired: true },
    });
    expect(profile.factors.at(-1)).toMatchObject({
      kind: 'WAGE_ARREARS_BLACKLIST',
      points: -900,
      severity: 'SERIOUS',
    });
    const removed = { ...listed, removedAt: at('2025-06-30') } as CreditEvent;
    expect(computeCreditProfile([...good, removed], NOW, rules, 'EMPLOYER').score).toBe(900);
    expect(
      computeCreditProfile([...good, listed], '2028-01-10T00:00:00+08:00', rules, 'EMPLOYER').score,
    ).toBe(900);
  });

  it('stops counting a repaired event after the repair', () => {
    const dispute = ev('DISPUTE_LOST_ON_PAY', '2025-05-01', { repairedAt: at('2025-06-15') });
    expect(computeCreditProfile([dispute], at('2025-06-01'), rules, 'EMPLOYER').score).toBe(550);
    expect(computeCreditProfile([dispute], NOW, rules, 'EMPLOYER').score).toBe(600);
  });

  it('escalates 3 no-shows within 30 days to GENERAL', () => {
    const spread = [ev('NO_SHOW', '2025-01-01'), ev('NO_SHOW', '2025-03-01'), ev('NO_SHOW', '2025-05-01')];
    expect(computeCreditProfile(spread, NOW, rules, 'WORKER').factors[0]).toMatchObject({
      points: -60,
      severity: 'MINOR',
    });
    const close = [ev('NO_SHOW', '2025-06-01'), ev('NO_SHOW', '2025-06-10'), ev('NO_SHOW', '2025-06-30')];
    expect(computeCreditProfile(close, NOW, rules, 'WORKER').factors[0]).toMatchObject({
      points: -60,
      severity: 'GENERAL',
    });
  });

  it('excludes grade-D workers from automatic matching', () => {
    const profile = computeCreditProfile(
      many(8, () => ev('NO_SHOW', '2024-01-01')),
      NOW,
      rules,
      'WORKER',
    );
    expect(profile).toMatchObject({ score: 440, grade: 'D', effects: { autoMatchExcluded: true } });
  });

  it('caps the grade at C under a labour-law integrity grade C', () => {
    const profile = computeCreditProfile(
      [...many(40, () => rating(5)), ev('COMPLIANCE_GRADE_C', '2025-01-01')],
      NOW,
      rules,
      'EMPLOYER',
    );
    expect(profile).toMatchObject({ score: 800, grade: 'C', badges: [] });
  });

  it('ignores events after now', () => {
    expect(computeCreditProfile([rating(5, '2025-08-01')], NOW, rules, 'WORKER').score).toBe(600);
  });
});

const eventArb: fc.Arbitrary<CreditEvent> = fc.oneof(
  fc.record({
    id: fc.string(),
    type: fc.constantFrom(
      'ASSIGNMENT_COMPLETED',
      'NO_SHOW',
      'LATE_CANCELLATION',
      'ESCROW_AUTO_RELEASED',
      'DISPUTE_LOST_ON_PAY',
      'POSTING_TAKEN_DOWN',
    ),
    occurredAt: fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2026, 0, 1) }),
    repairedAt: fc.option(fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2026, 0, 1) }), {
      nil: undefined,
    }),
  }),
  fc.record({
    id: fc.string(),
    type: fc.constant('RATING' as const),
    stars: fc.constantFrom(1, 2, 3, 4, 5 as const),
    occurredAt: fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2026, 0, 1) }),
  }),
  fc.record({
    id: fc.string(),
    type: fc.constantFrom('WAGE_ARREARS_BLACKLISTED', 'COMPLIANCE_GRADE_C'),
    occurredAt: fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2026, 0, 1) }),
  }),
) as fc.Arbitrary<CreditEvent>;

describe('computeCreditProfile properties', () => {
  it('score always equals clamp(600 + Σ factor points), and is reproducible', () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 80 }),
        fc.constantFrom('WORKER', 'EMPLOYER' as const),
        (events, subject) => {
          const profile = computeCreditProfile(events, Date.UTC(2025, 6, 1), rules, subject);
          const sum = profile.factors.reduce((s, f) => s + f.points, 0);
          expect(profile.score).toBe(Math.min(1000, Math.max(0, 600 + sum)));
          expect(computeCreditProfile([...events].reverse(), Date.UTC(2025, 6, 1), rules, subject)).toEqual(
            profile,
          );
          if (profile.effects.fastTrackEligible) expect(profile.grade).toBe('A');
        },
      ),
    );
  });
});
