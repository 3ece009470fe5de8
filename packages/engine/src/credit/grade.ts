/**
 * Credit grades and badges (DOMAIN.md §3.7, PROPOSAL thresholds; badges from seed 001).
 */
import type { RuleSet } from '../rules/types.js';
import type { CreditSubjectType } from './events.js';

/** A ≥ 750, B 600–749, C 450–599, D < 450 by default. */
export type CreditGrade = 'A' | 'B' | 'C' | 'D';

/** Recognition at grade A (seed 001: 诚信企业 / 优秀零工). */
export type CreditBadge = 'HONEST_EMPLOYER' | 'EXCELLENT_WORKER';

const ORDER: readonly CreditGrade[] = ['A', 'B', 'C', 'D'];

/**
 * The grade of a score under the rule set's thresholds.
 * @example gradeOf(780, DEFAULT_RULES) // 'A'
 */
export function gradeOf(score: number, rules: RuleSet): CreditGrade {
  const { A, B, C } = rules.creditScore.value.gradeMinimums;
  return score >= A ? 'A' : score >= B ? 'B' : score >= C ? 'C' : 'D';
}

/** The worse of two grades. */
export function worseGrade(a: CreditGrade, b: CreditGrade): CreditGrade {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** Badges earned at a grade: employers become HONEST_EMPLOYER, workers EXCELLENT_WORKER, at A. */
export function badgesFor(subjectType: CreditSubjectType, grade: CreditGrade): CreditBadge[] {
  if (grade !== 'A') return [];
  if (subjectType === 'EMPLOYER') return ['HONEST_EMPLOYER'];
  if (subjectType === 'WORKER') return ['EXCELLENT_WORKER'];
  return [];
}
