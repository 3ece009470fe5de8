/**
 * Credit events as the engine reads them (DOMAIN.md §2.7 CreditEvent, §3.7).
 */
import type { Instant } from '../shared/time.js';

/** Whose credit is computed. */
export type CreditSubjectType = 'WORKER' | 'EMPLOYER' | 'PLATFORM';

interface EventBase {
  readonly id: string;
  readonly occurredAt: Instant;
  /** When a credit repair was approved (E12); the event stops counting from then. */
  readonly repairedAt?: Instant;
}

/** Events worth a fixed number of points (`creditPoints`). */
export interface PointEvent extends EventBase {
  readonly type:
    | 'ASSIGNMENT_COMPLETED'
    | 'NO_SHOW'
    | 'LATE_CANCELLATION'
    | 'ESCROW_AUTO_RELEASED'
    | 'DISPUTE_LOST_ON_PAY'
    | 'POSTING_TAKEN_DOWN';
}

/** A two-way rating received by the subject. */
export interface RatingEvent extends EventBase {
  readonly type: 'RATING';
  readonly stars: 1 | 2 | 3 | 4 | 5;
}

/** Listing on the national wage-arrears blacklist (E11). */
export interface BlacklistEvent extends EventBase {
  readonly type: 'WAGE_ARREARS_BLACKLISTED';
  /** Defaults to `occurredAt` + `wageArrearsBlacklist.listingYears`. */
  readonly expiresAt?: Instant;
  /** Early removal (E11: ≥ 6 months after correction); treated like a repair. */
  readonly removedAt?: Instant;
}

/** An annual labour-law integrity grade C (E13); caps the credit grade at C for a year. */
export interface ComplianceGradeCEvent extends EventBase {
  readonly type: 'COMPLIANCE_GRADE_C';
}

/** Any credit event. */
export type CreditEvent = PointEvent | RatingEvent | BlacklistEvent | ComplianceGradeCEvent;
