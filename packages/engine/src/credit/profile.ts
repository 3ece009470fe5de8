/**
 * A transparent credit profile: 600 + the points of every counted event, clamped to 0–1000, with
 * one factor per kind of event so anyone can recompute the score (DOMAIN.md §3.7).
 */
import type { CreditPointKind, CreditSeverity, RuleSet } from '../rules/types.js';
import { addMonthsToDate, type Instant, shanghaiDate, toEpochMs } from '../shared/time.js';
import type { BlacklistEvent, CreditEvent, CreditSubjectType } from './events.js';
import { badgesFor, type CreditBadge, type CreditGrade, gradeOf, worseGrade } from './grade.js';
import { hasTakenEffect, noShowEscalations, severityInEffect } from './no-show.js';

/** One line of the score's explanation. */
export interface CreditFactor {
  readonly kind: CreditPointKind | 'WAGE_ARREARS_BLACKLIST' | 'COMPLIANCE_GRADE_C';
  readonly points: number;
  readonly count: number;
  readonly severity?: CreditSeverity;
  readonly explanation: string;
}

/** The computed profile. `score === clamp(initial + Σ factors[].points)` always holds. */
export interface CreditProfile {
  readonly score: number;
  readonly grade: CreditGrade;
  readonly badges: readonly CreditBadge[];
  readonly factors: readonly CreditFactor[];
  readonly effects: {
    /** 免审快办 (seed 001): grade A employer, no active blacklist, no GENERAL/SERIOUS finding in effect. */
    readonly fastTrackEligible: boolean;
    /** Grade-D workers are not pushed by automatic matching. */
    readonly autoMatchExcluded: boolean;
    /** Grade-D or blacklisted employers' postings need manual review. */
    readonly manualReviewRequired: boolean;
  };
}

const SEVERITY: Partial<Record<CreditPointKind, CreditSeverity>> = {
  RATING_2: 'MINOR',
  RATING_1: 'MINOR',
  NO_SHOW: 'MINOR',
  LATE_CANCELLATION: 'MINOR',
  ESCROW_AUTO_RELEASED: 'MINOR',
  DISPUTE_LOST_ON_PAY: 'GENERAL',
  POSTING_TAKEN_DOWN: 'GENERAL',
};

function blacklistActive(event: BlacklistEvent, nowMs: number, rules: RuleSet): boolean {
  const listedMs = toEpochMs(event.occurredAt);
  const expiresDate =
    event.expiresAt !== undefined
      ? shanghaiDate(event.expiresAt)
      : addMonthsToDate(shanghaiDate(listedMs), rules.wageArrearsBlacklist.value.listingYears * 12);
  return listedMs <= nowMs && shanghaiDate(nowMs) < expiresDate && !hasTakenEffect(event.removedAt, nowMs);
}

/**
 * Computes a subject's credit profile at `now` from its events. Events after `now` and repaired
 * events are ignored; an active wage-arrears blacklisting floors the score to the minimum.
 * @example computeCreditProfile([{ id: 'cev_1', type: 'RATING', stars: 5, occurredAt: '2025-07-01T10:00:00+08:00' }],
 *   '2025-07-02T00:00:00+08:00', DEFAULT_RULES, 'WORKER').score // 605
 */
export function computeCreditProfile(
  events: readonly CreditEvent[],
  now: Instant,
  rules: RuleSet,
  subjectType: CreditSubjectType,
): CreditProfile {
  const nowMs = toEpochMs(now);
  const counted = events.filter(
    (e) => toEpochMs(e.occurredAt) <= nowMs && !hasTakenEffect(e.repairedAt, nowMs),
  );
  const points = rules.creditPoints.value;
  const { initial, min, max } = rules.creditScore.value;
  const tally = new Map<CreditPointKind, number>();
  let seriousFinding = false;
  for (const event of counted) {
    if (event.type === 'WAGE_ARREARS_BLACKLISTED' || event.type === 'COMPLIANCE_GRADE_C') continue;
    const kind: CreditPointKind = event.type === 'RATING' ? `RATING_${event.stars}` : event.type;
    tally.set(kind, (tally.get(kind) ?? 0) + 1);
    const severity = SEVERITY[kind];
    if (severity === 'GENERAL' && severityInEffect(toEpochMs(event.occurredAt), 'GENERAL', nowMs, rules))
      seriousFinding = true;
  }
  const noShowTimes = counted.filter((e) => e.type === 'NO_SHOW').map((e) => toEpochMs(e.occurredAt));
  const noShowGeneral = noShowEscalations(noShowTimes, rules).some((at) =>
    severityInEffect(at, 'GENERAL', nowMs, rules),
  );
  if (noShowGeneral) seriousFinding = true;

  const factors: CreditFactor[] = [...tally.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, count]) => {
      const severity = kind === 'NO_SHOW' && noShowGeneral ? 'GENERAL' : SEVERITY[kind];
      const escalation =
        kind === 'NO_SHOW' && noShowGeneral
          ? `; ${rules.noShowEscalation.value.count} within ${rules.noShowEscalation.value.windowDays} days → GENERAL`
          : '';
      return {
        kind,
        points: count * points[kind],
        count,
        ...(severity ? { severity } : {}),
        explanation: `${count} × ${kind} at ${points[kind]} points${escalation} (${rules.creditPoints.source})`,
      };
    });

  let gradeCap: CreditGrade = 'A';
  const blacklists = counted.filter(
    (e): e is BlacklistEvent => e.type === 'WAGE_ARREARS_BLACKLISTED' && blacklistActive(e, nowMs, rules),
  );
  if (blacklists.length > 0) {
    seriousFinding = true;
    const raw = initial + factors.reduce((sum, f) => sum + f.points, 0);
    factors.push({
      kind: 'WAGE_ARREARS_BLACKLIST',
      points: Math.min(0, min - raw),
      count: blacklists.length,
      severity: 'SERIOUS',
      explanation: `active wage-arrears blacklisting floors the score to ${min} (${rules.wageArrearsBlacklist.source})`,
    });
  }
  const gradeC = counted.filter(
    (e) =>
      e.type === 'COMPLIANCE_GRADE_C' && severityInEffect(toEpochMs(e.occurredAt), 'GENERAL', nowMs, rules),
  );
  if (gradeC.length > 0) {
    seriousFinding = true;
    gradeCap = 'C';
    factors.push({
      kind: 'COMPLIANCE_GRADE_C',
      points: 0,
      count: gradeC.length,
      severity: 'GENERAL',
      explanation: 'labour-law integrity grade C caps the credit grade at C (E13; DOMAIN.md §3.7)',
    });
  }

  const score = Math.min(max, Math.max(min, initial + factors.reduce((sum, f) => sum + f.points, 0)));
  const grade = worseGrade(gradeOf(score, rules), gradeCap);
  const badges = badgesFor(subjectType, grade);
  return {
    score,
    grade,
    badges,
    factors,
    effects: {
      fastTrackEligible: subjectType === 'EMPLOYER' && grade === 'A' && !seriousFinding,
      autoMatchExcluded: subjectType === 'WORKER' && grade === 'D',
      manualReviewRequired: subjectType === 'EMPLOYER' && (grade === 'D' || blacklists.length > 0),
    },
  };
}
