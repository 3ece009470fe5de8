/**
 * Repeated no-shows escalate: `noShowEscalation.count` within `windowDays` turn MINOR into GENERAL
 * (DOMAIN.md §3.7, PROPOSAL), and the GENERAL finding stays in effect for the E12 publication period.
 */
import type { RuleSet } from '../rules/types.js';
import { addMonthsToDate, type Instant, shanghaiDate, toEpochMs } from '../shared/time.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instants at which the no-show pattern was reached (the n-th no-show within the window). */
export function noShowEscalations(noShowTimesMs: readonly number[], rules: RuleSet): number[] {
  const { count, windowDays } = rules.noShowEscalation.value;
  const times = [...noShowTimesMs].sort((a, b) => a - b);
  const escalations: number[] = [];
  for (let i = count - 1; i < times.length; i++) {
    const last = times[i] as number;
    if (last - (times[i - count + 1] as number) <= windowDays * DAY_MS) escalations.push(last);
  }
  return escalations;
}

/**
 * Whether a finding of `severity` made at `at` is still in effect at `now`: until its maximum
 * publication period ends (E12: general 12 months, serious 36 months).
 */
export function severityInEffect(
  atMs: number,
  severity: 'GENERAL' | 'SERIOUS',
  nowMs: number,
  rules: RuleSet,
): boolean {
  const until = addMonthsToDate(shanghaiDate(atMs), rules.creditPublicationMonths.value[severity].maxMonths);
  return atMs <= nowMs && shanghaiDate(nowMs) < until;
}

/** Whether a repair or removal time has taken effect by `now`. */
export function hasTakenEffect(at: Instant | undefined, nowMs: number): boolean {
  return at !== undefined && toEpochMs(at) <= nowMs;
}
