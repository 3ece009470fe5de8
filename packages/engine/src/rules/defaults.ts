/**
 * The national default rule set: every rule of DOMAIN.md §4 with its source.
 */
import { CREDIT_DEFAULTS } from './defaults-credit.js';
import { INSURANCE_DEFAULTS } from './defaults-insurance.js';
import { LABOUR_DEFAULTS } from './defaults-labour.js';
import { MATCHING_DEFAULTS } from './defaults-matching.js';
import { SETTLEMENT_DEFAULTS } from './defaults-settlement.js';
import { SUBSIDY_DEFAULTS } from './defaults-subsidies.js';
import type { RuleKey, RuleSet } from './types.js';

/**
 * The defaults a region starts from. Frozen: derive a regional set with `resolveRules`.
 * @example DEFAULT_RULES.escrowAutoReleaseHours // { value: 72, source: 'DOMAIN.md §2.5 …', basis: 'PROPOSAL' }
 */
export const DEFAULT_RULES: RuleSet = Object.freeze({
  ...INSURANCE_DEFAULTS,
  ...SUBSIDY_DEFAULTS,
  ...SETTLEMENT_DEFAULTS,
  ...CREDIT_DEFAULTS,
  ...MATCHING_DEFAULTS,
  ...LABOUR_DEFAULTS,
});

/** Every rule key, in a stable order. */
export const RULE_KEYS: readonly RuleKey[] = Object.freeze(Object.keys(DEFAULT_RULES) as RuleKey[]);
