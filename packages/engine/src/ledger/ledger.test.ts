import { describe, expect, it } from 'vitest';
import { balanceOf, EMPTY_LEDGER, postTransaction } from './ledger.js';

const ESC = 'escrow:esc_01J2ZK6T3M8Q4R5S6T7V8W9X0Y' as const;
const WKR = 'worker:wkr_01J2ZK6T3M8Q4R5S6T7V8W9X0Y' as const;

describe('postTransaction', () => {
  it('posts balanced lines and keeps the old ledger untouched', () => {
    const result = postTransaction(EMPTY_LEDGER, [
      { account: 'provider:WECHAT_PAY', amountFen: -60_000 },
      { account: ESC, amountFen: 60_000 },
    ]);
    if (!result.ok) throw new Error(result.error.message);
    expect(balanceOf(result.value, ESC)).toBe(60_000);
    expect(balanceOf(result.value, 'provider:WECHAT_PAY')).toBe(-60_000);
    expect(balanceOf(EMPTY_LEDGER, ESC)).toBe(0);
    expect(result.value.journal).toHaveLength(1);
  });

  it.each([
    ['no lines', [], 'EMPTY_TRANSACTION'],
    [
      'lines that do not sum to zero',
      [
        { account: 'provider:ALIPAY', amountFen: -5 },
        { account: ESC, amountFen: 4 },
      ],
      'UNBALANCED',
    ],
    [
      'fractional fen',
      [
        { account: 'provider:ALIPAY', amountFen: -0.5 },
        { account: ESC, amountFen: 0.5 },
      ],
      'NON_INTEGER_AMOUNT',
    ],
    [
      'a party going negative',
      [
        { account: WKR, amountFen: -1 },
        { account: ESC, amountFen: 1 },
      ],
      'NEGATIVE_BALANCE',
    ],
    [
      'an unknown account kind',
      [
        { account: 'bank:x', amountFen: -1 },
        { account: ESC, amountFen: 1 },
      ],
      'INVALID_ACCOUNT',
    ],
    [
      'a malformed party ID',
      [
        { account: 'provider:BANK', amountFen: -1 },
        { account: 'worker:emp_1', amountFen: 1 },
      ],
      'INVALID_ACCOUNT',
    ],
  ] as const)('refuses %s', (_name, lines, code) => {
    // biome-ignore lint/suspicious/noExplicitAny: deliberately malformed input
    expect(postTransaction(EMPTY_LEDGER, lines as any)).toMatchObject({ ok: false, error: { code } });
  });
});
