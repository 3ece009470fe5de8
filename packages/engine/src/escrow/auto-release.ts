/**
 * Wage protection: an escrow whose assignment was completed is released to the worker when the
 * employer neither confirms nor disputes within `escrowAutoReleaseHours` (DOMAIN.md §2.5, §3.3;
 * 72 h PROPOSAL). Background workers call {@link dueForAutoRelease} with the current time.
 */
import type { RuleSet } from '../rules/types.js';
import { formatShanghai, type Instant, toEpochMs } from '../shared/time.js';

const HOUR_MS = 60 * 60 * 1000;

/** What auto-release needs to know about an escrow. */
export interface AutoReleaseCandidate {
  readonly id: string;
  /** Escrow status (DOMAIN.md §3.3); only `HELD` escrows are released automatically. */
  readonly status: string;
  /** When the worker submitted completion (assignment COMPLETED_PENDING_CONFIRMATION). */
  readonly completedAt?: Instant;
  /** A stored deadline wins over one computed from `completedAt` (it was fixed under the rules of its day). */
  readonly autoReleaseAt?: Instant;
  /** An open dispute freezes the funds (DOMAIN.md §3.3). */
  readonly disputed?: boolean;
}

/**
 * The auto-release deadline for a completion time, as RFC 3339 with `+08:00`.
 * @example autoReleaseAt('2025-07-01T18:00:00+08:00', DEFAULT_RULES) // '2025-07-04T18:00:00+08:00'
 */
export function autoReleaseAt(completedAt: Instant, rules: RuleSet): string {
  return formatShanghai(toEpochMs(completedAt) + rules.escrowAutoReleaseHours.value * HOUR_MS);
}

/**
 * The escrows to release now: HELD, completed, not disputed, deadline reached; earliest deadline
 * first, then by id, so concurrent workers see the same order.
 * @example dueForAutoRelease(escrows, clock.now(), rules) // [{ escrowId: 'esc_…', autoReleaseAt: '…' }]
 */
export function dueForAutoRelease(
  escrows: readonly AutoReleaseCandidate[],
  now: Instant,
  rules: RuleSet,
): { readonly escrowId: string; readonly autoReleaseAt: string }[] {
  const nowMs = toEpochMs(now);
  const due: { escrowId: string; autoReleaseAt: string; atMs: number }[] = [];
  for (const escrow of escrows) {
    if (escrow.status !== 'HELD' || escrow.disputed) continue;
    const deadline =
      escrow.autoReleaseAt !== undefined
        ? formatShanghai(escrow.autoReleaseAt)
        : escrow.completedAt !== undefined
          ? autoReleaseAt(escrow.completedAt, rules)
          : undefined;
    if (deadline === undefined) continue;
    const atMs = toEpochMs(deadline);
    if (atMs <= nowMs) due.push({ escrowId: escrow.id, autoReleaseAt: deadline, atMs });
  }
  due.sort((a, b) => a.atMs - b.atMs || (a.escrowId < b.escrowId ? -1 : a.escrowId > b.escrowId ? 1 : 0));
  return due.map(({ escrowId, autoReleaseAt }) => ({ escrowId, autoReleaseAt }));
}
