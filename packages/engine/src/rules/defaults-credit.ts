/**
 * Default credit rules (DOMAIN.md §3.7, §4.5). Legal periods are sourced; score points are PROPOSALS.
 */
import type { Rule, RuleValues } from './types.js';

const SECTION_3_7 = 'DOMAIN.md §3.7 (PROPOSAL score table)';
const E11 = 'E11: 拖欠农民工工资失信联合惩戒对象名单管理暂行办法';
const E12 = 'E12: 信用修复管理办法 (NDRC order No. 36, effective 2026-04-01)';

/** Credit rules with their sources. */
export const CREDIT_DEFAULTS: { readonly [K in CreditKey]: Rule<RuleValues[K]> } = {
  // E11: listed for 3 years; early removal possible 6 months after paying + credit commitment.
  wageArrearsBlacklist: {
    value: { listingYears: 3, earlyRemovalAfterMonths: 6 },
    source: `${E11}; DOMAIN.md §4.5`,
    basis: 'SOURCED',
  },
  // E12: minor ≤ 3 months; general 3–12 months; serious 12–36 months.
  creditPublicationMonths: {
    value: {
      MINOR: { minMonths: 0, maxMonths: 3 },
      GENERAL: { minMonths: 3, maxMonths: 12 },
      SERIOUS: { minMonths: 12, maxMonths: 36 },
    },
    source: `${E12}; DOMAIN.md §4.5`,
    basis: 'SOURCED',
  },
  creditScore: {
    value: { initial: 600, min: 0, max: 1000, gradeMinimums: { A: 750, B: 600, C: 450 } },
    source: SECTION_3_7,
    basis: 'PROPOSAL',
  },
  creditPoints: {
    value: {
      ASSIGNMENT_COMPLETED: 5,
      RATING_5: 5,
      RATING_4: 2,
      RATING_3: 0,
      RATING_2: -5,
      RATING_1: -10,
      NO_SHOW: -20,
      LATE_CANCELLATION: -15,
      ESCROW_AUTO_RELEASED: -10,
      DISPUTE_LOST_ON_PAY: -50,
      POSTING_TAKEN_DOWN: -80,
    },
    source: SECTION_3_7,
    basis: 'PROPOSAL',
  },
  noShowEscalation: {
    value: { count: 3, windowDays: 30 },
    source: `${SECTION_3_7}: 3 no-shows in 30 days → GENERAL`,
    basis: 'PROPOSAL',
  },
  lateCancellationHours: {
    value: 2,
    source: `${SECTION_3_7}: employer cancellation < 2 h before start`,
    basis: 'PROPOSAL',
  },
};

type CreditKey =
  | 'wageArrearsBlacklist'
  | 'creditPublicationMonths'
  | 'creditScore'
  | 'creditPoints'
  | 'noShowEscalation'
  | 'lateCancellationHours';
