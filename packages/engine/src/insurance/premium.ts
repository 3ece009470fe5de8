/**
 * Accident-insurance premium quotes: a premium table by risk class (a product's own, or the rule
 * set's per-order default, seed 001) times the number of orders, days or months covered.
 */
import type { RuleSet } from '../rules/types.js';
import { err, ok, type Result } from '../shared/result.js';

/** Insurer risk class 1–6, or `UNINSURABLE` (拒保) (DOMAIN.md §2.2, E21). */
export type RiskClass = 1 | 2 | 3 | 4 | 5 | 6 | 'UNINSURABLE';

/** What a premium is charged per (DOMAIN.md §1.4). */
export type PremiumBasis = 'PER_ORDER' | 'PER_DAY' | 'PER_MONTH';

/** A product's premium table: premium in fen per unit of its basis, by risk class. */
export interface InsuranceProductPricing {
  readonly premiumBasis: PremiumBasis;
  readonly premiumTable: Readonly<Partial<Record<1 | 2 | 3 | 4 | 5 | 6, number>>>;
}

/** Input of {@link quotePremium}: the product's table, or the rules' default per-order table. */
export type QuotePremiumInput = (
  | { readonly product: InsuranceProductPricing }
  | { readonly rules: RuleSet }
) & {
  readonly riskClass: RiskClass;
} & (
    | { readonly basis: 'PER_ORDER'; readonly orderCount: number }
    | { readonly basis: 'PER_DAY'; readonly days: number }
    | { readonly basis: 'PER_MONTH'; readonly months: number }
  );

/** A computed premium. */
export interface PremiumQuote {
  readonly premiumFen: number;
  readonly unitPremiumFen: number;
  readonly units: number;
  readonly basis: PremiumBasis;
  readonly riskClass: 1 | 2 | 3 | 4 | 5 | 6;
  readonly source: string;
}

/** Why no premium could be quoted. */
export type QuoteError =
  | { readonly code: 'UNINSURABLE'; readonly message: string }
  | { readonly code: 'RISK_CLASS_NOT_PRICED'; readonly message: string }
  | { readonly code: 'BASIS_MISMATCH'; readonly message: string }
  | { readonly code: 'INVALID_QUANTITY'; readonly message: string };

/**
 * The premium for covering `orderCount` orders, `days` days or `months` months at a risk class.
 * @example
 * quotePremium({ rules: DEFAULT_RULES, riskClass: 2, basis: 'PER_ORDER', orderCount: 3 })
 * // { ok: true, value: { premiumFen: 1680, unitPremiumFen: 560, units: 3, … } }
 */
export function quotePremium(input: QuotePremiumInput): Result<PremiumQuote, QuoteError> {
  const { riskClass } = input;
  if (riskClass === 'UNINSURABLE') {
    return err({
      code: 'UNINSURABLE',
      message:
        'The job is in an uninsurable risk class (拒保); no accident policy can be quoted. Re-classify the job or cover it otherwise.',
    });
  }
  const units =
    input.basis === 'PER_ORDER' ? input.orderCount : input.basis === 'PER_DAY' ? input.days : input.months;
  if (!Number.isSafeInteger(units) || units < 1) {
    return err({
      code: 'INVALID_QUANTITY',
      message: `The number of units must be a positive integer, e.g. 1; got ${units}.`,
    });
  }
  const [tableBasis, table, source] =
    'product' in input
      ? [input.product.premiumBasis, input.product.premiumTable, 'insurance product premium table']
      : ([
          'PER_ORDER',
          input.rules.accidentPremiumByRiskClassFen.value,
          input.rules.accidentPremiumByRiskClassFen.source,
        ] as const);
  if (tableBasis !== input.basis) {
    return err({
      code: 'BASIS_MISMATCH',
      message: `The premium table is ${tableBasis} but a ${input.basis} quote was asked for; quote on ${tableBasis}.`,
    });
  }
  const unitPremiumFen = table[riskClass];
  if (unitPremiumFen === undefined) {
    return err({
      code: 'RISK_CLASS_NOT_PRICED',
      message: `The premium table has no price for risk class ${riskClass}; priced classes: ${Object.keys(table).join(', ')}.`,
    });
  }
  return ok({
    premiumFen: unitPremiumFen * units,
    unitPremiumFen,
    units,
    basis: input.basis,
    riskClass,
    source,
  });
}
