/**
 * Object identifiers: a 2–4 letter type prefix, an underscore and a ULID in Crockford base32,
 * e.g. `job_01HZX8Q3W5T7V9B1C3D5F7G9HJ` (DOMAIN.md §2 conventions).
 */

const SHAPE = /^([a-z]{2,4})_[0-9A-HJKMNP-TV-Z]{26}$/;

/** The regular expression of any prefixed object ID. */
export const PREFIXED_ID_PATTERN = SHAPE.source;

/** The regular expression for IDs of one type, e.g. `idPattern('job')`. */
export function idPattern(prefix: string): string {
  return `^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`;
}

/**
 * Whether `value` is a well-formed object ID, optionally of the given type prefix.
 * @example isPrefixedId('esc_01J2ZK6T3M8Q4R5S6T7V8W9X0Y', 'esc') // true
 */
export function isPrefixedId(value: string, prefix?: string): boolean {
  const match = SHAPE.exec(value);
  return match !== null && (prefix === undefined || match[1] === prefix);
}

/** The type prefix of an ID (`job` for `job_…`), or `null` when it is not a prefixed ID. */
export function idPrefix(value: string): string | null {
  return SHAPE.exec(value)?.[1] ?? null;
}
