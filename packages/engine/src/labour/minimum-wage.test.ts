import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import { resolveRules } from '../rules/resolve.js';
import { checkMinimumWage, type MinimumWageInput, postedPayPerMinutes } from './minimum-wage.js';

const PART_TIME = 'PART_TIME_LABOUR';

interface TestCase {
  name: string;
  input: MinimumWageInput;
  expected: { ok: true; checked: boolean } | { ok: false; hourlyFen: number };
}

const CASES: TestCase[] = [
  {
    name: 'exactly the minimum passes',
    input: { employmentForm: PART_TIME, payFen: 8520, minutes: 240, minimumHourlyWageFen: 2130 },
    expected: { ok: true, checked: true },
  },
  {
    name: 'one fen under the minimum over 4 hours fails',
    input: { employmentForm: PART_TIME, payFen: 8519, minutes: 240, minimumHourlyWageFen: 2130 },
    expected: { ok: false, hourlyFen: 2129 },
  },
  {
    name: 'odd minutes compare exactly (90 min at 3194 fen is 2129.3 an hour)',
    input: { employmentForm: PART_TIME, payFen: 3194, minutes: 90, minimumHourlyWageFen: 2130 },
    expected: { ok: false, hourlyFen: 2129 },
  },
  {
    name: 'the rule is about part-time labour only',
    input: { employmentForm: 'FLEXIBLE_GIG', payFen: 100, minutes: 240, minimumHourlyWageFen: 2130 },
    expected: { ok: true, checked: false },
  },
  {
    name: 'no regional minimum configured: nothing to check',
    input: { employmentForm: PART_TIME, payFen: 100, minutes: 240, minimumHourlyWageFen: null },
    expected: { ok: true, checked: false },
  },
  {
    name: 'no working time: nothing to divide by',
    input: { employmentForm: PART_TIME, payFen: 100, minutes: 0, minimumHourlyWageFen: 2130 },
    expected: { ok: true, checked: false },
  },
];

describe('checkMinimumWage', () => {
  it.each(CASES)('$name', ({ input, expected }) => {
    const result = checkMinimumWage(input);
    if (expected.ok) expect(result).toEqual({ ok: true, value: { checked: expected.checked } });
    else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({
        code: 'BELOW_MINIMUM_WAGE',
        hourlyFen: expected.hourlyFen,
        minimumHourlyWageFen: input.minimumHourlyWageFen,
      });
      expect(result.error.message).toMatch(/劳动合同法 art\. 72, E10/);
      expect(result.error.message).toMatch(/Raise the pay to at least \d+ fen/);
    }
  });
});

describe('postedPayPerMinutes', () => {
  it.each([
    [
      { unit: 'PER_HOUR', rateFen: 2500 },
      { payFen: 2500, minutes: 60 },
    ],
    [
      { unit: 'PER_DAY', rateFen: 10000, dailyHours: 4 },
      { payFen: 10000, minutes: 240 },
    ],
    [
      { unit: 'PER_DAY', rateFen: 10000, dailyHours: 3.5 },
      { payFen: 10000, minutes: 210 },
    ],
    [{ unit: 'PER_DAY', rateFen: 10000 }, null],
    [{ unit: 'PER_PIECE', rateFen: 50 }, null],
    [{ unit: 'PER_MONTH', rateFen: 300000 }, null],
  ])('%j → %j', (pay, expected) => {
    expect(postedPayPerMinutes(pay)).toEqual(expected);
  });
});

describe('minimumHourlyWageFen rule', () => {
  it('has no national default and cites its source', () => {
    expect(DEFAULT_RULES.minimumHourlyWageFen.value).toBeNull();
    expect(DEFAULT_RULES.minimumHourlyWageFen.source).toMatch(/E10/);
  });

  it('is set by a region and applies inside it only', () => {
    const overrides = [
      {
        region: '140000',
        effectiveFrom: '2023-01-01',
        source: '晋政发〔2023〕',
        values: { minimumHourlyWageFen: 2130 },
      },
    ];
    expect(
      resolveRules(DEFAULT_RULES, overrides, { region: '140121', at: '2025-07-01' }).minimumHourlyWageFen
        .value,
    ).toBe(2130);
    expect(
      resolveRules(DEFAULT_RULES, overrides, { region: '330110', at: '2025-07-01' }).minimumHourlyWageFen
        .value,
    ).toBeNull();
  });

  it('refuses an override of the wrong kind', () => {
    const bad = [
      {
        region: '140000',
        effectiveFrom: '2023-01-01',
        source: 'x',
        values: { minimumHourlyWageFen: '21.30' },
      },
    ];
    expect(() => resolveRules(DEFAULT_RULES, bad as never, { region: '140121', at: '2025-07-01' })).toThrow(
      /minimumHourlyWageFen/,
    );
  });
});
