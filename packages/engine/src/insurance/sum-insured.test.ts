import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import { sumInsuredForAge } from './sum-insured.js';

const table = DEFAULT_RULES.sumInsuredByAge.value;

describe('sumInsuredForAge', () => {
  it.each([
    [16, 100_000_000],
    [55, 100_000_000],
    [56, 60_000_000],
    [65, 40_000_000],
    [70, 20_000_000],
  ])('age %s → %s fen', (age, fen) => {
    expect(sumInsuredForAge(age, table)).toEqual({ ok: true, value: fen });
  });

  it('refuses ages outside every band', () => {
    expect(sumInsuredForAge(15, table)).toMatchObject({
      ok: false,
      error: { code: 'AGE_NOT_INSURABLE', age: 15 },
    });
    expect(sumInsuredForAge(71, table).ok).toBe(false);
  });

  it('never exceeds the maximum sum insured', () => {
    expect(sumInsuredForAge(30, table, 50_000_000)).toEqual({ ok: true, value: 50_000_000 });
  });
});
