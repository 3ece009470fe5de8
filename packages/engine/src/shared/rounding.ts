/**
 * Integer money arithmetic. Amounts are integer fen; rates are integer basis points (1% = 100 bps).
 * Rounding is half-up (四舍五入) and happens once, at the end of each computed line item
 * (DOMAIN.md §2 conventions, PROPOSAL), so inputs stay exact until the last step.
 */

/** Basis points in one whole (100%). */
export const BPS_PER_UNIT = 10_000;

function assertSafeInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer, got ${value}; pass integer fen / bps, e.g. 1200`);
  }
}

/**
 * `numerator / denominator` rounded half-up (half away from zero for negatives).
 * @example divideRoundHalfUp(5, 2) // 3
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  assertSafeInteger(numerator, 'numerator');
  assertSafeInteger(denominator, 'denominator');
  if (denominator <= 0) throw new RangeError(`denominator must be positive, got ${denominator}`);
  const sign = numerator < 0 ? -1 : 1;
  const magnitude = Math.abs(numerator);
  const quotient = Math.floor(magnitude / denominator);
  const remainder = magnitude - quotient * denominator;
  return sign * (remainder * 2 >= denominator ? quotient + 1 : quotient);
}

/**
 * `amountFen × bps / 10000`, rounded half-up to whole fen.
 * @example applyBps(333, 5000) // 167
 */
export function applyBps(amountFen: number, bps: number): number {
  return divideRoundHalfUp(amountFen * bps, BPS_PER_UNIT);
}

/**
 * `amountFen × bps / 10000`, rounded down: for ceilings that must never be exceeded.
 * @example applyBpsFloor(333, 5000) // 166
 */
export function applyBpsFloor(amountFen: number, bps: number): number {
  assertSafeInteger(amountFen * bps, 'amountFen × bps');
  return Math.floor((amountFen * bps) / BPS_PER_UNIT);
}

/** Whether `value` is a non-negative safe integer (a valid fen amount or count). */
export function isNonNegativeInteger(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}
