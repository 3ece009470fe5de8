import { decodeTime } from 'ulid';
import { describe, expect, it } from 'vitest';
import { type IdGenerator, randomIds, seededIds } from './ids.js';

const SHAPE = /^job_[0-9A-HJKMNP-TV-Z]{26}$/;
const T = Date.parse('2025-07-01T01:00:00Z');
const take = (ids: IdGenerator, times: number[]) => times.map((t) => ids('job', t));

describe.each([
  ['randomIds()', () => randomIds()],
  ['seededIds(7)', () => seededIds(7)],
])('%s', (_name, make) => {
  it('makes prefixed ULIDs whose time part is the given instant', () => {
    const id = make()('job', T);
    expect(id).toMatch(SHAPE);
    expect(decodeTime(id.slice(4))).toBe(T);
  });

  it('is strictly increasing within a millisecond and when the clock goes back', () => {
    const ids = take(make(), [T, T, T, T - 5_000, T + 1, T + 1]);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    // A clock that went back keeps the later time, so order still follows creation.
    expect(decodeTime((ids[3] ?? '').slice(4))).toBe(T);
  });

  it('accepts the epoch itself but refuses instants that are not whole milliseconds', () => {
    expect(decodeTime(make()('job', 0).slice(4))).toBe(0);
    expect(() => make()('job', Number.NaN)).toThrow(RangeError);
    expect(() => make()('job', 1.5)).toThrow(RangeError);
    expect(() => make()('job', -1)).toThrow(RangeError);
  });
});

describe('seededIds', () => {
  it('gives the same ids for the same seed and calls, also at time 0', () => {
    const times = [0, 0, T, T, T + 1];
    expect(take(seededIds(7), times)).toEqual(take(seededIds(7), times));
  });

  it('gives different ids for another seed', () => {
    expect(take(seededIds(7), [T, T])).not.toEqual(take(seededIds(8), [T, T]));
  });
});

describe('randomIds', () => {
  it('gives different ids to two generators at the same instant', () => {
    expect(randomIds()('job', T)).not.toBe(randomIds()('job', T));
  });
});
