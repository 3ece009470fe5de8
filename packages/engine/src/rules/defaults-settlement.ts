/**
 * Default settlement, timer and dispute rules (DOMAIN.md §3.2, §3.3, §3.6, §4.4, §4.5).
 */
import type { Rule, RuleValues } from './types.js';

const SEED_002 = 'seed 002_903e68b5ab79832b.txt (free public gig-market services)';
const E14 = 'E14: 劳动争议调解仲裁法 art. 14, 27, 43';

/** Settlement and timer rules with their sources. */
export const SETTLEMENT_DEFAULTS: { readonly [K in SettlementKey]: Rule<RuleValues[K]> } = {
  // Wage protection: release to the worker if the employer neither confirms nor disputes.
  escrowAutoReleaseHours: {
    value: 72,
    source: 'DOMAIN.md §2.5 Escrow.autoReleaseAt, §3.2 (PROPOSAL; DOMAIN.md §7 q.5)',
    basis: 'PROPOSAL',
  },
  assignmentNoShowGraceMinutes: {
    value: 30,
    source: 'DOMAIN.md §3.2 (PROPOSAL grace after planned start before NO_SHOW)',
    basis: 'PROPOSAL',
  },
  ratingWindowDays: {
    value: 7,
    source: 'DOMAIN.md §2.7 Rating (PROPOSAL double-blind window; DOMAIN.md §7 q.5)',
    basis: 'PROPOSAL',
  },
  // E14 art. 14: mediation not concluded within 15 days → arbitration may be sought.
  mediationDays: { value: 15, source: `${E14}; DOMAIN.md §3.6, §4.5`, basis: 'SOURCED' },
  // E14 art. 27 (1-year limitation) and art. 43 (award in 45 days, extendable by 15).
  arbitration: {
    value: { limitationMonths: 12, awardDays: 45, awardExtensionDays: 15 },
    source: `${E14}; DOMAIN.md §4.5`,
    basis: 'SOURCED',
  },
  // Seed 002: public gig markets provide matching free of charge → no commission.
  commission: {
    value: { rateBps: 0, capBps: 0, fixedFeeFen: 0 },
    source: `${SEED_002}; E2; DOMAIN.md §2.5 CommissionRule, §4.4`,
    basis: 'SOURCED',
    note: 'Commercial platforms override with their published rate and cap (E17: 1800–3000 bps observed).',
  },
};

type SettlementKey =
  | 'escrowAutoReleaseHours'
  | 'assignmentNoShowGraceMinutes'
  | 'ratingWindowDays'
  | 'mediationDays'
  | 'arbitration'
  | 'commission';
