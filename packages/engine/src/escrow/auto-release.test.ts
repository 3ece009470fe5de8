import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../rules/defaults.js';
import { resolveRules } from '../rules/resolve.js';
import { type AutoReleaseCandidate, autoReleaseAt, dueForAutoRelease } from './auto-release.js';

const rules = DEFAULT_RULES;

describe('autoReleaseAt', () => {
  it('adds 72 hours and renders +08:00', () => {
    expect(autoReleaseAt('2025-07-01T18:00:00+08:00', rules)).toBe('2025-07-04T18:00:00+08:00');
    expect(autoReleaseAt('2025-07-01T00:00:00Z', rules)).toBe('2025-07-04T08:00:00+08:00');
  });

  it('follows a regional override', () => {
    const local = resolveRules(
      rules,
      [
        {
          region: '350400',
          effectiveFrom: '2025-01-01',
          source: '三明',
          values: { escrowAutoReleaseHours: 24 },
        },
      ],
      {
        region: '350402',
        at: '2025-07-01',
      },
    );
    expect(autoReleaseAt('2025-07-01T18:00:00+08:00', local)).toBe('2025-07-02T18:00:00+08:00');
  });
});

describe('dueForAutoRelease', () => {
  const escrows: AutoReleaseCandidate[] = [
    { id: 'esc_b', status: 'HELD', completedAt: '2025-07-01T10:00:00+08:00' },
    { id: 'esc_a', status: 'HELD', completedAt: '2025-07-01T10:00:00+08:00' },
    { id: 'esc_early', status: 'HELD', completedAt: '2025-06-30T09:00:00+08:00' },
    { id: 'esc_disputed', status: 'HELD', completedAt: '2025-06-01T10:00:00+08:00', disputed: true },
    { id: 'esc_released', status: 'RELEASED', completedAt: '2025-06-01T10:00:00+08:00' },
    { id: 'esc_running', status: 'HELD' },
    {
      id: 'esc_stored',
      status: 'HELD',
      completedAt: '2025-07-01T10:00:00+08:00',
      autoReleaseAt: '2025-07-05T00:00:00+08:00',
    },
  ];

  it('lists held, undisputed escrows past their deadline, earliest first then by id', () => {
    expect(dueForAutoRelease(escrows, '2025-07-04T10:00:00+08:00', rules)).toEqual([
      { escrowId: 'esc_early', autoReleaseAt: '2025-07-03T09:00:00+08:00' },
      { escrowId: 'esc_a', autoReleaseAt: '2025-07-04T10:00:00+08:00' },
      { escrowId: 'esc_b', autoReleaseAt: '2025-07-04T10:00:00+08:00' },
    ]);
  });

  it('includes nothing one millisecond before the deadline', () => {
    expect(
      dueForAutoRelease(escrows.slice(0, 2), Date.parse('2025-07-04T10:00:00+08:00') - 1, rules),
    ).toEqual([]);
  });

  it('is monotonic in time: what is due stays due', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 24 }), fc.integer({ min: 0, max: 48 }), (h1, extra) => {
        const start = Date.parse('2025-06-28T00:00:00+08:00');
        const earlier = dueForAutoRelease(escrows, start + h1 * 3_600_000, rules).map((d) => d.escrowId);
        const later = dueForAutoRelease(escrows, start + (h1 + extra) * 3_600_000, rules).map(
          (d) => d.escrowId,
        );
        for (const id of earlier) expect(later).toContain(id);
      }),
    );
  });
});
