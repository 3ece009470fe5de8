/**
 * 居民身份证号码 (citizen identity number), GB 11643-1999.
 *
 * 18 characters: a 6-digit address code (GB/T 2260), the birth date `YYYYMMDD`, a 3-digit sequence
 * (odd = male, even = female) and a check character computed with ISO 7064 MOD 11-2.
 * The address code is *not* checked against the current region list: codes of abolished districts
 * stay valid in IDs issued before the change (DOMAIN.md §2.1).
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const SHAPE = /^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[0-9X]$/;

/** The regular expression a resident ID number must match before its checksum is tested. */
export const RESIDENT_ID_PATTERN = SHAPE.source;

/**
 * The ISO 7064 MOD 11-2 check character for the first 17 characters of a resident ID number.
 * @example residentIdCheckChar('33011019900307123') // '0'
 */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new TypeError('expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** Why a resident ID number is invalid, or `null` when it is valid. */
export function residentIdProblem(value: string): string | null {
  if (!SHAPE.test(value)) {
    return 'must be 18 characters: 6-digit region, birth date YYYYMMDD, 3-digit sequence, check digit or uppercase X';
  }
  if (!birthDateFromResidentId(value)) return 'the birth date in positions 7–14 is not a real date';
  const expected = residentIdCheckChar(value.slice(0, 17));
  if (value[17] !== expected) return `the check character should be ${expected} (GB 11643 MOD 11-2)`;
  return null;
}

/**
 * Whether `value` is a valid 18-character resident ID number (shape, real birth date, checksum).
 * @example isResidentIdNumber('330110199003071230') // true
 */
export function isResidentIdNumber(value: string): boolean {
  return residentIdProblem(value) === null;
}

/** The birth date (`YYYY-MM-DD`) encoded in positions 7–14, or `null` if it is not a real date. */
export function birthDateFromResidentId(value: string): string | null {
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
}

/** `MALE` when the sequence number (position 17) is odd, `FEMALE` when it is even. */
export function genderFromResidentId(value: string): 'MALE' | 'FEMALE' {
  return Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
}

/**
 * The masked form shown to callers who may not see the full number: region code and last four kept.
 * @example maskResidentId('330110199003071230') // '330110********1230'
 */
export function maskResidentId(value: string): string {
  return `${value.slice(0, 6)}${'*'.repeat(Math.max(0, value.length - 10))}${value.slice(-4)}`;
}
