import { describe, expect, it } from 'vitest';
import { ledgerProblems } from './ledger-audit.js';

const entry = (id: string, transactionId: string, lines: Array<[string, number]>) => ({
  id,
  transactionId,
  lines: lines.map(([accountId, amountFen]) => ({ accountId, amountFen })),
});
const funding = entry('led_1', 'esc_1:funding', [
  ['provider:WECHAT_PAY', -40000],
  ['escrow:esc_1', 40000],
]);
const release = (n: number) =>
  entry(`led_${n + 1}`, `esc_1:release-${n}`, [
    ['escrow:esc_1', -40000],
    ['worker:wkr_1', 40000],
  ]);

/** The audit the settlement race relies on must catch what a double release leaves behind. */
describe('ledgerProblems', () => {
  it('passes a sound ledger', () => {
    expect(ledgerProblems([funding, release(1)], ['esc_1'])).toEqual([]);
  });

  it('flags a second release of the same money, an unbalanced entry and a repeated transaction', () => {
    expect(ledgerProblems([funding, release(1), release(2)], ['esc_1'])).toEqual([
      'escrow:esc_1 at -40000 after led_3',
      'escrow:esc_1 holds -40000 after settlement',
    ]);
    const lopsided = entry('led_9', 'esc_1:fee', [
      ['escrow:esc_1', -100],
      ['platform:ten_1', 50],
    ]);
    expect(ledgerProblems([funding, lopsided])).toEqual(['led_9 sums to -50']);
    expect(ledgerProblems([funding, release(1), { ...release(1), id: 'led_7' }])).toContain(
      'esc_1:release-1 recorded twice',
    );
  });

  it('flags an escrow that still holds money after settlement', () => {
    expect(ledgerProblems([funding], ['esc_1'])).toEqual(['escrow:esc_1 holds 40000 after settlement']);
  });
});

describe('ledgerProblems on entries of one instant', () => {
  it('checks balances after the instant, since ids do not order entries posted in the same millisecond', () => {
    const at = '2025-07-04T10:00:00+08:00';
    const payout = {
      ...entry('led_0', 'pay_1:payout', [
        ['worker:wkr_1', -40000],
        ['provider:WECHAT_PAY', 40000],
      ]),
      createdAt: at,
    };
    expect(ledgerProblems([funding, payout, { ...release(1), createdAt: at }])).toEqual([]);
    expect(ledgerProblems([funding, payout, release(1)])).toEqual(['worker:wkr_1 at -40000 after led_0']);
  });
});
