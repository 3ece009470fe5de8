import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import { resolveRules } from '../rules/resolve.js';
import { accidentInsuranceSubsidy, type DailyCoverPurchase } from './accident-insurance.js';

const rules = DEFAULT_RULES;
const days = (n: number, premiumFen = 300): DailyCoverPurchase[] =>
  Array.from({ length: n }, (_, i) => ({
    coverageDate: new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10),
    premiumFen,
  }));

describe('accidentInsuranceSubsidy — per covered day (seed 000)', () => {
  it('pays 100 fen per covered day', () => {
    expect(accidentInsuranceSubsidy({ purchases: days(30), date: '2025-12-31', rules })).toMatchObject({
      amountFen: 3000,
      capFen: 36_000,
      amountPer: 'POLICY_YEAR',
    });
  });

  it('counts a day once however many policies cover it', () => {
    const purchases = [...days(2), ...days(2)];
    expect(accidentInsuranceSubsidy({ purchases, date: '2025-12-31', rules })?.amountFen).toBe(200);
  });

  it('stops at the 36,000 fen annual cap and subtracts what was paid', () => {
    expect(accidentInsuranceSubsidy({ purchases: days(365), date: '2025-12-31', rules })?.amountFen).toBe(
      36_000,
    );
    const rest = accidentInsuranceSubsidy({
      purchases: days(365),
      date: '2025-12-31',
      paidThisYearFen: 35_000,
      rules,
    });
    expect(rest?.amountFen).toBe(1000);
    expect(
      accidentInsuranceSubsidy({ purchases: days(365), date: '2025-12-31', paidThisYearFen: 36_000, rules }),
    ).toBeNull();
  });

  it('ignores cover outside the policy year to date', () => {
    expect(accidentInsuranceSubsidy({ purchases: days(40), date: '2025-01-10', rules })?.amountFen).toBe(
      1000,
    );
    expect(accidentInsuranceSubsidy({ purchases: days(10), date: '2026-03-01', rules })).toBeNull();
  });

  it('is not combined with an OIP subsidy (E5)', () => {
    expect(
      accidentInsuranceSubsidy({ purchases: days(5), date: '2025-12-31', receivesOipSubsidy: true, rules }),
    ).toBeNull();
  });
});

describe('accidentInsuranceSubsidy — 50% of premium (E5)', () => {
  const jinan = resolveRules(
    DEFAULT_RULES,
    [
      {
        region: '370100',
        effectiveFrom: '2025-01-01',
        source: '济南 notice',
        values: { accidentSubsidyModel: 'SHARE_OF_PREMIUM' },
      },
    ],
    { region: '370102', at: '2025-06-30' },
  );

  it('pays half the premiums, rounded half-up', () => {
    expect(
      accidentInsuranceSubsidy({ purchases: days(1, 333), date: '2025-06-30', rules: jinan })?.amountFen,
    ).toBe(167);
  });

  it('stops at 10,000 fen a year', () => {
    expect(
      accidentInsuranceSubsidy({ purchases: days(100, 300), date: '2025-06-30', rules: jinan }),
    ).toMatchObject({
      amountFen: 10_000,
      capFen: 10_000,
    });
  });
});
