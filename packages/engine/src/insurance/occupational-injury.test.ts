import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import { injuryProtectionRate, oipMonthlyPremium } from './occupational-injury.js';

const rules = DEFAULT_RULES;

describe('injuryProtectionRate', () => {
  it.each([
    ['RIDE_HAILING', false, 1],
    ['RIDE_HAILING', true, 1],
    ['INSTANT_DELIVERY', false, 25],
    ['INSTANT_DELIVERY', true, 7],
    ['INTRA_CITY_FREIGHT', false, 18],
  ] as const)('%s first year %s → %s fen per order (E4)', (industry, firstYear, fen) => {
    expect(injuryProtectionRate({ industry, firstYear, rules })).toMatchObject({
      ok: true,
      value: { baseRateFen: fen },
    });
  });

  it('has no rate for OTHER', () => {
    expect(injuryProtectionRate({ industry: 'OTHER', firstYear: false, rules })).toMatchObject({
      ok: false,
      error: { code: 'OIP_INDUSTRY_NOT_RATED' },
    });
  });
});

describe('oipMonthlyPremium', () => {
  it('reproduces the DOMAIN.md §5.3 sample: 1,000,000 first-year delivery orders → 7,000,000 fen', () => {
    const result = oipMonthlyPremium({
      industry: 'INSTANT_DELIVERY',
      firstYear: true,
      orderCount: 1_000_000,
      floatBps: 0,
      rules,
    });
    expect(result).toMatchObject({ ok: true, value: { premiumFen: 7_000_000 } });
  });

  it.each([
    [3, 1000, 3], // 3 × 1.1 = 3.3 → 3
    [5, 1000, 6], // 5 × 1.1 = 5.5 → 6 (half-up)
    [5, -5000, 3], // 5 × 0.5 = 2.5 → 3
    [7, 5000, 11], // 7 × 1.5 = 10.5 → 11
  ])('ride hailing: %s orders with float %s bps → %s fen', (orderCount, floatBps, fen) => {
    const result = oipMonthlyPremium({
      industry: 'RIDE_HAILING',
      firstYear: false,
      orderCount,
      floatBps,
      rules,
    });
    expect(result).toMatchObject({ ok: true, value: { premiumFen: fen } });
  });

  it.each([500, 6000, -6000, 1.5])('rejects a float of %s bps', (floatBps) => {
    const result = oipMonthlyPremium({
      industry: 'RIDE_HAILING',
      firstYear: false,
      orderCount: 1,
      floatBps,
      rules,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'OIP_FLOAT_NOT_ALLOWED' } });
  });
});
