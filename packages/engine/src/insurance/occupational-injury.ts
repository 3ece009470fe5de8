/**
 * Occupational-injury protection (OIP, 新就业形态职业伤害保障): the platform pays per order at the
 * industry base rate, floated yearly in 10% steps up to ±50%, declared monthly as
 * last month's orders in the province × rate (E4, DOMAIN.md §4.2).
 */
import type { RatedOipIndustry, RuleSet } from '../rules/types.js';
import { err, ok, type Result } from '../shared/result.js';
import { BPS_PER_UNIT, divideRoundHalfUp } from '../shared/rounding.js';

/** OIP industries (E4); `OTHER` has no national rate yet (2027+). */
export type OipIndustry = RatedOipIndustry | 'OTHER';

/** Why a rate or premium could not be computed. */
export type OipError =
  | { readonly code: 'OIP_INDUSTRY_NOT_RATED'; readonly message: string }
  | { readonly code: 'OIP_FLOAT_NOT_ALLOWED'; readonly message: string }
  | { readonly code: 'INVALID_QUANTITY'; readonly message: string };

/** The per-order base rate that applies to an industry. */
export interface OipRate {
  readonly industry: RatedOipIndustry;
  readonly baseRateFen: number;
  readonly firstYear: boolean;
  readonly source: string;
}

/**
 * The per-order base rate for an industry; `firstYear` selects the first-year / first-enrolment
 * rate where one exists (instant delivery: 7 fen instead of 25).
 * @example injuryProtectionRate({ industry: 'INSTANT_DELIVERY', firstYear: true, rules }) // 7 fen
 */
export function injuryProtectionRate(input: {
  readonly industry: OipIndustry;
  readonly firstYear: boolean;
  readonly rules: RuleSet;
}): Result<OipRate, OipError> {
  const { industry, firstYear, rules } = input;
  if (industry === 'OTHER') {
    return err({
      code: 'OIP_INDUSTRY_NOT_RATED',
      message:
        'OTHER has no national OIP rate yet; use RIDE_HAILING, INSTANT_DELIVERY or INTRA_CITY_FREIGHT or set a local rate.',
    });
  }
  const rate = rules.oipRates.value[industry];
  const baseRateFen = firstYear ? (rate.firstYearRateFen ?? rate.baseRateFen) : rate.baseRateFen;
  return ok({ industry, baseRateFen, firstYear, source: rules.oipRates.source });
}

/** A monthly OIP declaration amount (DOMAIN.md §2.6 OipDeclaration). */
export interface OipMonthlyPremium {
  readonly premiumFen: number;
  readonly orderCount: number;
  readonly baseRateFen: number;
  readonly floatBps: number;
  readonly source: string;
}

/**
 * `orderCount × baseRate × (1 + float)`, rounded half-up once, on the total.
 * @example
 * oipMonthlyPremium({ industry: 'INSTANT_DELIVERY', firstYear: true, orderCount: 1_000_000, floatBps: 0, rules })
 * // premiumFen 7_000_000 (DOMAIN.md §5.3 sample)
 */
export function oipMonthlyPremium(input: {
  readonly industry: OipIndustry;
  readonly firstYear: boolean;
  readonly orderCount: number;
  readonly floatBps: number;
  readonly rules: RuleSet;
}): Result<OipMonthlyPremium, OipError> {
  const { orderCount, floatBps, rules } = input;
  const { stepBps, maxBps } = rules.oipFloat.value;
  if (!Number.isSafeInteger(floatBps) || Math.abs(floatBps) > maxBps || floatBps % stepBps !== 0) {
    return err({
      code: 'OIP_FLOAT_NOT_ALLOWED',
      message: `Float ${floatBps} bps is not allowed: use a multiple of ${stepBps} bps between −${maxBps} and ${maxBps}, e.g. -1000.`,
    });
  }
  if (!Number.isSafeInteger(orderCount) || orderCount < 0) {
    return err({
      code: 'INVALID_QUANTITY',
      message: `orderCount must be a non-negative integer; got ${orderCount}.`,
    });
  }
  const rate = injuryProtectionRate(input);
  if (!rate.ok) return rate;
  const { baseRateFen } = rate.value;
  const premiumFen = divideRoundHalfUp(orderCount * baseRateFen * (BPS_PER_UNIT + floatBps), BPS_PER_UNIT);
  return ok({
    premiumFen,
    orderCount,
    baseRateFen,
    floatBps,
    source: `${rate.value.source}; ${rules.oipFloat.source}`,
  });
}
