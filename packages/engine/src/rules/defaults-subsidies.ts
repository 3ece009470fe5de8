/**
 * Default subsidy rules: accident-insurance subsidies and the flexible-employment social-insurance
 * subsidy (DOMAIN.md §4.1, §4.3).
 */
import type { Rule, RuleValues } from './types.js';

const SEED_000 = 'seed 000_6b09a587d41c8eb9.txt (Yuhang HRSS, rider accident-insurance subsidy)';
const SEED_002 = 'seed 002_903e68b5ab79832b.txt (大人社发〔2022〕231号 §(十三))';
const E5 = 'E5: Jinan/Zaozhuang/Jining accident-insurance subsidy model';
const E6 = 'E6: flexible-employment social-insurance subsidy national rule (财社〔2017〕164号 as summarised)';

/** Subsidy rules with their sources. */
export const SUBSIDY_DEFAULTS: { readonly [K in SubsidyKey]: Rule<RuleValues[K]> } = {
  accidentSubsidyModel: {
    value: 'PER_COVERED_DAY',
    source: `${SEED_000} (default model); ${E5} (alternative SHARE_OF_PREMIUM)`,
    basis: 'PROPOSAL',
    note: 'Which of the two published models a region runs; regions switch with an override.',
  },
  // Seed 000: 1 yuan per person per day, at most 360 yuan per person per year.
  accidentSubsidyPerCoveredDay: {
    value: { perDayFen: 100, annualCapFen: 36_000 },
    source: `${SEED_000}; DOMAIN.md §4.1`,
    basis: 'SOURCED',
  },
  // E5: 50% of the premium, at most 100 yuan per person per (policy) year.
  accidentSubsidyShareOfPremium: {
    value: { shareBps: 5000, annualCapFen: 10_000 },
    source: `${E5}; DOMAIN.md §4.1`,
    basis: 'SOURCED',
  },
  // E5: "不与职业伤害保障补贴叠加".
  accidentSubsidyExcludesOipSubsidy: { value: true, source: `${E5}; DOMAIN.md §4.1`, basis: 'SOURCED' },
  // Seed 002: 30% of contributions at the minimum base; 60% for disabled hard-to-employ and graduates.
  socialInsuranceSubsidyShareBps: {
    value: { HARD_TO_EMPLOY: 3000, DISABLED_HARD_TO_EMPLOY: 6000, GRADUATE_WITHIN_2Y: 6000 },
    source: `${SEED_002}; DOMAIN.md §4.3`,
    basis: 'SOURCED',
    note: 'Priority categories (zero-employment family etc.) are hard-to-employ persons and get 3000 bps.',
  },
  // Seed 002: 3 years for priority categories; others 1 year when 1 year from retirement; graduates
  // 24 months + 6 months extension if still flexibly employed; "离校2年内".
  socialInsuranceSubsidyMonths: {
    value: {
      priorityCategories: 36,
      otherHardToEmploy: 12,
      otherHardToEmployWithinMonthsOfRetirement: 12,
      graduate: 24,
      graduateExtension: 6,
      graduateEligibleMonthsAfterLeaving: 24,
    },
    source: `${SEED_002}; DOMAIN.md §4.3`,
    basis: 'SOURCED',
  },
  // E6: at most 2/3 of the actual contribution and at most 3 years.
  socialInsuranceSubsidyNationalCap: {
    value: { maxShare: { numerator: 2, denominator: 3 }, maxMonths: 36 },
    source: `${E6}; DOMAIN.md §4.3`,
    basis: 'SOURCED',
    note: 'E6 also limits graduates to 24 months; seed 002 (later, local) adds 6 months: VERIFY.',
  },
  // No national number exists: each region publishes its minimum base and the flexible-worker rate.
  socialInsuranceContributionAtMinimumBase: {
    value: null,
    source: `${SEED_002} names "最低缴费基数" but no amount; set per region`,
    basis: 'PROPOSAL',
    note: 'null = not configured: pass the monthly contribution in the eligibility input instead.',
  },
};

type SubsidyKey =
  | 'accidentSubsidyModel'
  | 'accidentSubsidyPerCoveredDay'
  | 'accidentSubsidyShareOfPremium'
  | 'accidentSubsidyExcludesOipSubsidy'
  | 'socialInsuranceSubsidyShareBps'
  | 'socialInsuranceSubsidyMonths'
  | 'socialInsuranceSubsidyNationalCap'
  | 'socialInsuranceContributionAtMinimumBase';
