import { describe, expect, it } from 'vitest';
import { isUnifiedSocialCreditCode, regionFromUscc, usccCheckChar, usccProblem } from './uscc.js';

describe('Unified Social Credit Code (GB 32100)', () => {
  it.each([
    ['91330110MA2KXY3L2E', 'enterprise, Yuhang'],
    ['92330110MA2H4Q0B9L', '个体工商户'],
    ['52140121MJY277318L', '民办非企业, Qingxu'],
  ])('accepts %s (%s)', (code) => {
    expect(usccProblem(code)).toBeNull();
  });

  it.each([
    ['91330110MA2KXY3L2F', /should be E/],
    ['91350100M0001TGQXM', /check character/], // a genuine early pilot code that fails the checksum
    ['91330110MA2KXY3LIE', /without I, O, S, V, Z/],
    ['9133011OMA2KXY3L2E', /region code/],
    ['91330110MA2KXY3L2', /18 characters/],
  ])('rejects %s', (code, reason) => {
    expect(usccProblem(code)).toMatch(reason);
    expect(isUnifiedSocialCreditCode(code)).toBe(false);
  });

  it('detects every single-character substitution', () => {
    const valid = '91330110MA2KXY3L2E';
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    for (let pos = 0; pos < 17; pos++) {
      for (const c of charset) {
        if (c === valid[pos]) continue;
        const body = valid.slice(0, pos) + c + valid.slice(pos + 1, 17);
        expect(usccCheckChar(body), `position ${pos} → ${c}`).not.toBe('E');
      }
    }
  });

  it('reads the registering region', () => {
    expect(regionFromUscc('91330110MA2KXY3L2E')).toBe('330110');
  });
});
