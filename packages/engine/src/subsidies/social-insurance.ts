/**
 * Flexible-employment social-insurance subsidy (灵活就业社会保险补贴): a share of the contribution
 * computed at the minimum base, for a duration set by the hardship category (seed 002), never above
 * 2/3 of the actual contribution nor 36 months (E6).
 */
import type { HardshipCategory, RuleSet } from '../rules/types.js';
import { addMonthsToDate } from '../shared/time.js';
import type { SubsidyLine } from './subsidy-line.js';

/** Seed 002: hard-to-employ groups entitled to up to 3 years. */
const PRIORITY_CATEGORIES: ReadonlySet<HardshipCategory> = new Set([
  'ZERO_EMPLOYMENT_FAMILY',
  'SUBSISTENCE_ALLOWANCE_FAMILY',
  'DISABLED_HARD_TO_EMPLOY',
  'SINGLE_PARENT',
  'MILITARY_SPOUSE',
  'ENTITLED_GROUP',
]);

/** Input of {@link socialInsuranceSubsidy}. */
export interface SocialInsuranceSubsidyInput {
  readonly hardshipCategories: readonly HardshipCategory[];
  /** Date of leaving school (`YYYY-MM-DD`), for `GRADUATE_WITHIN_2Y`. */
  readonly graduationDate?: string;
  readonly age: number;
  readonly retirementAge: number;
  /** Business date (`YYYY-MM-DD`) of the application. */
  readonly date: string;
  /** A graduate who used up the 24 months and is still flexibly employed (seed 002: +6 months). */
  readonly graduateStillFlexiblyEmployed?: boolean;
  /** Monthly contribution at the minimum base; defaults to the region's configured base × rate. */
  readonly monthlyContributionAtMinimumBaseFen?: number;
  /** What the worker actually pays a month, for the 2/3 cap; defaults to the minimum-base contribution. */
  readonly actualMonthlyContributionFen?: number;
  readonly rules: RuleSet;
}

interface Entitlement {
  readonly category: HardshipCategory;
  readonly shareBps: number;
  readonly months: number;
}

function entitlements(input: SocialInsuranceSubsidyInput): Entitlement[] {
  const shares = input.rules.socialInsuranceSubsidyShareBps.value;
  const months = input.rules.socialInsuranceSubsidyMonths.value;
  const monthsToRetirement = (input.retirementAge - input.age) * 12;
  const baseShare = shares.HARD_TO_EMPLOY ?? 0;
  const found: Entitlement[] = [];
  for (const category of input.hardshipCategories) {
    if (PRIORITY_CATEGORIES.has(category)) {
      found.push({ category, shareBps: shares[category] ?? baseShare, months: months.priorityCategories });
    } else if (
      category === 'HARD_TO_EMPLOY' &&
      monthsToRetirement <= months.otherHardToEmployWithinMonthsOfRetirement
    ) {
      found.push({ category, shareBps: baseShare, months: months.otherHardToEmploy });
    } else if (category === 'GRADUATE_WITHIN_2Y' && input.graduationDate !== undefined) {
      const windowEnd = addMonthsToDate(input.graduationDate, months.graduateEligibleMonthsAfterLeaving);
      if (input.date >= input.graduationDate && input.date <= windowEnd) {
        const extension = input.graduateStillFlexiblyEmployed ? months.graduateExtension : 0;
        found.push({
          category,
          shareBps: shares.GRADUATE_WITHIN_2Y ?? baseShare,
          months: months.graduate + extension,
        });
      }
    }
  }
  return found;
}

/**
 * The monthly social-insurance subsidy, or `null` when no category qualifies. When a worker is in
 * several categories, the one worth most over its duration applies.
 * @example
 * socialInsuranceSubsidy({ hardshipCategories: ['ZERO_EMPLOYMENT_FAMILY'], age: 40, retirementAge: 60,
 *   date: '2025-07-01', monthlyContributionAtMinimumBaseFen: 80_000, rules })
 * // { kind: 'SOCIAL_INSURANCE', amountFen: 24000, durationMonths: 36, … }
 */
export function socialInsuranceSubsidy(input: SocialInsuranceSubsidyInput): SubsidyLine | null {
  const { rules } = input;
  const monthsToRetirement = (input.retirementAge - input.age) * 12;
  if (monthsToRetirement <= 0) return null;
  const best = entitlements(input).sort(
    (a, b) => b.shareBps * b.months - a.shareBps * a.months || b.shareBps - a.shareBps,
  )[0];
  if (!best) return null;

  const configured = rules.socialInsuranceContributionAtMinimumBase.value;
  // Kept in 1/10000 fen until the final rounding, so base × rate is not rounded twice.
  const contributionE4 =
    input.monthlyContributionAtMinimumBaseFen !== undefined
      ? input.monthlyContributionAtMinimumBaseFen * 10_000
      : configured
        ? configured.monthlyBaseFen * configured.rateBps
        : undefined;
  if (contributionE4 === undefined) {
    throw new RangeError(
      'No contribution at the minimum base: pass monthlyContributionAtMinimumBaseFen or configure socialInsuranceContributionAtMinimumBase for the region.',
    );
  }
  const actualE4 =
    input.actualMonthlyContributionFen !== undefined
      ? input.actualMonthlyContributionFen * 10_000
      : contributionE4;
  const cap = rules.socialInsuranceSubsidyNationalCap.value;
  const capFen = Math.floor((actualE4 * cap.maxShare.numerator) / (cap.maxShare.denominator * 10_000));
  const rawE8 = contributionE4 * best.shareBps;
  const amountFen = Math.min(Math.floor((rawE8 + 50_000_000) / 100_000_000), capFen);
  const durationMonths = Math.min(best.months, cap.maxMonths, monthsToRetirement);
  return {
    kind: 'SOCIAL_INSURANCE',
    amountFen,
    amountPer: 'MONTH',
    capFen,
    durationMonths,
    basis:
      `${best.category}: ${contributionE4 / 10_000} fen contribution at minimum base × ${best.shareBps} bps, ` +
      `≤ ${cap.maxShare.numerator}/${cap.maxShare.denominator} of ${actualE4 / 10_000} fen; ` +
      `min(${best.months}, ${cap.maxMonths}, ${monthsToRetirement} to retirement) months`,
    source: `${rules.socialInsuranceSubsidyShareBps.source}; ${rules.socialInsuranceSubsidyNationalCap.source}`,
  };
}
