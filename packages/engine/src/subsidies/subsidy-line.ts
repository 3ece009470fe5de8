/**
 * The shape every subsidy computation returns: one line item per subsidy, rounded half-up to fen
 * at the end, with the formula inputs and the source that grants it.
 */

/** Subsidy kinds computed by the engine (DOMAIN.md §2.6 `Subsidy.kind`). */
export type SubsidyKind = 'ACCIDENT_INSURANCE' | 'SOCIAL_INSURANCE';

/** One subsidy a worker is eligible for. */
export interface SubsidyLine {
  readonly kind: SubsidyKind;
  /** Amount due: per month for `SOCIAL_INSURANCE`, for the policy year so far for `ACCIDENT_INSURANCE`. */
  readonly amountFen: number;
  readonly amountPer: 'MONTH' | 'POLICY_YEAR';
  /** The ceiling `amountFen` was held to: the annual cap, or 2/3 of the monthly contribution (E6). */
  readonly capFen: number;
  /** How many months the subsidy may be paid; `null` when it is not time-limited (accident, per year). */
  readonly durationMonths: number | null;
  /** The formula with its inputs, for the applicant and the reviewer. */
  readonly basis: string;
  readonly source: string;
}
