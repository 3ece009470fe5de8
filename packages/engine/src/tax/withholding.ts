/**
 * Individual income tax a paying platform withholds from gig income (E16: 国务院令第810号 +
 * 税务总局公告2025年第15号; DOMAIN.md §4.4): the cumulative method, with a 20% expense deduction
 * and a 500,000 fen monthly allowance, on the national cumulative withholding table;
 * convenience labour (便民劳务: delivery, transport, housekeeping) is exempt and not reported.
 */
import type { IncomeTaxWithholding } from '../rules/types.js';
import { applyBps } from '../shared/rounding.js';

/** How a payout is taxed (Payout.taxTreatment). */
export type TaxTreatment = 'CUMULATIVE_WITHHOLDING' | 'EXEMPT_CONVENIENCE_SERVICE';

/**
 * The treatment of work of an occupation (`4-10-01-06` 家政服务员 → exempt); an unknown or missing
 * code is withheld, the safe side for the worker's tax record.
 * @example taxTreatmentOf('4-02-07-10', DEFAULT_RULES.incomeTaxWithholding.value) // 'EXEMPT_CONVENIENCE_SERVICE'
 */
export function taxTreatmentOf(occupationCode: string | undefined, rule: IncomeTaxWithholding): TaxTreatment {
  const code = occupationCode ?? '';
  return rule.exemptOccupationPrefixes.some((p) => code === p || code.startsWith(`${p}-`))
    ? 'EXEMPT_CONVENIENCE_SERVICE'
    : 'CUMULATIVE_WITHHOLDING';
}

/**
 * Tax due on a cumulative taxable income: rate × income − quick deduction, by the first bracket
 * the income falls in, rounded half-up to the fen; never negative.
 * @example cumulativeTaxFen(5_000_000, rule) // 500000 × 10% − 252000 = 248000
 */
export function cumulativeTaxFen(taxableFen: number, rule: IncomeTaxWithholding): number {
  if (taxableFen <= 0) return 0;
  const bracket =
    rule.brackets.find((b) => b.upToFen === null || taxableFen <= b.upToFen) ?? rule.brackets.at(-1);
  if (!bracket)
    throw new RangeError('incomeTaxWithholding.brackets is empty; configure the withholding table');
  return Math.max(0, applyBps(taxableFen, bracket.rateBps) - bracket.quickDeductionFen);
}

export interface WithholdingInput {
  /** Income (after commission) the payer already paid the worker this tax year. */
  readonly earlierIncomeFen: number;
  /** Tax it already withheld from that income. */
  readonly earlierWithheldFen: number;
  /** This payout's income (after commission). */
  readonly incomeFen: number;
  /** Months counted, from the month of the year's first payout to this one, inclusive. */
  readonly months: number;
}

/**
 * The tax to withhold from this payout: cumulative tax on the year's income so far (less the expense
 * deduction and the monthly allowances) minus what was already withheld; never negative, so an
 * earlier over-withholding is settled in the annual return, not refunded by the payer.
 * @example withholdingFen({ earlierIncomeFen: 0, earlierWithheldFen: 0, incomeFen: 1_000_000, months: 1 }, rule)
 * // 1000000 − 20% = 800000; − 500000 = 300000 taxable; × 3% = 9000
 */
export function withholdingFen(input: WithholdingInput, rule: IncomeTaxWithholding): number {
  if (!Number.isInteger(input.months) || input.months < 1)
    throw new RangeError(`months must be a whole number from 1, got ${input.months}`);
  const income = input.earlierIncomeFen + input.incomeFen;
  const taxable =
    income - applyBps(income, rule.expenseDeductionBps) - input.months * rule.monthlyAllowanceFen;
  return Math.max(0, cumulativeTaxFen(taxable, rule) - input.earlierWithheldFen);
}
