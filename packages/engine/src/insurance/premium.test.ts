import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import { quotePremium } from './premium.js';

const rules = DEFAULT_RULES;

describe('quotePremium', () => {
  it.each([
    [1, 400],
    [2, 560],
    [6, 1200],
  ] as const)('risk class %s costs %s fen per order by default (seed 001)', (riskClass, fen) => {
    const quote = quotePremium({ rules, riskClass, basis: 'PER_ORDER', orderCount: 1 });
    expect(quote).toMatchObject({ ok: true, value: { premiumFen: fen, unitPremiumFen: fen } });
  });

  it('multiplies by the order count (sample job, DOMAIN.md §5.3: 3 openings × 560)', () => {
    const quote = quotePremium({ rules, riskClass: 2, basis: 'PER_ORDER', orderCount: 3 });
    expect(quote.ok && quote.value.premiumFen).toBe(1680);
  });

  it('refuses UNINSURABLE with a typed error', () => {
    const quote = quotePremium({ rules, riskClass: 'UNINSURABLE', basis: 'PER_ORDER', orderCount: 1 });
    expect(quote).toMatchObject({ ok: false, error: { code: 'UNINSURABLE' } });
  });

  it('uses a product table on its own basis and rejects another basis', () => {
    const product = { premiumBasis: 'PER_DAY' as const, premiumTable: { 1: 300, 2: 300 } };
    expect(quotePremium({ product, riskClass: 2, basis: 'PER_DAY', days: 5 })).toMatchObject({
      ok: true,
      value: { premiumFen: 1500 },
    });
    expect(quotePremium({ product, riskClass: 2, basis: 'PER_ORDER', orderCount: 1 })).toMatchObject({
      ok: false,
      error: { code: 'BASIS_MISMATCH' },
    });
    expect(quotePremium({ product, riskClass: 5, basis: 'PER_DAY', days: 1 })).toMatchObject({
      ok: false,
      error: { code: 'RISK_CLASS_NOT_PRICED' },
    });
  });

  it('rejects zero or fractional quantities', () => {
    expect(quotePremium({ rules, riskClass: 1, basis: 'PER_ORDER', orderCount: 0 }).ok).toBe(false);
    expect(quotePremium({ rules, riskClass: 1, basis: 'PER_ORDER', orderCount: 1.5 }).ok).toBe(false);
  });

  it('is monotonic in the risk class for the default table', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 1000 }), (c, n) => {
        const lower = quotePremium({ rules, riskClass: c as 1, basis: 'PER_ORDER', orderCount: n });
        const higher = quotePremium({ rules, riskClass: (c + 1) as 2, basis: 'PER_ORDER', orderCount: n });
        expect(lower.ok && higher.ok && lower.value.premiumFen < higher.value.premiumFen).toBe(true);
      }),
    );
  });
});
