import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from './top-k.js';

describe('TopK', () => {
  it('keeps the k best, best first, like sorting everything', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 })),
        fc.integer({ min: 0, max: 12 }),
        (values, k) => {
          const top = new TopK<number>(k, (a, b) => a - b);
          for (const v of values) top.push(v);
          expect(top.sorted()).toEqual([...values].sort((a, b) => b - a).slice(0, k));
        },
      ),
    );
  });

  it('tells whether an item could still enter', () => {
    const top = new TopK<number>(2, (a, b) => a - b);
    top.push(5);
    top.push(7);
    expect(top.wouldAccept(4)).toBe(false);
    expect(top.wouldAccept(6)).toBe(true);
  });
});
