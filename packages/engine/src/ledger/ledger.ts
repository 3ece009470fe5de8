/**
 * An immutable double-entry ledger in integer fen. Every transaction's lines sum to zero, so the
 * sum of all balances is always zero; only provider clearing accounts may be negative.
 */
import { err, ok, type Result } from '../shared/result.js';
import { type AccountId, accountProblem, mayGoNegative } from './accounts.js';

/** One leg of a transaction: positive adds to the account's balance, negative takes from it. */
export interface LedgerLine {
  readonly account: AccountId;
  readonly amountFen: number;
}

/** A posted transaction. */
export interface LedgerTransaction {
  readonly memo: string;
  readonly lines: readonly LedgerLine[];
}

/** Balances and the journal that produced them. */
export interface Ledger {
  readonly balances: ReadonlyMap<AccountId, number>;
  readonly journal: readonly LedgerTransaction[];
}

/** Why a transaction was refused; the ledger is unchanged. */
export type LedgerError =
  | { readonly code: 'EMPTY_TRANSACTION'; readonly message: string }
  | { readonly code: 'INVALID_ACCOUNT'; readonly account: string; readonly message: string }
  | { readonly code: 'NON_INTEGER_AMOUNT'; readonly account: string; readonly message: string }
  | { readonly code: 'UNBALANCED'; readonly sumFen: number; readonly message: string }
  | {
      readonly code: 'NEGATIVE_BALANCE';
      readonly account: string;
      readonly balanceFen: number;
      readonly message: string;
    };

/** A ledger with no accounts. */
export const EMPTY_LEDGER: Ledger = Object.freeze({ balances: new Map(), journal: [] });

/** The balance of an account (0 when it has never moved). */
export function balanceOf(ledger: Ledger, account: AccountId): number {
  return ledger.balances.get(account) ?? 0;
}

/**
 * Posts a balanced transaction, returning a new ledger or the reason it was refused.
 * @example
 * postTransaction(EMPTY_LEDGER, [
 *   { account: 'provider:WECHAT_PAY', amountFen: -60000 },
 *   { account: 'escrow:esc_01J2ZK6T3M8Q4R5S6T7V8W9X0Y', amountFen: 60000 },
 * ], 'fund')
 */
export function postTransaction(
  ledger: Ledger,
  lines: readonly LedgerLine[],
  memo = '',
): Result<Ledger, LedgerError> {
  if (lines.length === 0)
    return err({
      code: 'EMPTY_TRANSACTION',
      message: 'A transaction needs at least two lines that sum to zero.',
    });
  let sum = 0;
  for (const { account, amountFen } of lines) {
    const problem = accountProblem(account);
    if (problem) return err({ code: 'INVALID_ACCOUNT', account, message: `Invalid account: ${problem}.` });
    if (!Number.isSafeInteger(amountFen) || amountFen === 0) {
      return err({
        code: 'NON_INTEGER_AMOUNT',
        account,
        message: `Amount for ${account} must be a non-zero integer number of fen, e.g. 15000; got ${amountFen}.`,
      });
    }
    sum += amountFen;
  }
  if (sum !== 0) {
    return err({
      code: 'UNBALANCED',
      sumFen: sum,
      message: `Lines must sum to 0 fen but sum to ${sum}; add the missing leg.`,
    });
  }
  const balances = new Map(ledger.balances);
  for (const { account, amountFen } of lines) balances.set(account, (balances.get(account) ?? 0) + amountFen);
  for (const { account } of lines) {
    const balanceFen = balances.get(account) ?? 0;
    if (balanceFen < 0 && !mayGoNegative(account)) {
      return err({
        code: 'NEGATIVE_BALANCE',
        account,
        balanceFen,
        message: `${account} would go to ${balanceFen} fen; only provider clearing accounts may be negative. Move less money.`,
      });
    }
  }
  return ok({ balances, journal: [...ledger.journal, { memo, lines }] });
}
