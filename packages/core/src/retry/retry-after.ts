/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3): delay-seconds (`12`) or an HTTP date
 * (`Wed, 21 Oct 2026 07:28:00 GMT`). Returns the wait in milliseconds (never negative), or `undefined`
 * when the header is absent or unreadable.
 *
 * @example
 * ```ts
 * parseRetryAfter('12', Date.now()); // 12000
 * parseRetryAfter(new Date(Date.now() + 5000).toUTCString(), Date.now()); // ≈ 5000
 * ```
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only date forms: Date.parse would also accept '1.5' or '2026' and read them as dates.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
