/**
 * The shape of a rule set: every configurable number of the standard, each with the text it comes
 * from, so a city can check a default against its source and replace it with its own.
 */

/** Insurer occupational risk classes that can be insured (DOMAIN.md §2.2 `RiskClass`). */
export type InsurableRiskClass = 1 | 2 | 3 | 4 | 5 | 6;

/** Occupational-injury protection industries with a national base rate (E4). */
export type RatedOipIndustry = 'RIDE_HAILING' | 'INSTANT_DELIVERY' | 'INTRA_CITY_FREIGHT';

/** Hardship categories (DOMAIN.md §2.2 `HardshipCategory`). */
export type HardshipCategory =
  | 'HARD_TO_EMPLOY'
  | 'DISABLED_HARD_TO_EMPLOY'
  | 'GRADUATE_WITHIN_2Y'
  | 'ZERO_EMPLOYMENT_FAMILY'
  | 'SUBSISTENCE_ALLOWANCE_FAMILY'
  | 'SINGLE_PARENT'
  | 'MILITARY_SPOUSE'
  | 'ENTITLED_GROUP'
  | 'POVERTY_ALLEVIATED_FAMILY';

/** Credit severities (E12). */
export type CreditSeverity = 'MINOR' | 'GENERAL' | 'SERIOUS';

/** Factors a match score is made of. */
export type MatchReasonKind = 'SKILL' | 'DISTANCE' | 'PAY' | 'HOURS' | 'CREDIT';

/** A sum insured for workers aged `minAge`–`maxAge` inclusive. */
export interface AgeBand {
  readonly minAge: number;
  readonly maxAge: number;
  readonly sumInsuredFen: number;
}

/** Commission terms: a rate, a published cap and a fixed fee per order (E17). */
export interface CommissionTerms {
  readonly rateBps: number;
  /** Upper limit on the total commission as a share of gross; `undefined` = no published cap. */
  readonly capBps?: number;
  readonly fixedFeeFen: number;
}

/** One line of a progressive withholding table: up to `upToFen` (`null` = no upper end). */
export interface TaxBracket {
  readonly upToFen: number | null;
  readonly rateBps: number;
  readonly quickDeductionFen: number;
}

/** Cumulative individual income tax withholding by a paying platform (E16). */
export interface IncomeTaxWithholding {
  readonly expenseDeductionBps: number;
  readonly monthlyAllowanceFen: number;
  /** Ascending; the last line has `upToFen: null`. */
  readonly brackets: readonly TaxBracket[];
  /** Occupation code groups of exempt convenience labour (便民劳务), matched by prefix. */
  readonly exemptOccupationPrefixes: readonly string[];
}

/** The value type of every rule, by key. */
export interface RuleValues {
  accidentPremiumByRiskClassFen: Readonly<Record<InsurableRiskClass, number>>;
  maxSumInsuredFen: number;
  sumInsuredByAge: readonly AgeBand[];
  oipRates: Readonly<
    Record<RatedOipIndustry, { readonly baseRateFen: number; readonly firstYearRateFen?: number }>
  >;
  oipFloat: { readonly stepBps: number; readonly maxBps: number };
  accidentSubsidyModel: 'PER_COVERED_DAY' | 'SHARE_OF_PREMIUM';
  accidentSubsidyPerCoveredDay: { readonly perDayFen: number; readonly annualCapFen: number };
  accidentSubsidyShareOfPremium: { readonly shareBps: number; readonly annualCapFen: number };
  accidentSubsidyExcludesOipSubsidy: boolean;
  socialInsuranceSubsidyShareBps: Readonly<Partial<Record<HardshipCategory, number>>>;
  socialInsuranceSubsidyMonths: {
    readonly priorityCategories: number;
    readonly otherHardToEmploy: number;
    readonly otherHardToEmployWithinMonthsOfRetirement: number;
    readonly graduate: number;
    readonly graduateExtension: number;
    readonly graduateEligibleMonthsAfterLeaving: number;
  };
  socialInsuranceSubsidyNationalCap: {
    readonly maxShare: { readonly numerator: number; readonly denominator: number };
    readonly maxMonths: number;
  };
  socialInsuranceContributionAtMinimumBase: {
    readonly monthlyBaseFen: number;
    readonly rateBps: number;
  } | null;
  escrowAutoReleaseHours: number;
  assignmentNoShowGraceMinutes: number;
  ratingWindowDays: number;
  mediationDays: number;
  arbitration: {
    readonly limitationMonths: number;
    readonly awardDays: number;
    readonly awardExtensionDays: number;
  };
  commission: CommissionTerms;
  wageArrearsBlacklist: { readonly listingYears: number; readonly earlyRemovalAfterMonths: number };
  creditPublicationMonths: Readonly<
    Record<CreditSeverity, { readonly minMonths: number; readonly maxMonths: number }>
  >;
  creditScore: {
    readonly initial: number;
    readonly min: number;
    readonly max: number;
    readonly gradeMinimums: { readonly A: number; readonly B: number; readonly C: number };
  };
  creditPoints: Readonly<Record<CreditPointKind, number>>;
  noShowEscalation: { readonly count: number; readonly windowDays: number };
  lateCancellationHours: number;
  matchingWeights: Readonly<Record<MatchReasonKind, number>>;
  matchingRadiusM: number;
  matchingAssumedDailyHours: number;
  /** The local hourly minimum wage in fen; `null` until a region sets it. */
  minimumHourlyWageFen: number | null;
  incomeTaxWithholding: IncomeTaxWithholding;
}

/** Events that move a credit score by a fixed number of points (DOMAIN.md §3.7). */
export type CreditPointKind =
  | 'ASSIGNMENT_COMPLETED'
  | 'RATING_5'
  | 'RATING_4'
  | 'RATING_3'
  | 'RATING_2'
  | 'RATING_1'
  | 'NO_SHOW'
  | 'LATE_CANCELLATION'
  | 'ESCROW_AUTO_RELEASED'
  | 'DISPUTE_LOST_ON_PAY'
  | 'POSTING_TAKEN_DOWN';

/** A rule key. */
export type RuleKey = keyof RuleValues;

/**
 * How a value is grounded: `SOURCED` from a seed or external text, `DERIVED` computed from sourced
 * numbers, `PROPOSAL` a design choice awaiting the working group, `LOCAL` set by a regional override.
 */
export type RuleBasis = 'SOURCED' | 'DERIVED' | 'PROPOSAL' | 'LOCAL';

/** One rule: its value and where the value comes from. */
export interface Rule<T> {
  readonly value: T;
  /** Citation a reviewer can follow, e.g. `seed 001_5bd54558b86de4fa.txt (Sanming); DOMAIN.md §4.1`. */
  readonly source: string;
  readonly basis: RuleBasis;
  readonly note?: string;
  /** Present on `LOCAL` rules: the override's region and validity (inclusive business dates). */
  readonly scope?: { readonly region: string; readonly effectiveFrom: string; readonly effectiveTo?: string };
}

/** A complete rule set: one {@link Rule} per key. */
export type RuleSet = { readonly [K in RuleKey]: Rule<RuleValues[K]> };
