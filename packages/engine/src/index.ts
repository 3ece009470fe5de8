/**
 * @gigmarket/engine: the Gig Market Standard's business rules as pure functions. No I/O; every
 * function that depends on time takes the clock reading as an argument.
 */

// Credit.
export type { CreditEvent, CreditSubjectType } from './credit/events.js';
export { type CreditBadge, type CreditGrade, gradeOf } from './credit/grade.js';
export { type CreditFactor, type CreditProfile, computeCreditProfile } from './credit/profile.js';
// Ledger and escrow.
export { type AutoReleaseCandidate, autoReleaseAt, dueForAutoRelease } from './escrow/auto-release.js';

// Insurance.
export { ageOn } from './insurance/age.js';
export {
  injuryProtectionRate,
  type OipError,
  type OipIndustry,
  type OipMonthlyPremium,
  type OipRate,
  oipMonthlyPremium,
} from './insurance/occupational-injury.js';
export {
  type InsuranceProductPricing,
  type PremiumBasis,
  type PremiumQuote,
  type QuoteError,
  type QuotePremiumInput,
  quotePremium,
  type RiskClass,
} from './insurance/premium.js';
export { type AgeNotInsurable, sumInsuredForAge } from './insurance/sum-insured.js';
// Labour.
export {
  type BelowMinimumWage,
  checkMinimumWage,
  type MinimumWageCheck,
  type MinimumWageInput,
  type PostedPay,
  postedPayPerMinutes,
} from './labour/minimum-wage.js';
export { type AccountId, accountProblem, type PaymentProvider } from './ledger/accounts.js';
export { type CommissionBreakdown, computeCommission } from './ledger/commission.js';
export {
  type EscrowFlowError,
  fundEscrow,
  payOut,
  type ReleaseInput,
  refundEscrow,
  releaseEscrow,
  splitEscrow,
} from './ledger/escrow-flows.js';
export {
  balanceOf,
  EMPTY_LEDGER,
  type Ledger,
  type LedgerError,
  type LedgerLine,
  type LedgerTransaction,
  postTransaction,
} from './ledger/ledger.js';
export {
  type Availability,
  availabilityMiss,
  type JobSchedule,
  type TimeWindow,
} from './matching/availability.js';
// Matching. (TopK and the full-scan reference ranker are internal: tests and the benchmark use them.)
export { type GeoPoint, haversineMeters } from './matching/geo.js';
export { buildGeoIndex, type GeoIndex } from './matching/geo-index.js';
export { dailyPayFen, floorPerDayFen, type JobPay, type PayFloor, type PayUnit } from './matching/pay.js';
export { candidatesForJob, type RankedMatch, type RankOptions, rankJobsForWorker } from './matching/rank.js';
export { type MatchReason, scoreMatch } from './matching/reasons.js';
export {
  type MatchJob,
  type MatchPerspective,
  type MatchWorker,
  occupationMinorGroup,
} from './matching/score.js';
// Rules: defaults with sources, and regional overrides.
export { DEFAULT_RULES, RULE_KEYS } from './rules/defaults.js';
export { type RuleOverride, RuleOverrideError, resolveRules, validateOverrides } from './rules/resolve.js';
export type {
  AgeBand,
  CommissionTerms,
  CreditPointKind,
  CreditSeverity,
  HardshipCategory,
  IncomeTaxWithholding,
  InsurableRiskClass,
  MatchReasonKind,
  RatedOipIndustry,
  Rule,
  RuleBasis,
  RuleKey,
  RuleSet,
  RuleValues,
  TaxBracket,
} from './rules/types.js';
// Shared value helpers.
export type { EngineError, Result } from './shared/result.js';
export { applyBps, divideRoundHalfUp } from './shared/rounding.js';
export { formatShanghai, type Instant, shanghaiDate } from './shared/time.js';
// State machines (tables are generated from the spec's x-state-machine).
export {
  allowedActions,
  type InvalidTransition,
  type StateMachine,
  type StateTransition,
  statesOf,
  type TransitionResult,
  transition,
  validateMachine,
} from './state-machine/transition.js';
// Subsidies.
export {
  type AccidentSubsidyInput,
  accidentInsuranceSubsidy,
  type DailyCoverPurchase,
} from './subsidies/accident-insurance.js';
export { type EligibilityInput, eligibility } from './subsidies/eligibility.js';
export { type SocialInsuranceSubsidyInput, socialInsuranceSubsidy } from './subsidies/social-insurance.js';
export type { SubsidyKind, SubsidyLine } from './subsidies/subsidy-line.js';
// Tax.
export {
  cumulativeTaxFen,
  type TaxTreatment,
  taxTreatmentOf,
  type WithholdingInput,
  withholdingFen,
} from './tax/withholding.js';
