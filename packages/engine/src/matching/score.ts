/**
 * Match scoring: five weighted reasons (DOMAIN.md §2.4 Match: SKILL, DISTANCE, PAY, HOURS, CREDIT),
 * each worth 0–weight points, summed and scaled to 0–100. Weights are PROPOSALS in the rule set.
 */
import type { MatchReasonKind, RuleSet } from '../rules/types.js';
import { type GeoPoint, haversineMeters } from './geo.js';

/** What matching needs of a job posting. */
export interface MatchJob {
  readonly id: string;
  readonly location: GeoPoint;
  /** Occupation codes (国家职业分类大典) the job needs; empty = anyone. */
  readonly requiredSkills: readonly string[];
  readonly pay: {
    readonly unit: 'PER_HOUR' | 'PER_DAY' | 'PER_PIECE' | 'PER_TASK' | 'PER_MONTH';
    readonly rateFen: number;
    /** Expected earnings per day, for piece and task pay. */
    readonly estimatedDailyFen?: number;
  };
  readonly dailyHours?: number;
  readonly employerCreditScore?: number;
}

/** What matching needs of a worker. */
export interface MatchWorker {
  readonly id: string;
  readonly location: GeoPoint;
  readonly skills: readonly { readonly code: string }[];
  /** Lowest acceptable pay per day (DOMAIN.md §2.3 preferences.payFloorFen). */
  readonly payFloorFen?: number;
  readonly maxDailyHours?: number;
  readonly creditScore?: number;
  /** Credit effect: grade-D workers are left out of automatic matching. */
  readonly autoMatchExcluded?: boolean;
}

/** One reason behind a score. `value` is the measured quantity (metres, fen/day, hours, score, share). */
export interface MatchReason {
  readonly kind: MatchReasonKind;
  readonly weight: number;
  readonly points: number;
  readonly value: number | null;
  readonly explanation: string;
}

/** Whose view the CREDIT reason takes: a worker weighs the employer's credit, an employer the worker's. */
export type MatchPerspective = 'WORKER' | 'EMPLOYER';

/** 劳社部发〔2008〕3号: 21.75 paid days a month, for comparing monthly pay with a daily floor. */
const PAID_DAYS_PER_MONTH = 21.75;

/** Pay per day of a job, or `null` when it cannot be told (piece pay without an estimate). */
export function dailyPayFen(job: MatchJob, rules: RuleSet): number | null {
  const { unit, rateFen, estimatedDailyFen } = job.pay;
  if (unit === 'PER_DAY') return rateFen;
  if (unit === 'PER_HOUR') return rateFen * (job.dailyHours ?? rules.matchingAssumedDailyHours.value);
  if (unit === 'PER_MONTH') return Math.round(rateFen / PAID_DAYS_PER_MONTH);
  return estimatedDailyFen ?? null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The reasons, in the order they are reported. */
export const REASON_KINDS: readonly MatchReasonKind[] = ['SKILL', 'DISTANCE', 'PAY', 'HOURS', 'CREDIT'];

function skillFraction(job: MatchJob, worker: MatchWorker): number {
  const required = job.requiredSkills;
  if (required.length === 0) return 1;
  let matched = 0;
  for (const code of required) {
    for (const skill of worker.skills) {
      if (skill.code === code) {
        matched++;
        break;
      }
    }
  }
  return matched / required.length;
}

function payFraction(pay: number | null, floor: number | undefined): number {
  if (pay === null || floor === undefined) return 0.5;
  return pay >= floor || floor <= 0 ? 1 : pay / floor;
}

function hoursFraction(hours: number | undefined, max: number | undefined): number {
  return hours === undefined || max === undefined || hours <= max ? 1 : max / hours;
}

function creditOf(job: MatchJob, worker: MatchWorker, rules: RuleSet, perspective: MatchPerspective): number {
  return (
    (perspective === 'WORKER' ? job.employerCreditScore : worker.creditScore) ??
    rules.creditScore.value.initial
  );
}

/**
 * The 0–100 score without building reasons or allocating: what ranking runs on every candidate.
 * {@link scoreMatch} uses the same arithmetic, so both always agree.
 */
export function matchScore(
  job: MatchJob,
  worker: MatchWorker,
  distanceM: number,
  radiusM: number,
  rules: RuleSet,
  perspective: MatchPerspective,
): number {
  return scoreFromFractions(
    skillFraction(job, worker),
    radiusM <= 0 ? 0 : Math.max(0, 1 - distanceM / radiusM),
    payFraction(dailyPayFen(job, rules), worker.payFloorFen),
    hoursFraction(job.dailyHours, worker.maxDailyHours),
    Math.min(1, Math.max(0, creditOf(job, worker, rules, perspective) / rules.creditScore.value.max)),
    rules.matchingWeights.value,
  );
}

/**
 * Scores how well a job suits a worker, 0–100, with the reasons.
 * @example scoreMatch(job, worker, DEFAULT_RULES).reasons.map((r) => r.kind) // ['SKILL', 'DISTANCE', 'PAY', 'HOURS', 'CREDIT']
 */
export function scoreMatch(
  job: MatchJob,
  worker: MatchWorker,
  rules: RuleSet,
  options: {
    readonly radiusM?: number;
    readonly perspective?: MatchPerspective;
    readonly distanceM?: number;
  } = {},
): { readonly score: number; readonly reasons: readonly MatchReason[] } {
  const radiusM = options.radiusM ?? rules.matchingRadiusM.value;
  const distanceM = options.distanceM ?? haversineMeters(job.location, worker.location);
  const perspective = options.perspective ?? 'WORKER';
  const weights = rules.matchingWeights.value;
  const pay = dailyPayFen(job, rules);
  const credit = creditOf(job, worker, rules, perspective);
  const skill = skillFraction(job, worker);
  const unknownPay = pay === null || worker.payFloorFen === undefined;
  const unknownHours = job.dailyHours === undefined || worker.maxDailyHours === undefined;
  const fractions: Record<MatchReasonKind, number> = {
    SKILL: skill,
    DISTANCE: radiusM <= 0 ? 0 : Math.max(0, 1 - distanceM / radiusM),
    PAY: payFraction(pay, worker.payFloorFen),
    HOURS: hoursFraction(job.dailyHours, worker.maxDailyHours),
    CREDIT: Math.min(1, Math.max(0, credit / rules.creditScore.value.max)),
  };
  const values: Record<MatchReasonKind, number | null> = {
    SKILL: skill,
    DISTANCE: Math.round(distanceM),
    PAY: pay,
    HOURS: job.dailyHours ?? null,
    CREDIT: credit,
  };
  const text: Record<MatchReasonKind, string> = {
    SKILL: `${Math.round(skill * job.requiredSkills.length)} of ${job.requiredSkills.length} required skills held`,
    DISTANCE: `${Math.round(distanceM)} m away, within a ${radiusM} m radius`,
    PAY: unknownPay
      ? 'pay or pay floor unknown: half points'
      : `${pay} fen/day against a floor of ${worker.payFloorFen} fen/day`,
    HOURS: unknownHours
      ? 'hours fit or unknown'
      : `${job.dailyHours} h/day against at most ${worker.maxDailyHours} h/day`,
    CREDIT: `${perspective === 'WORKER' ? 'employer' : 'worker'} credit score ${credit}`,
  };
  const reasons = REASON_KINDS.map((kind) => ({
    kind,
    weight: weights[kind],
    points: round2(weights[kind] * fractions[kind]),
    value: values[kind],
    explanation: text[kind],
  }));
  const { SKILL, DISTANCE, PAY, HOURS, CREDIT } = fractions;
  return { score: scoreFromFractions(SKILL, DISTANCE, PAY, HOURS, CREDIT, weights), reasons };
}

/**
 * The 0–100 score of a set of fractions: Σ (weight × fraction, to 2 decimals) scaled by the total
 * weight, so overridden weights need not add up to 100. Ranking uses it without building reasons.
 */
export function scoreFromFractions(
  skill: number,
  distance: number,
  pay: number,
  hours: number,
  credit: number,
  weights: Readonly<Record<MatchReasonKind, number>>,
): number {
  const earned =
    round2(weights.SKILL * skill) +
    round2(weights.DISTANCE * distance) +
    round2(weights.PAY * pay) +
    round2(weights.HOURS * hours) +
    round2(weights.CREDIT * credit);
  const total = weights.SKILL + weights.DISTANCE + weights.PAY + weights.HOURS + weights.CREDIT;
  return total === 0 ? 0 : Math.round((earned * 100) / total);
}
