import { describe, expect, it } from 'vitest';
import { escrowsRelease } from '../__test__/descriptors.js';
import { buildQueryString, expandPath } from './url.js';

describe('expandPath', () => {
  it('percent-encodes each value', () => {
    expect(expandPath(escrowsRelease, { escrowId: 'esc_1' })).toBe('/escrows/esc_1/release');
    expect(expandPath(escrowsRelease, { escrowId: '../jobs?x=1#' })).toBe(
      '/escrows/..%2Fjobs%3Fx%3D1%23/release',
    );
  });

  it('throws for a missing or empty value, naming it', () => {
    expect(() => expandPath(escrowsRelease, {})).toThrow(
      "escrows.release needs the path parameter 'escrowId'",
    );
    expect(() => expandPath(escrowsRelease, { escrowId: '' })).toThrow(TypeError);
  });
});

describe('buildQueryString', () => {
  it.each([
    [{}, ''],
    [{ limit: 20 }, '?limit=20'],
    [{ status: ['OPEN', 'PAUSED'] }, '?status=OPEN,PAUSED'],
    [{ status: [] }, ''],
    [{ q: '杭州 搬运', cursor: undefined, region: null }, '?q=%E6%9D%AD%E5%B7%9E%20%E6%90%AC%E8%BF%90'],
    [{ tags: ['a,b', 'c'] }, '?tags=a%2Cb,c'],
    [
      { updatedSince: new Date('2026-07-01T00:00:00Z'), remote: false },
      '?updatedSince=2026-07-01T00%3A00%3A00.000Z&remote=false',
    ],
  ])('%j → %s', (query, expected) => {
    expect(buildQueryString(query)).toBe(expected);
  });
});
