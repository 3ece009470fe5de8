/** Mainland mobile numbers: 11 digits starting 13–19 (DOMAIN.md §2.1). */
export const MOBILE_NUMBER_PATTERN = '^1[3-9]\\d{9}$';

/**
 * Whether `value` is a mainland China mobile number.
 * @example isMobileNumber('13812345678') // true
 */
export function isMobileNumber(value: string): boolean {
  return new RegExp(MOBILE_NUMBER_PATTERN).test(value);
}

/**
 * The masked form for callers who may not see personal data: first 3 and last 4 digits kept.
 * @example maskMobileNumber('13812345678') // '138****5678'
 */
export function maskMobileNumber(value: string): string {
  return `${value.slice(0, 3)}****${value.slice(-4)}`;
}
