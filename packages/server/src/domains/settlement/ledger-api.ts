import { and, eq, or, type SQL, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { notFound } from '../../http/problem.js';
import type { CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { listResource } from '../../operations/generic.js';
import { OLDEST_FIRST } from '../../store/list-order.js';
import { findVisible, visibleTo } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { accountBalance } from './ledger-store.js';

/** Ledger entries (记账凭证): written by the settlement rules only, never edited. */
export const ledgerEntries: ResourceDefinition = {
  type: 'LedgerEntry',
  // ledgerEntries.list: oldest first, so a running balance reads forwards
  listOrder: OLDEST_FIRST,
  prefix: 'led',
  label: 'ledger entry',
};

const touches = (accountId: string) =>
  sql`${objects.data}->'lines' @> ${JSON.stringify([{ accountId }])}::jsonb`;

/** `GET /ledger/entries`: by account, escrow and posting time, oldest first. */
export const ledgerEntriesList: CustomHandler = (ctx) => {
  const { accountId, from, to, ...rest } = ctx.query;
  const filters: SQL[] = [];
  if (typeof accountId === 'string') filters.push(touches(accountId));
  if (typeof from === 'string') filters.push(sql`${objects.createdAt} >= ${from}::timestamptz`);
  if (typeof to === 'string') filters.push(sql`${objects.createdAt} < ${to}::timestamptz`);
  return listResource({ ...ledgerEntries, listFilters: () => filters }, { ...ctx, query: rest });
};

const TYPES: Record<string, string> = {
  escrow: 'ESCROW',
  worker: 'WORKER',
  employer: 'EMPLOYER',
  platform: 'PLATFORM',
  tax: 'TAX',
  provider: 'PROVIDER',
};

/**
 * Whether the caller may read an account (docs/domains/settlement.md "Ledger"): its own platform
 * and tax accounts, the escrows it runs (or is a party to, for worker apps), workers and employers
 * it registered or whose money it moved; provider clearing accounts are for regulators only.
 */
async function mayRead(
  ctx: OperationContext,
  kind: string,
  owner: string,
  accountId: string,
): Promise<boolean> {
  if (ctx.visibility === 'all') return true;
  const tenantId = ctx.caller?.tenantId;
  if (kind === 'provider') return false;
  if (kind === 'platform' || kind === 'tax') return owner === tenantId;
  if (kind === 'escrow')
    return Boolean(await findVisible(ctx.tx, 'Escrow', owner, visibleTo(ctx.caller, ctx.visibility)));
  const registered = await findVisible(
    ctx.tx,
    kind === 'worker' ? 'Worker' : 'Employer',
    owner,
    visibleTo(ctx.caller, 'party'),
  );
  if (registered) return true;
  const [entry] = await ctx.tx
    .select({ id: objects.id })
    .from(objects)
    .where(
      and(eq(objects.type, 'LedgerEntry'), touches(accountId), visibleTo(ctx.caller, ctx.visibility) ?? or()),
    )
    .limit(1);
  return Boolean(entry);
}

/** `GET /ledger/balances/{accountId}`: the sum of the account's lines up to `asOf` (default now). */
export const ledgerBalancesGet: CustomHandler = async (ctx) => {
  const accountId = decodeURIComponent(String(ctx.path.accountId));
  const [kind = '', owner = ''] = accountId.split(':');
  if (!(await mayRead(ctx, kind, owner, accountId))) throw notFound('ledger account', accountId);
  const asOf = typeof ctx.query.asOf === 'string' ? ctx.query.asOf : ctx.now;
  const { balanceFen, lastEntryId } = await accountBalance(ctx, accountId, asOf);
  return { body: { accountId, accountType: TYPES[kind], balanceFen, asOf, lastEntryId } };
};
