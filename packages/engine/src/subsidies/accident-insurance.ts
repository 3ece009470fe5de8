/**
 * Accident-insurance subsidy for workers who buy daily cover: either 1 yuan per covered day capped
 * at 360 yuan a year (seed 000, Yuhang) or 50% of premiums capped at 100 yuan a year (E5), chosen
 * by `accidentSubsidyModel`; never on top of an OIP subsidy when the rule says so (E5).
 */
import type { RuleSet } from '../rules/types.js';
import { applyBps } from '../shared/rounding.js';
import type { SubsidyLine } from './subsidy-line.js';

/** A purchase of one day of accident cover (Asia/Shanghai `coverageDate`). */
export interface DailyCoverPurchase {
  readonly coverageDate: string;
  readonly premiumFen: number;
}

/** Input of {@link accidentInsuranceSubsidy}. */
export interface AccidentSubsidyInput {
  readonly purchases: readonly DailyCoverPurchase[];
  /** Business date (`YYYY-MM-DD`) the subsidy is computed on; the policy year is its calendar year. */
  readonly date: string;
  readonly receivesOipSubsidy?: boolean;
  /** Accident subsidy already paid to this worker in the same policy year. */
  readonly paidThisYearFen?: number;
  readonly rules: RuleSet;
}

/**
 * The accident-insurance subsidy due for the policy year to `date`, or `null` when none is due.
 * @example
 * accidentInsuranceSubsidy({ purchases: [{ coverageDate: '2025-07-01', premiumFen: 300 }], date: '2025-07-31', rules })
 * // { kind: 'ACCIDENT_INSURANCE', amountFen: 100, capFen: 36000, … }
 */
export function accidentInsuranceSubsidy(input: AccidentSubsidyInput): SubsidyLine | null {
  const { rules, date } = input;
  if (input.receivesOipSubsidy && rules.accidentSubsidyExcludesOipSubsidy.value) return null;
  const yearStart = `${date.slice(0, 4)}-01-01`;
  const inYear = input.purchases.filter((p) => p.coverageDate >= yearStart && p.coverageDate <= date);
  if (inYear.length === 0) return null;
  const paid = input.paidThisYearFen ?? 0;

  let entitledFen: number;
  let capFen: number;
  let basis: string;
  let source: string;
  if (rules.accidentSubsidyModel.value === 'PER_COVERED_DAY') {
    const { perDayFen, annualCapFen } = rules.accidentSubsidyPerCoveredDay.value;
    // "每人每天": several policies on one day still count as one covered day.
    const days = new Set(inYear.map((p) => p.coverageDate)).size;
    entitledFen = Math.min(days * perDayFen, annualCapFen);
    capFen = annualCapFen;
    basis = `min(${days} covered days × ${perDayFen} fen, cap ${annualCapFen} fen) − ${paid} fen already paid`;
    source = rules.accidentSubsidyPerCoveredDay.source;
  } else {
    const { shareBps, annualCapFen } = rules.accidentSubsidyShareOfPremium.value;
    const premiumsFen = inYear.reduce((sum, p) => sum + p.premiumFen, 0);
    entitledFen = Math.min(applyBps(premiumsFen, shareBps), annualCapFen);
    capFen = annualCapFen;
    basis = `min(${premiumsFen} fen premiums × ${shareBps} bps, cap ${annualCapFen} fen) − ${paid} fen already paid`;
    source = rules.accidentSubsidyShareOfPremium.source;
  }
  const amountFen = Math.max(0, entitledFen - paid);
  if (amountFen === 0) return null;
  return {
    kind: 'ACCIDENT_INSURANCE',
    amountFen,
    amountPer: 'POLICY_YEAR',
    capFen,
    durationMonths: null,
    basis,
    source,
  };
}
