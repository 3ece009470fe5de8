import {
  type AccountId,
  EMPTY_LEDGER,
  type EscrowFlowError,
  type Ledger,
  type Result,
} from '@gigmarket/engine';
import { sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ProblemError } from '../../http/problem.js';
import { insertObject } from '../../store/objects.js';
import type { Data } from './model.js';

/** The kinds of LedgerEntry (openapi LedgerEntry.kind). */
export type EntryKind = 'FUNDING' | 'RELEASE' | 'REFUND' | 'PAYOUT' | 'REFUND_PAYOUT';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/**
 * The balance of one ledger account up to `asOf` (all entries when omitted), summed from the stored
 * LedgerEntry lines, with the latest entry included.
 */
export async function accountBalance(
  ctx: OperationContext,
  accountId: string,
  asOf?: string,
): Promise<{ balanceFen: number; lastEntryId: string | null }> {
  const until = asOf ? sql`AND o.created_at <= ${asOf}::timestamptz` : sql``;
  const [sum] = rowsOf<{ balance: string | null }>(
    await ctx.tx.execute(sql`
      SELECT sum((l->>'amountFen')::bigint)::text AS balance
      FROM objects o, jsonb_array_elements(o.data->'lines') l
      WHERE o.type = 'LedgerEntry' AND l->>'accountId' = ${accountId} ${until}`),
  );
  const [last] = rowsOf<{ id: string }>(
    await ctx.tx.execute(sql`
      SELECT o.id FROM objects o
      WHERE o.type = 'LedgerEntry' ${until}
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(o.data->'lines') l WHERE l->>'accountId' = ${accountId})
      ORDER BY o.created_at DESC, o.id DESC LIMIT 1`),
  );
  return { balanceFen: Number(sum?.balance ?? 0), lastEntryId: last?.id ?? null };
}

/** An engine ledger holding the current balances of the accounts a flow will touch. */
async function ledgerOf(
  ctx: OperationContext,
  accounts: Record<string, number | undefined>,
): Promise<Ledger> {
  const balances = new Map<AccountId, number>();
  for (const [account, view] of Object.entries(accounts)) {
    balances.set(account as AccountId, view ?? (await accountBalance(ctx, account)).balanceFen);
  }
  return { balances, journal: EMPTY_LEDGER.journal };
}

/** `<object>:<step>`, or `<object>:<step>-<n>` when the step was posted before (e.g. a second release). */
async function nextTransactionId(ctx: OperationContext, objectId: string, step: string): Promise<string> {
  const base = `${objectId}:${step}`;
  const [row] = rowsOf<{ n: string }>(
    await ctx.tx.execute(sql`
      SELECT count(*)::text AS n FROM objects
      WHERE type = 'LedgerEntry' AND data->>'transactionId' ~ ${`^${base}(-[0-9]+)?$`}`),
  );
  const n = Number(row?.n ?? 0);
  return n === 0 ? base : `${base}-${n + 1}`;
}

export interface PostInput {
  kind: EntryKind;
  /** The object whose step this is (`esc_…`, `pay_…`); with `step` it forms the unique transactionId. */
  objectId: string;
  step: string;
  escrowId?: string | null;
  payoutId?: string | null;
  providerTransactionId?: string | null;
  /** The tenant running the escrow: owns the entry, and its `tax:` account receives withheld tax. */
  tenantId: string;
  partyTenantIds?: string[];
  /**
   * The accounts the flow reads, with a view balance where the flow must see less than the account
   * holds (a split of one allocation of a job escrow sees only that allocation's money).
   */
  accounts: Record<string, number | undefined>;
  /** Memos by account, e.g. the assignment a worker line pays. */
  memos?: Record<string, string>;
}

/**
 * Runs engine flows (fundEscrow, releaseEscrow, refundEscrow, splitEscrow, payOut) on the current
 * balances and stores what they posted as one LedgerEntry: the engine checks that the lines sum to
 * zero and that no non-provider balance goes negative. The engine's withholding account `tax:IIT`
 * becomes the running tenant's `tax:ten_…` account (openapi LedgerAccountId).
 */
export async function postEntry(
  ctx: OperationContext,
  input: PostInput,
  flow: (ledger: Ledger) => Result<Ledger, EscrowFlowError>,
): Promise<Data | null> {
  const before = await ledgerOf(ctx, input.accounts);
  const result = flow(before);
  if (!result.ok) {
    if (result.error.code === 'NOTHING_TO_MOVE') return null;
    throw new ProblemError(409, 'conflict', `The ledger refused the movement: ${result.error.message}`);
  }
  const sums = new Map<string, number>();
  for (const tx of result.value.journal) {
    for (const line of tx.lines) {
      const account = line.account === 'tax:IIT' ? `tax:${input.tenantId}` : line.account;
      sums.set(account, (sums.get(account) ?? 0) + line.amountFen);
    }
  }
  const lines = [...sums]
    .filter(([, amountFen]) => amountFen !== 0)
    .map(([accountId, amountFen]) => ({
      accountId,
      amountFen,
      ...(input.memos?.[accountId] ? { memo: input.memos[accountId].slice(0, 200) } : {}),
    }));
  if (lines.length < 2) return null;
  const transactionId = await nextTransactionId(ctx, input.objectId, input.step);
  const id = ctx.newId('led');
  const data = {
    id,
    transactionId,
    kind: input.kind,
    lines,
    escrowId: input.escrowId ?? null,
    payoutId: input.payoutId ?? null,
    providerTransactionId: input.providerTransactionId ?? null,
    reversesEntryId: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await insertObject(ctx.tx, {
    id,
    type: 'LedgerEntry',
    tenantId: input.tenantId,
    partyTenantIds: input.partyTenantIds ?? [],
    isPublic: false,
    status: null,
    data,
    internal: {},
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  return data;
}
