import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import type { HardshipCategory } from '../rules/types.js';
import { type SocialInsuranceSubsidyInput, socialInsuranceSubsidy } from './social-insurance.js';

const base: SocialInsuranceSubsidyInput = {
  hardshipCategories: [],
  age: 40,
  retirementAge: 60,
  date: '2025-07-01',
  monthlyContributionAtMinimumBaseFen: 80_000,
  rules: DEFAULT_RULES,
};

type Case =
  | { name: string; input: Partial<SocialInsuranceSubsidyInput>; amountFen: number; months: number }
  | {
      name: string;
      input: Partial<SocialInsuranceSubsidyInput>;
      none: true;
    };
const cases: Case[] = [
  {
    name: 'zero-employment family: 30%, 36 months',
    input: { hardshipCategories: ['ZERO_EMPLOYMENT_FAMILY'] },
    amountFen: 24_000,
    months: 36,
  },
  {
    name: 'disabled hard-to-employ: 60%, 36 months',
    input: { hardshipCategories: ['DISABLED_HARD_TO_EMPLOY'] },
    amountFen: 48_000,
    months: 36,
  },
  {
    name: 'other hard-to-employ far from retirement: none',
    input: { hardshipCategories: ['HARD_TO_EMPLOY'] },
    none: true,
  },
  {
    name: 'other hard-to-employ 1 year before retirement: 12 months',
    input: { hardshipCategories: ['HARD_TO_EMPLOY'], age: 59 },
    amountFen: 24_000,
    months: 12,
  },
  {
    name: 'graduate within 2 years: 60%, 24 months',
    input: { hardshipCategories: ['GRADUATE_WITHIN_2Y'], graduationDate: '2024-07-01', age: 23 },
    amountFen: 48_000,
    months: 24,
  },
  {
    name: 'graduate with the extension: 30 months',
    input: {
      hardshipCategories: ['GRADUATE_WITHIN_2Y'],
      graduationDate: '2024-07-01',
      age: 23,
      graduateStillFlexiblyEmployed: true,
    },
    amountFen: 48_000,
    months: 30,
  },
  {
    name: 'graduate after 2 years: none',
    input: { hardshipCategories: ['GRADUATE_WITHIN_2Y'], graduationDate: '2023-06-30', age: 25 },
    none: true,
  },
  {
    name: 'duration stops at retirement',
    input: { hardshipCategories: ['SINGLE_PARENT'], age: 58 },
    amountFen: 24_000,
    months: 24,
  },
  { name: 'past retirement: none', input: { hardshipCategories: ['SINGLE_PARENT'], age: 60 }, none: true },
  {
    name: 'best of several categories',
    input: { hardshipCategories: ['HARD_TO_EMPLOY', 'DISABLED_HARD_TO_EMPLOY'] },
    amountFen: 48_000,
    months: 36,
  },
  {
    name: 'poverty-alleviated family alone: none',
    input: { hardshipCategories: ['POVERTY_ALLEVIATED_FAMILY'] as HardshipCategory[] },
    none: true,
  },
  {
    name: 'half-up rounding at the end',
    input: { hardshipCategories: ['SINGLE_PARENT'], monthlyContributionAtMinimumBaseFen: 80_005 },
    amountFen: 24_002,
    months: 36,
  },
];

describe('socialInsuranceSubsidy (seed 002, E6)', () => {
  it.each(cases)('$name', (c) => {
    const line = socialInsuranceSubsidy({ ...base, ...c.input });
    if ('none' in c) expect(line).toBeNull();
    else
      expect(line).toMatchObject({
        kind: 'SOCIAL_INSURANCE',
        amountFen: c.amountFen,
        durationMonths: c.months,
        amountPer: 'MONTH',
      });
  });

  it('never exceeds 2/3 of the actual contribution (E6)', () => {
    const rules = {
      ...DEFAULT_RULES,
      socialInsuranceSubsidyShareBps: {
        ...DEFAULT_RULES.socialInsuranceSubsidyShareBps,
        value: { HARD_TO_EMPLOY: 9000 },
      },
    };
    const line = socialInsuranceSubsidy({ ...base, hardshipCategories: ['SINGLE_PARENT'], rules });
    expect(line).toMatchObject({ amountFen: 53_333, capFen: 53_333 });
  });

  it('computes the contribution from the region’s minimum base when configured', () => {
    const rules = {
      ...DEFAULT_RULES,
      socialInsuranceContributionAtMinimumBase: {
        ...DEFAULT_RULES.socialInsuranceContributionAtMinimumBase,
        value: { monthlyBaseFen: 400_025, rateBps: 2000 },
      },
    };
    const line = socialInsuranceSubsidy({
      ...base,
      monthlyContributionAtMinimumBaseFen: undefined,
      hardshipCategories: ['SINGLE_PARENT'],
      rules,
    });
    expect(line?.amountFen).toBe(24_002); // 400,025 × 20% = 80,005 × 30% = 24,001.5 → 24,002
  });

  it('asks for a contribution when none is configured', () => {
    expect(() =>
      socialInsuranceSubsidy({
        ...base,
        monthlyContributionAtMinimumBaseFen: undefined,
        hardshipCategories: ['SINGLE_PARENT'],
      }),
    ).toThrow(/minimum base/);
  });
});
