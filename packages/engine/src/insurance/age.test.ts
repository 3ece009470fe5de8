import { describe, expect, it } from 'vitest';
import { ageOn } from './age.js';

describe('ageOn', () => {
  it.each([
    ['1990-03-07', '2025-03-06', 34],
    ['1990-03-07', '2025-03-07', 35],
    ['1990-03-07', '2025-03-06T16:00:00Z', 35], // 00:00 on 7 March in Shanghai
    ['1990-03-07', '2025-03-06T15:59:59Z', 34],
    ['2000-02-29', '2023-02-28', 22],
    ['2000-02-29', '2023-03-01', 23],
    ['2000-02-29', '2024-02-29', 24],
  ])('born %s, on %s → %s', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it('rejects impossible dates and dates before birth', () => {
    expect(() => ageOn('1990-02-30', '2025-01-01')).toThrow(/calendar date/);
    expect(() => ageOn('2030-01-01', '2025-01-01')).toThrow(/after/);
  });
});
