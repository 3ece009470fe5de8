import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import { computeCommission } from './commission.js';

describe('computeCommission', () => {
  it('charges nothing under the public-market default (seed 002)', () => {
    expect(computeCommission(60_000, DEFAULT_RULES.commission.value)).toEqual({
      grossFen: 60_000,
      commissionFen: 0,
      netFen: 60_000,
      capped: false,
    });
  });

  it.each([
    [20_000, { rateBps: 1500, fixedFeeFen: 0 }, 3000, false],
    [333, { rateBps: 1500, fixedFeeFen: 0 }, 50, false], // 49.95 → 50 half-up
    [20_000, { rateBps: 2000, capBps: 1800, fixedFeeFen: 0 }, 3600, true],
    [20_000, { rateBps: 1000, capBps: 1800, fixedFeeFen: 500 }, 2500, false],
    [20_000, { rateBps: 1700, capBps: 1800, fixedFeeFen: 500 }, 3600, true],
    [333, { rateBps: 1800, capBps: 1800, fixedFeeFen: 0 }, 59, true], // 59.94: rate rounds to 60, cap floors to 59
    [100, { rateBps: 0, fixedFeeFen: 500 }, 100, true],
  ] as const)('%s fen at %o → %s fen', (gross, terms, commissionFen, capped) => {
    expect(computeCommission(gross, terms)).toMatchObject({
      commissionFen,
      netFen: gross - commissionFen,
      capped,
    });
  });

  it('never takes more than the cap or the gross', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (gross, rateBps, capBps, fixedFeeFen) => {
          const { commissionFen, netFen } = computeCommission(gross, { rateBps, capBps, fixedFeeFen });
          expect(commissionFen).toBeGreaterThanOrEqual(0);
          expect(commissionFen * 10_000).toBeLessThanOrEqual(gross * capBps);
          expect(commissionFen + netFen).toBe(gross);
        },
      ),
    );
  });
});
