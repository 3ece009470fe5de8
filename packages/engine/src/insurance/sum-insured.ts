/**
 * Sum insured by age (seed 001: up to 1,000,000 yuan, by age; bands are a PROPOSAL).
 */
import type { AgeBand } from '../rules/types.js';
import { err, ok, type Result } from '../shared/result.js';

/** Returned when no age band covers the worker. */
export interface AgeNotInsurable {
  readonly code: 'AGE_NOT_INSURABLE';
  readonly age: number;
  readonly message: string;
}

/**
 * The sum insured for a worker of `age`, capped at `maxSumInsuredFen` when given.
 * @example sumInsuredForAge(58, DEFAULT_RULES.sumInsuredByAge.value) // { ok: true, value: 60000000 }
 */
export function sumInsuredForAge(
  age: number,
  table: readonly AgeBand[],
  maxSumInsuredFen?: number,
): Result<number, AgeNotInsurable> {
  const band = table.find((b) => age >= b.minAge && age <= b.maxAge);
  if (!band) {
    const ranges = table.map((b) => `${b.minAge}–${b.maxAge}`).join(', ');
    return err({
      code: 'AGE_NOT_INSURABLE',
      age,
      message: `No sum insured is defined for age ${age}; insurable ages: ${ranges}. Choose a product covering this age.`,
    });
  }
  return ok(
    maxSumInsuredFen === undefined ? band.sumInsuredFen : Math.min(band.sumInsuredFen, maxSumInsuredFen),
  );
}
