import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, RULE_KEYS } from './defaults.js';
import { type RuleOverride, RuleOverrideError, resolveRules, validateOverrides } from './resolve.js';

const liaoning: RuleOverride = {
  region: '210000',
  effectiveFrom: '2025-01-01',
  source: '辽宁省 province document',
  values: { escrowAutoReleaseHours: 48, ratingWindowDays: 10 },
};
const dalian: RuleOverride = {
  region: '210200',
  effectiveFrom: '2025-01-01',
  effectiveTo: '2025-12-31',
  source: '大连市 document',
  values: { escrowAutoReleaseHours: 24 },
};
const zhongshan: RuleOverride = {
  region: '210202',
  effectiveFrom: '2025-06-01',
  source: '中山区 document',
  values: { escrowAutoReleaseHours: 12 },
};

describe('DEFAULT_RULES', () => {
  it('gives every rule a source and a basis', () => {
    for (const key of RULE_KEYS) {
      expect(DEFAULT_RULES[key].source.length, key).toBeGreaterThan(5);
      expect(['SOURCED', 'DERIVED', 'PROPOSAL']).toContain(DEFAULT_RULES[key].basis);
    }
  });

  it('carries the sourced numbers of DOMAIN.md §4', () => {
    expect(DEFAULT_RULES.accidentPremiumByRiskClassFen.value).toEqual({
      1: 400,
      2: 560,
      3: 720,
      4: 880,
      5: 1040,
      6: 1200,
    });
    expect(DEFAULT_RULES.maxSumInsuredFen.value).toBe(100_000_000);
    expect(DEFAULT_RULES.accidentSubsidyPerCoveredDay.value).toEqual({
      perDayFen: 100,
      annualCapFen: 36_000,
    });
    expect(DEFAULT_RULES.mediationDays.value).toBe(15);
    expect(DEFAULT_RULES.commission.value.rateBps).toBe(0);
  });
});

describe('resolveRules', () => {
  const all = [zhongshan, liaoning, dalian];

  type Case = { name: string; region: string; at: string; hours: number; rating: number };
  const cases: Case[] = [
    { name: 'county wins inside its validity', region: '210202', at: '2025-07-01', hours: 12, rating: 10 },
    {
      name: 'prefecture before the county starts',
      region: '210202',
      at: '2025-05-31',
      hours: 24,
      rating: 10,
    },
    { name: 'prefecture for another county', region: '210213', at: '2025-07-01', hours: 24, rating: 10 },
    { name: 'province after the prefecture ends', region: '210213', at: '2026-01-01', hours: 48, rating: 10 },
    { name: 'defaults outside the province', region: '330110', at: '2025-07-01', hours: 72, rating: 7 },
    { name: 'defaults before anything starts', region: '210202', at: '2024-12-31', hours: 72, rating: 7 },
    {
      name: 'instants use the Shanghai date',
      region: '210213',
      at: '2025-12-31T16:30:00Z',
      hours: 48,
      rating: 10,
    },
  ];
  it.each(cases)('$name', ({ region, at, hours, rating }) => {
    const rules = resolveRules(DEFAULT_RULES, all, { region, at });
    expect(rules.escrowAutoReleaseHours.value).toBe(hours);
    expect(rules.ratingWindowDays.value).toBe(rating);
  });

  it('records where a local value comes from', () => {
    const rule = resolveRules(DEFAULT_RULES, all, {
      region: '210202',
      at: '2025-07-01',
    }).escrowAutoReleaseHours;
    expect(rule).toMatchObject({ basis: 'LOCAL', source: '中山区 document', scope: { region: '210202' } });
  });

  it('prefers the later document at the same level', () => {
    const newer = {
      ...dalian,
      effectiveFrom: '2025-03-01',
      source: 'newer',
      values: { escrowAutoReleaseHours: 36 },
    };
    const rules = resolveRules(DEFAULT_RULES, [newer, dalian], { region: '210213', at: '2025-04-01' });
    expect(rules.escrowAutoReleaseHours.value).toBe(36);
  });

  it('rejects unknown keys, bad regions and inverted periods', () => {
    const bad = {
      region: '999999',
      effectiveFrom: '2025-02-01',
      effectiveTo: '2025-01-01',
      source: 'typo',
      values: { escrowAutoReleaseHour: 1 },
    } as unknown as RuleOverride;
    expect(validateOverrides(DEFAULT_RULES, [bad])).toHaveLength(3);
    expect(() => resolveRules(DEFAULT_RULES, [bad], { region: '210202', at: '2025-07-01' })).toThrow(
      RuleOverrideError,
    );
  });

  it('rejects a value of the wrong kind but accepts configuring a null default', () => {
    const wrong = { ...liaoning, values: { mediationDays: '15' } } as unknown as RuleOverride;
    expect(validateOverrides(DEFAULT_RULES, [wrong])[0]).toMatch(/must be number/);
    const base = {
      ...liaoning,
      values: { socialInsuranceContributionAtMinimumBase: { monthlyBaseFen: 400_000, rateBps: 2000 } },
    };
    expect(validateOverrides(DEFAULT_RULES, [base])).toEqual([]);
  });
});
