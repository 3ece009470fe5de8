/**
 * Ranking: the best jobs for a worker, or the best workers for a job, within a radius. Candidates
 * come from the grid index (only nearby cells are visited) and a bounded heap keeps the top k, so
 * only the k winners pay for building their explanations.
 */
import { DEFAULT_RULES } from '../rules/defaults.js';
import type { RuleSet } from '../rules/types.js';
import { haversineMeters } from './geo.js';
import { forEachWithin, type GeoIndex } from './geo-index.js';
import { type MatchReason, scoreMatch } from './reasons.js';
import { type MatchJob, type MatchPerspective, type MatchWorker, matchScore } from './score.js';
import { TopK } from './top-k.js';

/** A ranked job (for a worker) or worker (for a job). */
export interface RankedMatch {
  readonly id: string;
  readonly score: number;
  readonly distanceM: number;
  readonly reasons: readonly MatchReason[];
}

/** Options of the ranking functions; defaults: 20 results, the rules' radius, DEFAULT_RULES, 1 m. */
export interface RankOptions {
  readonly limit?: number;
  readonly radiusM?: number;
  readonly rules?: RuleSet;
  /**
   * Distances are rounded to this step before they are scored and reported, so that neither the
   * distance nor the DISTANCE points pinpoint a worker (candidate matches use 100 m).
   */
  readonly distanceStepM?: number;
}

interface Candidate<T> {
  item: T;
  score: number;
  distanceM: number;
  id: string;
}

/**
 * Higher score first, then nearer, then the newest (jobs-postings.md "Matching": ids are ULIDs, so
 * the larger id is the newer object): a total order, so results are deterministic.
 */
function better<T>(a: Candidate<T>, b: Candidate<T>): number {
  return a.score - b.score || b.distanceM - a.distanceM || (a.id > b.id ? 1 : a.id < b.id ? -1 : 0);
}

/** The distance as scored: rounded to the step when one is given. */
function stepped(distanceM: number, step: number | undefined): number {
  return step && step > 1 ? Math.round(distanceM / step) * step : distanceM;
}

function collect<T extends { readonly id: string }>(
  job: (t: T) => MatchJob,
  worker: (t: T) => MatchWorker,
  perspective: MatchPerspective,
  options: RankOptions,
  each: (visit: (item: T, distanceM: number) => void, radiusM: number) => void,
): RankedMatch[] {
  const rules = options.rules ?? DEFAULT_RULES;
  const radiusM = options.radiusM ?? rules.matchingRadiusM.value;
  const top = new TopK<Candidate<T>>(options.limit ?? 20, better);
  // One scratch candidate: most items lose to the current top k, so only winners are allocated.
  const probe = { item: undefined as unknown as T, score: 0, distanceM: 0, id: '' };
  each((item, exactM) => {
    const distanceM = stepped(exactM, options.distanceStepM);
    probe.item = item;
    probe.score = matchScore(job(item), worker(item), distanceM, radiusM, rules, perspective);
    probe.distanceM = distanceM;
    probe.id = item.id;
    if (top.wouldAccept(probe)) top.push({ ...probe });
  }, radiusM);
  return top.sorted().map(({ item, score, distanceM, id }) => ({
    id,
    score,
    distanceM: Math.round(distanceM),
    reasons: scoreMatch(job(item), worker(item), rules, { radiusM, perspective, distanceM }).reasons,
  }));
}

/**
 * The best open jobs within the radius for a worker, best first.
 * @example rankJobsForWorker(worker, buildGeoIndex(openJobs), { limit: 10, radiusM: 5000 })
 */
export function rankJobsForWorker(
  worker: MatchWorker,
  jobs: GeoIndex<MatchJob>,
  options: RankOptions = {},
): RankedMatch[] {
  return collect<MatchJob>(
    (j) => j,
    () => worker,
    'WORKER',
    options,
    (visit, radiusM) => forEachWithin(jobs, worker.location, radiusM, visit),
  );
}

/**
 * The best workers within the radius for a job, best first; workers excluded from automatic
 * matching by their credit (grade D) are left out.
 * @example candidatesForJob(job, buildGeoIndex(workers), { limit: 10 })
 */
export function candidatesForJob(
  job: MatchJob,
  workers: GeoIndex<MatchWorker>,
  options: RankOptions = {},
): RankedMatch[] {
  return collect<MatchWorker>(
    () => job,
    (w) => w,
    'EMPLOYER',
    options,
    (visit, radiusM) =>
      forEachWithin(workers, job.location, radiusM, (w, d) => {
        if (!w.autoMatchExcluded) visit(w, d);
      }),
  );
}

/**
 * Reference implementation without index or heap: score every job, sort all, cut. Used by tests
 * to check {@link rankJobsForWorker} and by the benchmark as the naive baseline.
 */
export function rankJobsByFullScan(
  worker: MatchWorker,
  jobs: readonly MatchJob[],
  options: RankOptions = {},
): RankedMatch[] {
  const rules = options.rules ?? DEFAULT_RULES;
  const radiusM = options.radiusM ?? rules.matchingRadiusM.value;
  const scored: Candidate<MatchJob>[] = [];
  for (const job of jobs) {
    const exactM = haversineMeters(worker.location, job.location);
    if (exactM > radiusM) continue;
    const distanceM = stepped(exactM, options.distanceStepM);
    scored.push({
      item: job,
      score: matchScore(job, worker, distanceM, radiusM, rules, 'WORKER'),
      distanceM,
      id: job.id,
    });
  }
  scored.sort((a, b) => better(b, a));
  return scored.slice(0, options.limit ?? 20).map(({ item, score, distanceM, id }) => ({
    id,
    score,
    distanceM: Math.round(distanceM),
    reasons: scoreMatch(item, worker, rules, { radiusM, perspective: 'WORKER', distanceM }).reasons,
  }));
}
