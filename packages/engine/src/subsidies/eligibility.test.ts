import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import { eligibility } from './eligibility.js';

describe('eligibility', () => {
  it('lists both subsidies for a hard-to-employ rider with daily cover', () => {
    const lines = eligibility({
      hardshipCategories: ['SUBSISTENCE_ALLOWANCE_FAMILY'],
      age: 45,
      retirementAge: 60,
      purchases: [
        { coverageDate: '2025-07-01', premiumFen: 300 },
        { coverageDate: '2025-07-02', premiumFen: 300 },
      ],
      date: '2025-07-31',
      monthlyContributionAtMinimumBaseFen: 90_000,
      rules: DEFAULT_RULES,
    });
    expect(lines.map((l) => [l.kind, l.amountFen, l.durationMonths])).toEqual([
      ['ACCIDENT_INSURANCE', 200, null],
      ['SOCIAL_INSURANCE', 27_000, 36],
    ]);
    for (const line of lines) expect(line.source).toMatch(/seed 00[02]/);
  });

  it('returns nothing for a worker with no cover and no hardship', () => {
    expect(
      eligibility({
        hardshipCategories: [],
        age: 30,
        retirementAge: 60,
        purchases: [],
        date: '2025-07-31',
        rules: DEFAULT_RULES,
      }),
    ).toEqual([]);
  });
});
