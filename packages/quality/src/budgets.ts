/**
 * Gzip byte ceilings of the bundles in size-entries.ts, checked by bundle-size.test.ts.
 *
 * To raise a budget: change the number here and say why in the commit message (what grew, and
 * why it is worth the bytes). Never raise `HARD_LIMIT_NO_VALIDATION`: it is the standard's
 * requirement for a domain client without response validation.
 */

/** Hard limit for any client bundle without validation: 10 KiB gzip. */
export const HARD_LIMIT_NO_VALIDATION = 10_240;

/**
 * Ceilings for clients WITH response validation (zod and every response schema of the domain):
 * the size measured when the gate was added (packages/quality/README.md) plus 15%, rounded up to
 * 256 bytes. They catch regressions; there is no product limit for them yet.
 */
export const WITH_VALIDATION: Record<string, number> = {
  'core (common client)': 46_848,
  jobs: 57_856,
  settlement: 51_200,
  insurance: 52_736,
  credit: 49_664,
  reporting: 49_920,
  // Every domain's schemas plus the common ones.
  'sdk (umbrella client)': 83_456,
};

/**
 * Ceilings for the other bundles without validation. Every other client without validation (the
 * five domain clients and core's common client) gets `HARD_LIMIT_NO_VALIDATION`.
 */
export const OTHER: Record<string, number> = {
  // Every validator of the package: a checksum table and a few regexes.
  'identifiers (every validator)': 2_048,
  // The umbrella client binds all six operation tables, so the per-client hard limit does not
  // apply; measurement + 15%, rounded up to 256 bytes.
  'sdk (umbrella client)': 17_408,
};

/** The budget of one entry (0 means "not set": the test fails and asks for one). */
export function budgetFor(label: string, validation: boolean): number {
  if (validation) return WITH_VALIDATION[label] ?? 0;
  return OTHER[label] ?? HARD_LIMIT_NO_VALIDATION;
}
