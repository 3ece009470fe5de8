import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AccountId } from './accounts.js';
import { fundEscrow, payOut, refundEscrow, releaseEscrow, splitEscrow } from './escrow-flows.js';
import { balanceOf, EMPTY_LEDGER, type Ledger } from './ledger.js';

const ESCROWS = [
  'esc_01J2ZK6T3M8Q4R5S6T7V8W9X0A',
  'esc_01J2ZK6T3M8Q4R5S6T7V8W9X0B',
  'esc_01J2ZK6T3M8Q4R5S6T7V8W9X0C',
];
const WORKER = 'wkr_01J2ZK6T3M8Q4R5S6T7V8W9X0Y';
const EMPLOYER = 'emp_01J2ZK6T3M8Q4R5S6T7V8W9X0Y';
const TENANT = 'ten_01J2ZK6T3M8Q4R5S6T7V8W9X0Y';
const PLATFORM_TERMS = { rateBps: 1500, capBps: 2000, fixedFeeFen: 100 };

const unwrap = (r: { ok: boolean; value?: Ledger; error?: { message: string } }): Ledger => {
  if (!r.ok || !r.value) throw new Error(r.error?.message);
  return r.value;
};

describe('escrow flows', () => {
  it('funds, then releases net, commission and tax, emptying the escrow', () => {
    let ledger = unwrap(
      fundEscrow(EMPTY_LEDGER, { escrowId: ESCROWS[0] as string, provider: 'WECHAT_PAY', amountFen: 20_000 }),
    );
    ledger = unwrap(
      releaseEscrow(ledger, {
        escrowId: ESCROWS[0] as string,
        workerId: WORKER,
        tenantId: TENANT,
        commission: PLATFORM_TERMS,
        taxWithheldFen: 700,
      }),
    );
    expect(balanceOf(ledger, `escrow:${ESCROWS[0]}`)).toBe(0);
    expect(balanceOf(ledger, `platform:${TENANT}`)).toBe(3100);
    expect(balanceOf(ledger, 'tax:IIT')).toBe(700);
    expect(balanceOf(ledger, `worker:${WORKER}`)).toBe(16_200);
  });

  it('refuses to release an empty escrow or to split other than the balance', () => {
    expect(
      releaseEscrow(EMPTY_LEDGER, {
        escrowId: ESCROWS[0] as string,
        workerId: WORKER,
        tenantId: TENANT,
        commission: PLATFORM_TERMS,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOTHING_TO_MOVE' },
    });
    const funded = unwrap(
      fundEscrow(EMPTY_LEDGER, { escrowId: ESCROWS[0] as string, provider: 'ALIPAY', amountFen: 1000 }),
    );
    const split = {
      escrowId: ESCROWS[0] as string,
      workerId: WORKER,
      employerId: EMPLOYER,
      tenantId: TENANT,
      commission: PLATFORM_TERMS,
    };
    expect(splitEscrow(funded, { ...split, workerFen: 600, employerFen: 300 })).toMatchObject({
      ok: false,
      error: { code: 'SPLIT_MISMATCH' },
    });
    expect(
      refundEscrow(funded, { escrowId: ESCROWS[0] as string, employerId: EMPLOYER, amountFen: 1001 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NEGATIVE_BALANCE' },
    });
  });
});

type Op =
  | { kind: 'fund'; escrow: number; amountFen: number }
  | { kind: 'release'; escrow: number; taxFen: number }
  | { kind: 'refund'; escrow: number }
  | { kind: 'split'; escrow: number; workerShareBps: number }
  | { kind: 'payOut'; who: 'worker' | 'employer' | 'platform'; amountFen: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('fund' as const),
    escrow: fc.nat(2),
    amountFen: fc.integer({ min: 1, max: 1_000_000 }),
  }),
  fc.record({
    kind: fc.constant('release' as const),
    escrow: fc.nat(2),
    taxFen: fc.integer({ min: 0, max: 5000 }),
  }),
  fc.record({ kind: fc.constant('refund' as const), escrow: fc.nat(2) }),
  fc.record({
    kind: fc.constant('split' as const),
    escrow: fc.nat(2),
    workerShareBps: fc.integer({ min: 0, max: 10_000 }),
  }),
  fc.record({
    kind: fc.constant('payOut' as const),
    who: fc.constantFrom('worker' as const, 'employer' as const, 'platform' as const),
    amountFen: fc.integer({ min: 1, max: 500_000 }),
  }),
);

describe('ledger properties', () => {
  it('any sequence keeps Σ balances = 0, no negative party, and empties escrows it settles', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), (ops) => {
        let ledger = EMPTY_LEDGER;
        for (const op of ops) {
          const escrowId = ESCROWS[op.kind === 'payOut' ? 0 : op.escrow] as string;
          const escrow: AccountId = `escrow:${escrowId}`;
          const before = balanceOf(ledger, escrow);
          const result =
            op.kind === 'fund'
              ? fundEscrow(ledger, { escrowId, provider: 'WECHAT_PAY', amountFen: op.amountFen })
              : op.kind === 'release'
                ? releaseEscrow(ledger, {
                    escrowId,
                    workerId: WORKER,
                    tenantId: TENANT,
                    commission: PLATFORM_TERMS,
                    taxWithheldFen: op.taxFen,
                  })
                : op.kind === 'refund'
                  ? refundEscrow(ledger, { escrowId, employerId: EMPLOYER })
                  : op.kind === 'split'
                    ? splitEscrow(ledger, {
                        escrowId,
                        workerId: WORKER,
                        employerId: EMPLOYER,
                        tenantId: TENANT,
                        commission: PLATFORM_TERMS,
                        workerFen: Math.floor((before * op.workerShareBps) / 10_000),
                        employerFen: before - Math.floor((before * op.workerShareBps) / 10_000),
                      })
                    : payOut(ledger, {
                        account:
                          op.who === 'worker'
                            ? `worker:${WORKER}`
                            : op.who === 'employer'
                              ? `employer:${EMPLOYER}`
                              : `platform:${TENANT}`,
                        provider: 'WECHAT_PAY',
                        amountFen: op.amountFen,
                      });
          if (!result.ok) {
            expect(result.error.code).not.toBe('UNBALANCED');
            continue;
          }
          ledger = result.value;
          if (op.kind === 'release' || op.kind === 'refund' || op.kind === 'split')
            expect(balanceOf(ledger, escrow)).toBe(0);
          let sum = 0;
          for (const [account, balance] of ledger.balances) {
            sum += balance;
            if (!account.startsWith('provider:')) expect(balance).toBeGreaterThanOrEqual(0);
            expect(Number.isSafeInteger(balance)).toBe(true);
          }
          expect(sum).toBe(0);
        }
      }),
    );
  });
});
