import type {
  GeoPoint,
  JobSchedule,
  MatchJob,
  MatchReason,
  MatchWorker,
  PayFloor,
  RuleSet,
} from '@gigmarket/engine';
import { availabilityOf, scheduleFacts } from './match-filters.js';

type Data = Record<string, unknown>;
type Pay = { unit: MatchJob['pay']['unit']; rateFen: number; estimatedTotalFen?: number };
type Skill = { occupationCode: string; level?: number };

/**
 * The job as the engine's matching sees it; `null` when it has no map point. `facts` lets a caller
 * that already derived the schedule (the filters) pass it on.
 */
export function toMatchJob(
  job: Data,
  employerCreditScore: number | null | undefined,
  facts: JobSchedule = scheduleFacts(job),
): MatchJob | null {
  const geo = (job.location as { geo?: GeoPoint }).geo;
  if (!geo) return null;
  const pay = job.pay as Pay;
  const occupationCode = String(job.occupationCode);
  const required = (((job.requirements as Data | undefined)?.skills ?? []) as Skill[]).find(
    (s) => s.occupationCode === occupationCode,
  );
  return {
    id: String(job.id),
    location: { lng: geo.lng, lat: geo.lat },
    occupationCode,
    ...(required?.level !== undefined ? { requiredLevel: required.level } : {}),
    pay: {
      unit: pay.unit,
      rateFen: pay.rateFen,
      ...(pay.estimatedTotalFen !== undefined ? { estimatedTotalFen: pay.estimatedTotalFen } : {}),
    },
    schedule: facts,
    // No market wage guide prices (市场工资指导价位, seed 003) are configured yet: the floor alone counts.
    ...(typeof employerCreditScore === 'number' ? { employerCreditScore } : {}),
  };
}

/** The worker as the engine's matching sees it, from the given origin. */
export function toMatchWorker(worker: Data, origin: GeoPoint, rules: RuleSet): MatchWorker {
  const preferences = (worker.preferences ?? {}) as Data;
  const creditScore = typeof worker.creditScore === 'number' ? worker.creditScore : undefined;
  const payFloor =
    typeof preferences.payFloorFen === 'number' && typeof preferences.payFloorUnit === 'string'
      ? ({ amountFen: preferences.payFloorFen, unit: preferences.payFloorUnit } as PayFloor)
      : undefined;
  const availability = availabilityOf(worker);
  return {
    id: String(worker.id),
    location: origin,
    skills: ((worker.skills ?? []) as Skill[]).map((s) => ({
      code: s.occupationCode,
      ...(s.level !== undefined ? { level: s.level } : {}),
    })),
    ...(payFloor ? { payFloor } : {}),
    ...(availability ? { availability } : {}),
    ...(creditScore !== undefined ? { creditScore } : {}),
    // Grade D (below the C minimum) is left out of automatic matching (DOMAIN.md §3.7).
    autoMatchExcluded: creditScore !== undefined && creditScore < rules.creditScore.value.gradeMinimums.C,
  };
}

/**
 * The engine's reasons as the spec's MatchReason, largest `points` first. An unknown input (pay
 * that cannot be converted, no daily hours, no credit score) is shown as `未知`, since `value` is a
 * string or a number. Distances come rounded from the engine when the ranking asked for a step.
 */
export function toReasons(
  reasons: readonly MatchReason[],
  _context?: {
    job: Data;
    worker: Data;
    radiusM: number;
    perspective: 'WORKER' | 'EMPLOYER';
    distanceStepM?: number;
  },
): Data[] {
  return reasons
    .map((r) => ({
      kind: r.kind,
      weight: r.weight,
      subScore: r.subScore,
      points: r.points,
      value: r.value ?? '未知',
      explanation: r.explanation.slice(0, 200),
    }))
    .sort((a, b) => b.points - a.points);
}
