/**
 * Default matching rules (DOMAIN.md §2.4 Match). All are PROPOSALS: no source fixes weights.
 */
import type { Rule, RuleValues } from './types.js';

/** Matching rules with their sources. */
export const MATCHING_DEFAULTS: { readonly [K in MatchingKey]: Rule<RuleValues[K]> } = {
  // Seed 000 matches on skills, pay, location and hours tags; the split of 100 points is a PROPOSAL.
  matchingWeights: {
    value: { SKILL: 35, DISTANCE: 25, PAY: 20, HOURS: 10, CREDIT: 10 },
    source: 'seed 000_6b09a587d41c8eb9.txt (tag matching: skills, pay, location, hours); weights PROPOSAL',
    basis: 'PROPOSAL',
  },
  // Seed 001 "15分钟灵活就业圈": ≈ 15 minutes by e-bike.
  matchingRadiusM: {
    value: 5000,
    source: 'seed 001_5bd54558b86de4fa.txt ("15分钟灵活就业圈"); 5 km ≈ 15 min by e-bike, PROPOSAL',
    basis: 'PROPOSAL',
  },
  matchingAssumedDailyHours: {
    value: 8,
    source: 'PROPOSAL: hours per day used to compare hourly pay with a daily pay floor when a job omits them',
    basis: 'PROPOSAL',
  },
};

type MatchingKey = 'matchingWeights' | 'matchingRadiusM' | 'matchingAssumedDailyHours';
