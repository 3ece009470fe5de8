/**
 * Platform commission on a gross wage (DOMAIN.md §2.5 CommissionRule, E17): rate × gross rounded
 * half-up, plus a fixed fee, held to the published cap (rounded down so the cap is never exceeded)
 * and to the gross itself. Public gig markets charge nothing (seed 002).
 */
import type { CommissionTerms } from '../rules/types.js';
import { applyBps, applyBpsFloor } from '../shared/rounding.js';

/** The split of a gross amount into commission and what remains for the worker. */
export interface CommissionBreakdown {
  readonly grossFen: number;
  readonly commissionFen: number;
  readonly netFen: number;
  readonly capped: boolean;
}

/**
 * @example computeCommission(20000, { rateBps: 2000, capBps: 1800, fixedFeeFen: 0 })
 * // { grossFen: 20000, commissionFen: 3600, netFen: 16400, capped: true }
 */
export function computeCommission(grossFen: number, terms: CommissionTerms): CommissionBreakdown {
  if (!Number.isSafeInteger(grossFen) || grossFen < 0) {
    throw new RangeError(`grossFen must be a non-negative integer, got ${grossFen}`);
  }
  const uncapped = applyBps(grossFen, terms.rateBps) + terms.fixedFeeFen;
  const ceiling = Math.min(
    grossFen,
    terms.capBps === undefined ? grossFen : applyBpsFloor(grossFen, terms.capBps),
  );
  const commissionFen = Math.max(0, Math.min(uncapped, ceiling));
  return { grossFen, commissionFen, netFen: grossFen - commissionFen, capped: commissionFen < uncapped };
}
