/**
 * Ledger account names: `<kind>:<owner>`. Party accounts are keyed by their prefixed IDs; the
 * payment provider's clearing account stands for money outside the ledger and may go negative.
 */
import { isPrefixedId } from '@gigmarket/identifiers';

/** Licensed third-party payment providers (DOMAIN.md §2.5 `providerRef.provider`). */
export type PaymentProvider = 'WECHAT_PAY' | 'ALIPAY' | 'UNIONPAY' | 'BANK';

/** An account name such as `escrow:esc_…`, `worker:wkr_…`, `provider:WECHAT_PAY`, `tax:IIT`. */
export type AccountId =
  | `escrow:${string}`
  | `worker:${string}`
  | `employer:${string}`
  | `platform:${string}`
  | `provider:${PaymentProvider}`
  | `tax:${string}`;

const ID_PREFIX = { escrow: 'esc', worker: 'wkr', employer: 'emp', platform: 'ten' } as const;
const PROVIDERS: ReadonlySet<string> = new Set(['WECHAT_PAY', 'ALIPAY', 'UNIONPAY', 'BANK']);

/**
 * Why `account` is not a valid account name, or `null` when it is.
 * @example accountProblem('escrow:esc_01J2ZK6T3M8Q4R5S6T7V8W9X0Y') // null
 */
export function accountProblem(account: string): string | null {
  const colon = account.indexOf(':');
  const kind = account.slice(0, colon);
  const owner = account.slice(colon + 1);
  if (colon < 0) return `${account} has no kind: expected e.g. worker:wkr_01J2ZK6T3M8Q4R5S6T7V8W9X0Y`;
  if (kind === 'provider')
    return PROVIDERS.has(owner) ? null : `${owner} is not a payment provider (${[...PROVIDERS].join(', ')})`;
  if (kind === 'tax')
    return /^[A-Z][A-Z0-9_]*$/.test(owner) ? null : `tax account ${owner} must be UPPER_SNAKE, e.g. tax:IIT`;
  if (kind in ID_PREFIX) {
    const prefix = ID_PREFIX[kind as keyof typeof ID_PREFIX];
    return isPrefixedId(owner, prefix) ? null : `${kind} accounts need a ${prefix}_… ID, got ${owner}`;
  }
  return `unknown account kind ${kind}: use escrow, worker, employer, platform, provider or tax`;
}

/** Whether the account may hold a negative balance: only provider clearing accounts may. */
export function mayGoNegative(account: AccountId): boolean {
  return account.startsWith('provider:');
}

/** The withholding account used when none is named: individual income tax (E16). */
export const INCOME_TAX_ACCOUNT: AccountId = 'tax:IIT';
