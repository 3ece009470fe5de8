/**
 * `scoreMatch`: the score with its five reasons as MatchReason.yaml lists them (kind, weight,
 * subScore, points, value, explanation in Chinese), in factor order. Built only for the winners of
 * a ranking; the arithmetic is score.ts's, so reasons and `matchScore` always agree.
 */
import type { MatchReasonKind, RuleSet } from '../rules/types.js';
import { availabilityMiss, declaresAvailability } from './availability.js';
import { haversineMeters } from './geo.js';
import { dailyPayFen, floorPerDayFen, paySubScore } from './pay.js';
import {
  creditOf,
  creditSubScore,
  distanceSubScore,
  type MatchJob,
  type MatchPerspective,
  type MatchWorker,
  pointsHundredths,
  scoreFromHundredths,
  skillMatch,
} from './score.js';

/** One factor of a score. `value` is its input (a code, metres, fen per day, hours, a credit score). */
export interface MatchReason {
  readonly kind: MatchReasonKind;
  readonly weight: number;
  /** 0–1, rounded to 2 decimals. */
  readonly subScore: number;
  /** weight × the unrounded sub-score, rounded to 2 decimals. */
  readonly points: number;
  /** `null` when the input is unknown (pay that cannot be converted, no daily hours, no credit score). */
  readonly value: string | number | null;
  readonly explanation: string;
}

/** The reasons, in the order they are reported. */
export const REASON_KINDS: readonly MatchReasonKind[] = ['SKILL', 'DISTANCE', 'PAY', 'HOURS', 'CREDIT'];

const yuan = (fen: number) => `${Math.round(fen) / 100}元`;
const km = (m: number) => `${Math.round(m / 100) / 10}公里`;

/**
 * Scores how well a job suits a worker, 0–100, with the reasons. `distanceM` defaults to the
 * great-circle distance, `radiusM` to the rules' radius, `perspective` to the worker's.
 * @example scoreMatch(job, worker, DEFAULT_RULES, { radiusM: 5000 }).score // 88 for the spec's example
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
  const skill = skillMatch(job, worker);
  const pay = dailyPayFen(job.pay, job.schedule);
  const floor = floorPerDayFen(worker.payFloor, job.schedule);
  const guide = job.wageGuideDailyFen;
  const declared = declaresAvailability(worker.availability);
  const fits = availabilityMiss(job.schedule, worker.availability) === null;
  const hours = job.schedule.dailyHours;
  const credit = creditOf(job, worker, perspective);
  const whose = perspective === 'WORKER' ? '雇主' : '零工';
  const level = job.requiredLevel === undefined ? '' : `（${job.requiredLevel}级及以上）`;
  const reference = Math.max(floor ?? 0, guide ?? 0);
  const factors: Record<MatchReasonKind, { sub: number; value: string | number | null; text: string }> = {
    SKILL: {
      sub: skill.subScore,
      value: skill.code ?? job.occupationCode,
      text:
        skill.subScore === 1
          ? `持有岗位所需职业${job.occupationCode}${level}`
          : skill.subScore > 0
            ? `持有同小类职业${skill.code}，岗位要求${job.occupationCode}${level}`
            : `未持有岗位所需职业${job.occupationCode}或同小类职业`,
    },
    DISTANCE: {
      sub: distanceSubScore(distanceM, radiusM),
      value: Math.round(distanceM),
      text: `距离${km(distanceM)}（搜索半径${km(radiusM)}）`,
    },
    PAY: {
      sub: paySubScore(pay, floor, guide),
      value: pay,
      text:
        pay === null
          ? '工资无法折算为日薪，计一半分'
          : floor === undefined && guide === undefined
            ? `日薪${yuan(pay)}，无期望日薪和市场指导价可比，计一半分`
            : `日薪${yuan(pay)}，${floor !== undefined && floor >= (guide ?? 0) ? '期望日薪' : '市场工资指导价'}${yuan(reference)}`,
    },
    HOURS: {
      sub: declared ? (fits ? 1 : 0) : 0.5,
      value: hours ?? null,
      text: `${hours === undefined ? '' : `每天${hours}小时，`}${declared ? (fits ? '在可工作时间内' : '超出可工作时间') : '未声明可工作时间，计一半分'}`,
    },
    CREDIT: {
      sub: creditSubScore(credit, rules),
      value: credit ?? null,
      text: credit === undefined ? `${whose}信用分未知，计一半分` : `${whose}信用分${credit}`,
    },
  };
  const weights = rules.matchingWeights.value;
  let total = 0;
  const reasons = REASON_KINDS.map((kind) => {
    const { sub, value, text } = factors[kind];
    const hundredths = pointsHundredths(weights[kind], sub);
    total += hundredths;
    return {
      kind,
      weight: weights[kind],
      subScore: Math.round(sub * 100) / 100,
      points: hundredths / 100,
      value,
      explanation: text,
    };
  });
  return { score: scoreFromHundredths(total), reasons };
}
