/**
 * 统一社会信用代码 (Unified Social Credit Code), GB 32100-2015.
 *
 * 18 characters from a 31-character set without I, O, S, V, Z: registration authority (1), entity
 * type (1), registering authority's GB/T 2260 region (6), organisation code (9, GB 11714) and a check
 * character. Weights are 3^i mod 31 (DOMAIN.md §2.1, E19).
 */

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The regular expression a USCC must match before its checksum is tested. */
export const USCC_PATTERN = SHAPE.source;

/**
 * The GB 32100 check character for the first 17 characters of a USCC.
 * @example usccCheckChar('91330110MA2KXY3L2') // 'E'
 */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CHARSET.indexOf(first17[i] as string);
    if (value < 0) throw new TypeError(`character ${first17[i]} is not in the GB 32100 character set`);
    sum += value * (WEIGHTS[i] as number);
  }
  return CHARSET[(31 - (sum % 31)) % 31] as string;
}

/** Why a USCC is invalid, or `null` when it is valid. */
export function usccProblem(value: string): string | null {
  if (!SHAPE.test(value)) {
    return 'must be 18 characters from 0-9 and A-Y without I, O, S, V, Z; positions 3–8 are a region code';
  }
  const expected = usccCheckChar(value.slice(0, 17));
  if (value[17] !== expected) return `the check character should be ${expected} (GB 32100)`;
  return null;
}

/**
 * Whether `value` is a valid Unified Social Credit Code (shape and checksum).
 * @example isUnifiedSocialCreditCode('91330110MA2KXY3L2E') // true
 */
export function isUnifiedSocialCreditCode(value: string): boolean {
  return usccProblem(value) === null;
}

/** The GB/T 2260 region code of the registering authority (positions 3–8). */
export function regionFromUscc(value: string): string {
  return value.slice(2, 8);
}
