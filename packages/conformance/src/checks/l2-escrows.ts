import { ensure } from '../context.js';
import { newEscrow } from '../fixtures/objects.js';
import { call, type Resource } from '../http/call.js';
import { stateMachine } from '../spec/spec.js';
import type { Check } from '../types.js';
import { refuseIllegal, step } from './walk.js';

const ESCROW = () => stateMachine('Escrow');

/** A provider transaction number of the WeChat Pay shape; fresh, since one payment funds one escrow. */
export const transactionId = () =>
  `42000${Array.from({ length: 23 }, () => Math.floor(Math.random() * 10)).join('')}`;

interface LedgerPage {
  data: Array<{ transactionId: string; lines: Array<{ accountId: string; amountFen: number }> }>;
}

/** Level 2: escrowed wages and the ledger (EscrowStatus, docs/domains/settlement.md). */
export const escrowChecks: Check[] = [
  {
    id: 'SET-ESC-001',
    level: 2,
    domain: 'settlement',
    severity: 'MUST',
    title: 'An escrow walks CREATED → FUNDED → HELD through escrows.fund and escrows.hold',
    spec: 'domains/settlement.md',
    run: async (ctx) => {
      const machine = ESCROW();
      let escrow = await newEscrow(ctx);
      ensure(escrow.status === 'CREATED', `escrows.create must answer CREATED, not ${escrow.status}.`);
      escrow = await step(ctx, machine, escrow, 'escrows.fund', { providerTransactionId: transactionId() });
      await ctx.once<Resource | undefined>('fundedEscrow', async () => escrow);
      await step(ctx, machine, escrow, 'escrows.hold', { reason: '订单开工，冻结工资' });
    },
  },
  {
    id: 'SET-ESC-002',
    level: 2,
    domain: 'settlement',
    severity: 'MUST',
    title: 'A funded escrow is refunded through escrows.refund into a declared state',
    spec: 'domains/settlement.md',
    run: async (ctx) => {
      const machine = ESCROW();
      let escrow = await newEscrow(ctx);
      escrow = await step(ctx, machine, escrow, 'escrows.fund', { providerTransactionId: transactionId() });
      await step(ctx, machine, escrow, 'escrows.refund', {
        reasonCode: 'JOB_CANCELLED',
        reason: '订单取消，退还雇主',
      });
    },
  },
  {
    id: 'SET-ESC-003',
    level: 2,
    domain: 'settlement',
    severity: 'MUST',
    title:
      'Releasing an unfunded escrow is refused 409 invalid-transition (allowedActions: fund) and changes nothing',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      await refuseIllegal(ctx, ESCROW(), await newEscrow(ctx), 'escrows.release', 'escrows.get');
    },
  },
  {
    id: 'SET-LED-001',
    level: 2,
    domain: 'settlement',
    severity: 'MUST',
    title: 'Funding writes balanced double-entry ledger lines (every transaction sums to zero)',
    spec: 'domains/settlement.md',
    run: async (ctx) => {
      const escrow = await ctx.once<Resource | undefined>('fundedEscrow', async () => undefined);
      if (!escrow) return ctx.skip('SET-ESC-001 did not fund an escrow.');
      const page = await call<LedgerPage>(ctx, 'ledgerEntries.list', {
        query: { escrowId: escrow.id, limit: 100 },
      });
      ensure(page.data.length > 0, `funding escrow ${escrow.id} wrote no ledger entry.`);
      for (const entry of page.data) {
        const sum = entry.lines.reduce((acc, line) => acc + line.amountFen, 0);
        ensure(
          sum === 0,
          `ledger transaction ${entry.transactionId} does not balance: its lines sum to ${sum} fen.`,
        );
      }
    },
  },
];
