import { describe, expect, it } from 'vitest';
import { isRegionCode, isWithinRegion, provinceOf, regionCodeProblem, regionLevel } from './region-code.js';

describe('region code (GB/T 2260)', () => {
  it.each(['330110', '210200', '150100', '419001', '110000', '810000'])('accepts %s', (code) => {
    expect(isRegionCode(code)).toBe(true);
  });

  it.each([
    ['33011', /6 digits/],
    ['990110', /province prefix/],
    ['330010', /needs a prefecture/],
    ['33O110', /6 digits/],
  ])('rejects %s', (code, reason) => {
    expect(regionCodeProblem(code)).toMatch(reason);
  });

  it('knows levels and containment', () => {
    expect(regionLevel('330000')).toBe('PROVINCE');
    expect(regionLevel('330100')).toBe('PREFECTURE');
    expect(regionLevel('330110')).toBe('COUNTY');
    expect(provinceOf('330110')).toBe('330000');
    expect(isWithinRegion('330110', '330100')).toBe(true);
    expect(isWithinRegion('330110', '330000')).toBe(true);
    expect(isWithinRegion('330110', '210200')).toBe(false);
    expect(isWithinRegion('330110', '330110')).toBe(true);
  });
});
