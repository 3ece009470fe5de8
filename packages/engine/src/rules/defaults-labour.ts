/**
 * Default labour and tax rules (DOMAIN.md §4.4): the part-time minimum wage and the individual
 * income tax a paying platform withholds.
 */
import type { Rule, RuleValues } from './types.js';

const E10 = 'E10: 劳动合同法 art. 68–72 (非全日制用工)';
const E16 = 'E16: 互联网平台企业涉税信息报送规定 (国务院令第810号) + 税务总局公告2025年第15号';

/** Labour and tax rules with their sources. */
export const LABOUR_DEFAULTS: { readonly [K in LabourKey]: Rule<RuleValues[K]> } = {
  // E10 (art. 72): part-time pay per hour must not be below the local hourly minimum wage. The
  // number is set by each province (最低工资标准); DOMAIN.md §4.4 has the rule but no national figure.
  minimumHourlyWageFen: {
    value: null,
    source: `${E10}; DOMAIN.md §2.4 JobPosting.pay, §4.4 "Part-time pay"`,
    basis: 'SOURCED',
    note: 'null = not configured: a region sets its hourly minimum wage in fen (e.g. 2130 for 21.30 yuan); until then nothing is checked.',
  },
  // E16: platforms withhold by the cumulative method with a 20% expense deduction and a 5,000 yuan
  // monthly allowance; convenience labour (便民劳务: delivery, transport, housekeeping) is exempt.
  incomeTaxWithholding: {
    value: {
      expenseDeductionBps: 2000,
      monthlyAllowanceFen: 500_000,
      // 个人所得税预扣率表一 (cumulative withholding table, 税务总局公告2018年第61号), which the
      // cumulative method of E16 applies; DOMAIN.md §4.4 names the method but not the table.
      brackets: [
        { upToFen: 3_600_000, rateBps: 300, quickDeductionFen: 0 },
        { upToFen: 14_400_000, rateBps: 1000, quickDeductionFen: 252_000 },
        { upToFen: 30_000_000, rateBps: 2000, quickDeductionFen: 1_692_000 },
        { upToFen: 42_000_000, rateBps: 2500, quickDeductionFen: 3_192_000 },
        { upToFen: 66_000_000, rateBps: 3000, quickDeductionFen: 5_292_000 },
        { upToFen: 96_000_000, rateBps: 3500, quickDeductionFen: 8_592_000 },
        { upToFen: null, rateBps: 4500, quickDeductionFen: 18_192_000 },
      ],
      // GB/T 6565 (2015) groups of the exempt services: 4-10 居民生活服务 (housekeeping),
      // 4-02-02 道路运输 (transport), 4-02-07 邮政和快递 (delivery).
      exemptOccupationPrefixes: ['4-10', '4-02-02', '4-02-07'],
    },
    source: `${E16}; DOMAIN.md §4.4 "Tax reporting by platforms"`,
    basis: 'SOURCED',
    note: 'The bracket table is the national cumulative withholding table, not a number of DOMAIN.md; the exempt occupation groups are DERIVED from "配送/运输/家政".',
  },
};

type LabourKey = 'minimumHourlyWageFen' | 'incomeTaxWithholding';
