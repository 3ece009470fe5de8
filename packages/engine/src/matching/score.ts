/**
 * Match scoring exactly as the standard documents it (jobs-postings.md "Score", MatchReason.yaml):
 * five factors, each a sub-score from 0 to 1; `points` = weight × sub-score rounded to 2 decimals;
 * `score` = Σ points rounded half-up. Sums run in integer hundredths so that the rounding is exact.
 * Weights are the region's rule (defaults 35/25/20/10/10, PROPOSAL; they add up to 100).
 */
import type { RuleSet } from '../rules/types.js';
import { type Availability, hoursSubScore, type JobSchedule } from './availability.js';
import type { GeoPoint } from './geo.js';
import { dailyPayFen, floorPerDayFen, type JobPay, type PayFloor, paySubScore } from './pay.js';

/** What matching needs of a job posting. */
export interface MatchJob {
  readonly id: string;
  readonly location: GeoPoint;
  /** The job's occupation (国家职业分类大典), e.g. `4-10-01-06`. */
  readonly occupationCode: string;
  /** The lowest skill level required in that occupation (5 = 五级 … 1 = 一级), if any. */
  readonly requiredLevel?: number;
  readonly pay: JobPay;
  readonly schedule: JobSchedule;
  /** The region's market wage guide price for the occupation per working day (市场工资指导价位, seed 003). */
  readonly wageGuideDailyFen?: number;
  readonly employerCreditScore?: number;
}

/** What matching needs of a worker. */
export interface MatchWorker {
  readonly id: string;
  readonly location: GeoPoint;
  readonly skills: readonly { readonly code: string; readonly level?: number }[];
  readonly payFloor?: PayFloor;
  readonly availability?: Availability;
  readonly creditScore?: number;
  /** Credit effect: grade-D workers are left out of automatic matching. */
  readonly autoMatchExcluded?: boolean;
}

/** Whose view the CREDIT factor takes: a worker weighs the employer's credit, an employer the worker's. */
export type MatchPerspective = 'WORKER' | 'EMPLOYER';

/** The 小类 of an occupation code: its first three segments (`4-10-01-06` → `4-10-01`). */
export function occupationMinorGroup(code: string): string {
  return code.split('-').slice(0, 3).join('-');
}

/**
 * The SKILL sub-score and the code it rests on: 1 for the job's occupation at the required level,
 * 0.5 for an occupation of the same 小类 (including the job's own below the level), else 0.
 */
export function skillMatch(job: MatchJob, worker: MatchWorker): { subScore: number; code: string | null } {
  let sameGroup: string | null = null;
  const group = occupationMinorGroup(job.occupationCode);
  for (const skill of worker.skills) {
    if (
      skill.code === job.occupationCode &&
      (job.requiredLevel === undefined || (skill.level !== undefined && skill.level <= job.requiredLevel))
    )
      return { subScore: 1, code: skill.code };
    if (sameGroup === null && occupationMinorGroup(skill.code) === group) sameGroup = skill.code;
  }
  return sameGroup === null ? { subScore: 0, code: null } : { subScore: 0.5, code: sameGroup };
}

/** The credit score the CREDIT factor reads, or `undefined` when unknown. */
export function creditOf(job: MatchJob, worker: MatchWorker, perspective: MatchPerspective) {
  return perspective === 'WORKER' ? job.employerCreditScore : worker.creditScore;
}

/** The CREDIT sub-score: (score − C minimum) ÷ (A minimum − C minimum), i.e. (s − 450) ÷ 300 by default. */
export function creditSubScore(score: number | undefined, rules: RuleSet): number {
  if (score === undefined) return 0.5;
  const { A, C } = rules.creditScore.value.gradeMinimums;
  return A <= C ? (score >= A ? 1 : 0) : Math.min(1, Math.max(0, (score - C) / (A - C)));
}

/** The DISTANCE sub-score: 1 − distance ÷ radius, not below 0. */
export function distanceSubScore(distanceM: number, radiusM: number): number {
  return radiusM <= 0 ? 0 : Math.max(0, 1 - distanceM / radiusM);
}

/** A factor's points in hundredths: weight × sub-score rounded to 2 decimals, as an integer. */
export function pointsHundredths(weight: number, subScore: number): number {
  return Math.round(weight * subScore * 100);
}

/** Σ points (in hundredths) rounded half-up, within 0–100. */
export function scoreFromHundredths(total: number): number {
  return Math.min(100, Math.max(0, Math.floor((total + 50) / 100)));
}

/**
 * The 0–100 score without building reasons or allocating: what ranking runs on every candidate.
 * `scoreMatch` uses the same sub-scores, so both always agree.
 */
export function matchScore(
  job: MatchJob,
  worker: MatchWorker,
  distanceM: number,
  radiusM: number,
  rules: RuleSet,
  perspective: MatchPerspective,
): number {
  const w = rules.matchingWeights.value;
  const pay = paySubScore(
    dailyPayFen(job.pay, job.schedule),
    floorPerDayFen(worker.payFloor, job.schedule),
    job.wageGuideDailyFen,
  );
  return scoreFromHundredths(
    pointsHundredths(w.SKILL, skillMatch(job, worker).subScore) +
      pointsHundredths(w.DISTANCE, distanceSubScore(distanceM, radiusM)) +
      pointsHundredths(w.PAY, pay) +
      pointsHundredths(w.HOURS, hoursSubScore(job.schedule, worker.availability)) +
      pointsHundredths(w.CREDIT, creditSubScore(creditOf(job, worker, perspective), rules)),
  );
}
