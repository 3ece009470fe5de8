/**
 * One call that lists every subsidy a worker is eligible for on a date.
 */
import type { HardshipCategory, RuleSet } from '../rules/types.js';
import { accidentInsuranceSubsidy, type DailyCoverPurchase } from './accident-insurance.js';
import { socialInsuranceSubsidy } from './social-insurance.js';
import type { SubsidyLine } from './subsidy-line.js';

/** Everything {@link eligibility} looks at. */
export interface EligibilityInput {
  readonly hardshipCategories: readonly HardshipCategory[];
  readonly graduationDate?: string;
  readonly age: number;
  readonly retirementAge: number;
  readonly purchases: readonly DailyCoverPurchase[];
  /** Business date (`YYYY-MM-DD`, Asia/Shanghai). */
  readonly date: string;
  readonly receivesOipSubsidy?: boolean;
  readonly accidentSubsidyPaidThisYearFen?: number;
  readonly graduateStillFlexiblyEmployed?: boolean;
  readonly monthlyContributionAtMinimumBaseFen?: number;
  readonly actualMonthlyContributionFen?: number;
  readonly rules: RuleSet;
}

/**
 * The subsidy line items due; kinds the worker does not qualify for are absent. The social-insurance
 * line is computed only for workers in a hardship category.
 * @example
 * eligibility({ hardshipCategories: [], age: 30, retirementAge: 60, date: '2025-07-31', rules,
 *   purchases: [{ coverageDate: '2025-07-01', premiumFen: 300 }] })
 * // [{ kind: 'ACCIDENT_INSURANCE', amountFen: 100, … }]
 */
export function eligibility(input: EligibilityInput): SubsidyLine[] {
  const lines: SubsidyLine[] = [];
  const accident = accidentInsuranceSubsidy({
    purchases: input.purchases,
    date: input.date,
    receivesOipSubsidy: input.receivesOipSubsidy,
    paidThisYearFen: input.accidentSubsidyPaidThisYearFen,
    rules: input.rules,
  });
  if (accident) lines.push(accident);
  if (input.hardshipCategories.length > 0) {
    const social = socialInsuranceSubsidy(input);
    if (social) lines.push(social);
  }
  return lines;
}
