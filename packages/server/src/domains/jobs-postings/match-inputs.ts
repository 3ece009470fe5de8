import type { GeoPoint, MatchJob, MatchReason, MatchWorker, RuleSet } from '@gigmarket/engine';
import { workDates } from './match-filters.js';

type Data = Record<string, unknown>;
type Pay = { unit: MatchJob['pay']['unit']; rateFen: number; estimatedTotalFen?: number };

/** 劳社部发〔2008〕3号: 21.75 paid days a month, as the engine uses for monthly pay. */
const PAID_DAYS_PER_MONTH = 21.75;

/** The job as the engine's matching sees it; `null` when it has no map point. */
export function toMatchJob(job: Data, employerCreditScore: number | null | undefined): MatchJob | null {
  const geo = (job.location as { geo?: GeoPoint }).geo;
  if (!geo) return null;
  const pay = job.pay as Pay;
  const schedule = job.schedule as { startAt: string; endAt: string; dailyHours?: number };
  const skills = ((job.requirements as Data).skills ?? []) as Array<{ occupationCode: string }>;
  const days = workDates(schedule as never).length;
  // Pay per working day for piece and task pay: the estimate over the working days (jobs-postings.md).
  const estimatedDailyFen =
    pay.estimatedTotalFen !== undefined && days > 0 ? Math.round(pay.estimatedTotalFen / days) : undefined;
  return {
    id: String(job.id),
    location: { lng: geo.lng, lat: geo.lat },
    // The SKILL factor is the job's occupation, or the skills it lists as required.
    requiredSkills: skills.length ? skills.map((s) => s.occupationCode) : [String(job.occupationCode)],
    pay: {
      unit: pay.unit,
      rateFen: pay.rateFen,
      ...(estimatedDailyFen !== undefined ? { estimatedDailyFen } : {}),
    },
    ...(schedule.dailyHours !== undefined ? { dailyHours: schedule.dailyHours } : {}),
    ...(typeof employerCreditScore === 'number' ? { employerCreditScore } : {}),
  };
}

/** The worker's pay floor per day, when its unit converts (WorkerPreferences.payFloorFen). */
function floorPerDay(preferences: Data, rules: RuleSet): number | undefined {
  const floor = preferences.payFloorFen as number | undefined;
  if (floor === undefined) return undefined;
  const hours = (preferences.maxDailyHours as number | undefined) ?? rules.matchingAssumedDailyHours.value;
  switch (preferences.payFloorUnit) {
    case 'PER_DAY':
      return floor;
    case 'PER_HOUR':
      return floor * hours;
    case 'PER_MONTH':
      return Math.round(floor / PAID_DAYS_PER_MONTH);
    default:
      return undefined;
  }
}

/** The worker as the engine's matching sees it, from the given origin. */
export function toMatchWorker(worker: Data, origin: GeoPoint, rules: RuleSet): MatchWorker {
  const preferences = (worker.preferences ?? {}) as Data;
  const creditScore = typeof worker.creditScore === 'number' ? worker.creditScore : undefined;
  const payFloorFen = floorPerDay(preferences, rules);
  const maxDailyHours = preferences.maxDailyHours as number | undefined;
  return {
    id: String(worker.id),
    location: origin,
    skills: ((worker.skills ?? []) as Array<{ occupationCode: string }>).map((s) => ({
      code: s.occupationCode,
    })),
    ...(payFloorFen !== undefined ? { payFloorFen } : {}),
    ...(maxDailyHours !== undefined ? { maxDailyHours } : {}),
    ...(creditScore !== undefined ? { creditScore } : {}),
    // Grade D (below the C minimum) is left out of automatic matching (DOMAIN.md §3.7).
    autoMatchExcluded: creditScore !== undefined && creditScore < rules.creditScore.value.gradeMinimums.C,
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const km = (m: number) => `${Math.round(m / 100) / 10}公里`;

/**
 * The engine's reasons as the spec's MatchReason: `subScore`, the value the factor used and an
 * explanation in Chinese, largest `points` first. `distanceStepM` rounds distances (100 m for
 * candidates, so a worker cannot be pinpointed).
 */
export function toReasons(
  reasons: readonly MatchReason[],
  context: {
    job: Data;
    worker: Data;
    radiusM: number;
    perspective: 'WORKER' | 'EMPLOYER';
    distanceStepM?: number;
  },
): Data[] {
  const held = ((context.worker.skills ?? []) as Array<{ occupationCode: string }>).map(
    (s) => s.occupationCode,
  );
  const wanted = String(context.job.occupationCode);
  return reasons
    .map((r) => {
      const subScore = r.weight > 0 ? round2(r.points / r.weight) : 0;
      let value: string | number = r.value ?? 0;
      let explanation = r.explanation;
      if (r.kind === 'SKILL') {
        value = held.includes(wanted) ? wanted : (held[0] ?? wanted);
        explanation =
          subScore >= 1 ? `持有岗位所需技能${wanted}` : `所需技能满足${Math.round(subScore * 100)}%`;
      } else if (r.kind === 'DISTANCE') {
        const step = context.distanceStepM ?? 1;
        value = Math.round(Number(r.value ?? 0) / step) * step;
        explanation = `距离${km(value)}（搜索半径${km(context.radiusM)}）`;
      } else if (r.kind === 'PAY') {
        value = r.value ?? '未知';
        explanation = r.value === null ? '工资无法折算为日薪，计一半分' : `日薪${Number(r.value) / 100}元`;
      } else if (r.kind === 'HOURS') {
        value = r.value ?? '未知';
        explanation = r.value === null ? '未声明每日工时，视为符合' : `每天${r.value}小时`;
      } else if (r.kind === 'CREDIT') {
        explanation = `${context.perspective === 'WORKER' ? '雇主' : '零工'}信用分${r.value}`;
      }
      return { kind: r.kind, weight: r.weight, subScore, points: round2(r.points), value, explanation };
    })
    .sort((a, b) => b.points - a.points);
}
