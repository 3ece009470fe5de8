import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import { resolveRules } from '../rules/resolve.js';
import { cumulativeTaxFen, taxTreatmentOf, withholdingFen } from './withholding.js';

const RULE = DEFAULT_RULES.incomeTaxWithholding.value;

describe('taxTreatmentOf', () => {
  it.each([
    ['4-10-01-06', 'EXEMPT_CONVENIENCE_SERVICE'], // 家政服务员 (housekeeping)
    ['4-02-07-10', 'EXEMPT_CONVENIENCE_SERVICE'], // 网约配送员 (delivery)
    ['4-02-02-01', 'EXEMPT_CONVENIENCE_SERVICE'], // 道路运输 (transport)
    ['4-10', 'EXEMPT_CONVENIENCE_SERVICE'],
    ['4-100-01-01', 'CUMULATIVE_WITHHOLDING'], // a prefix match is by group, not by characters
    ['6-29-01-02', 'CUMULATIVE_WITHHOLDING'],
    [undefined, 'CUMULATIVE_WITHHOLDING'],
  ])('%s → %s', (code, expected) => {
    expect(taxTreatmentOf(code, RULE)).toBe(expected);
  });
});

describe('cumulativeTaxFen', () => {
  it.each([
    [0, 0],
    [-500, 0],
    [3_600_000, 108_000], // top of the 3% bracket
    [3_600_001, 108_000], // 10% − 2,520 yuan quick deduction joins continuously
    [5_000_000, 248_000],
    [100_000_000, 26_808_000], // 45% − 181,920 yuan
  ])('%i fen taxable → %i fen', (taxable, expected) => {
    expect(cumulativeTaxFen(taxable, RULE)).toBe(expected);
  });

  it('refuses an empty table instead of taxing nothing', () => {
    expect(() => cumulativeTaxFen(1000, { ...RULE, brackets: [] })).toThrow(/brackets is empty/);
  });
});

describe('withholdingFen', () => {
  it('withholds nothing below the expense deduction and the monthly allowance', () => {
    expect(
      withholdingFen({ earlierIncomeFen: 0, earlierWithheldFen: 0, incomeFen: 625_000, months: 1 }, RULE),
    ).toBe(0);
    expect(
      withholdingFen({ earlierIncomeFen: 0, earlierWithheldFen: 0, incomeFen: 625_002, months: 1 }, RULE),
    ).toBe(0);
  });

  it('taxes the cumulative income less what was withheld before', () => {
    const first = withholdingFen(
      { earlierIncomeFen: 0, earlierWithheldFen: 0, incomeFen: 1_000_000, months: 1 },
      RULE,
    );
    expect(first).toBe(9000); // (1,000,000 − 20% − 500,000) × 3%
    const second = withholdingFen(
      { earlierIncomeFen: 1_000_000, earlierWithheldFen: first, incomeFen: 1_000_000, months: 2 },
      RULE,
    );
    expect(second).toBe(9000); // (2,000,000 − 20% − 1,000,000) × 3% − 9,000
  });

  it('never refunds: a later month with more allowance gives 0, not a negative amount', () => {
    expect(
      withholdingFen(
        { earlierIncomeFen: 1_000_000, earlierWithheldFen: 9000, incomeFen: 1, months: 6 },
        RULE,
      ),
    ).toBe(0);
  });

  it('refuses a month count that is not a whole month from 1', () => {
    expect(() =>
      withholdingFen({ earlierIncomeFen: 0, earlierWithheldFen: 0, incomeFen: 1, months: 0 }, RULE),
    ).toThrow(RangeError);
  });

  it('follows a regional override of the rule', () => {
    const rules = resolveRules(
      DEFAULT_RULES,
      [
        {
          region: '330000',
          effectiveFrom: '2025-01-01',
          source: 'test',
          values: { incomeTaxWithholding: { ...RULE, monthlyAllowanceFen: 0 } },
        },
      ],
      { region: '330110', at: '2025-07-01' },
    );
    expect(
      withholdingFen(
        { earlierIncomeFen: 0, earlierWithheldFen: 0, incomeFen: 100_000, months: 1 },
        rules.incomeTaxWithholding.value,
      ),
    ).toBe(2400);
  });

  it('cites its source', () => {
    expect(DEFAULT_RULES.incomeTaxWithholding.source).toMatch(/E16/);
  });
});
