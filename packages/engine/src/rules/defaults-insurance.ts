/**
 * Default insurance and occupational-injury-protection rules (DOMAIN.md §4.1, §4.2).
 */
import type { Rule, RuleValues } from './types.js';

const SEED_001 =
  'seed 001_5bd54558b86de4fa.txt (MOHRSS bulletin 2024-04-28, Sanming per-order accident insurance)';
const E4 = 'E4: 人社部发〔2025〕24号 + 职业伤害保障办法(试行); Sichuan, Shandong notices, Shanxi draft';

/** Insurance rules with their sources. */
export const INSURANCE_DEFAULTS: { readonly [K in InsuranceKey]: Rule<RuleValues[K]> } = {
  // Seed 001: "4–12 yuan per order by risk class 1–6"; only the endpoints are sourced (DOMAIN.md §7 q.4).
  accidentPremiumByRiskClassFen: {
    value: { 1: 400, 2: 560, 3: 720, 4: 880, 5: 1040, 6: 1200 },
    source: `${SEED_001}; classes 2–5 linearly interpolated, DOMAIN.md §4.1`,
    basis: 'DERIVED',
    note: 'Endpoints 400 and 1200 fen are sourced; the steps of 160 fen between them are a PROPOSAL.',
  },
  // Seed 001: "最高可获100万元理赔金 (按年龄)".
  maxSumInsuredFen: { value: 100_000_000, source: `${SEED_001}; DOMAIN.md §4.1`, basis: 'SOURCED' },
  // The Sanming table by age is not public; these bands are a PROPOSAL shaped like insurers' tables.
  sumInsuredByAge: {
    value: [
      { minAge: 16, maxAge: 55, sumInsuredFen: 100_000_000 },
      { minAge: 56, maxAge: 60, sumInsuredFen: 60_000_000 },
      { minAge: 61, maxAge: 65, sumInsuredFen: 40_000_000 },
      { minAge: 66, maxAge: 70, sumInsuredFen: 20_000_000 },
    ],
    source: `${SEED_001} gives only the 1,000,000-yuan maximum "by age"; bands: DOMAIN.md §4.1 PROPOSAL`,
    basis: 'PROPOSAL',
    note: 'Ages outside every band are not insurable (quote refused). 16 = minimum working age.',
  },
  // E4: 出行 1 fen, 即时配送 25 fen (7 fen in the first year / first enrolment), 同城货运 18 fen per order.
  oipRates: {
    value: {
      RIDE_HAILING: { baseRateFen: 1 },
      INSTANT_DELIVERY: { baseRateFen: 25, firstYearRateFen: 7 },
      INTRA_CITY_FREIGHT: { baseRateFen: 18 },
    },
    source: `${E4}; DOMAIN.md §4.2`,
    basis: 'SOURCED',
  },
  // E4 (Shanxi draft): yearly float in 10% steps, at most ±50% of the industry base rate.
  oipFloat: {
    value: { stepBps: 1000, maxBps: 5000 },
    source: `${E4} (Shanxi draft); DOMAIN.md §4.2`,
    basis: 'SOURCED',
  },
};

type InsuranceKey =
  | 'accidentPremiumByRiskClassFen'
  | 'maxSumInsuredFen'
  | 'sumInsuredByAge'
  | 'oipRates'
  | 'oipFloat';
