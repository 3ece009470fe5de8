/** A ledger entry as `ledgerEntries.list` returns it (the fields the audit reads). */
export interface AuditedEntry {
  id: string;
  transactionId: string;
  createdAt?: string;
  lines: Array<{ accountId: string; amountFen: number }>;
}

/**
 * Everything wrong with a ledger, oldest entry first (empty when it is sound): an entry whose
 * lines do not sum to zero, a transaction id recorded twice (a money movement done twice), an
 * account other than a provider's going below zero at any point, and an escrow not back at zero.
 * Entries posted at the same instant have no order between them (two instances may post within
 * one millisecond, and ids only tie-break), so balances are checked after each instant, not each entry.
 *
 * @example
 * expect(ledgerProblems(entries, [escrowId])).toEqual([]);
 */
export function ledgerProblems(entries: AuditedEntry[], settledEscrowIds: string[] = []): string[] {
  const problems: string[] = [];
  const balances = new Map<string, number>();
  const seen = new Set<string>();
  const negative = new Set<string>();
  entries.forEach((entry, i) => {
    const sum = entry.lines.reduce((s, l) => s + l.amountFen, 0);
    if (sum !== 0) problems.push(`${entry.id} sums to ${sum}`);
    if (seen.has(entry.transactionId)) problems.push(`${entry.transactionId} recorded twice`);
    seen.add(entry.transactionId);
    for (const line of entry.lines)
      balances.set(line.accountId, (balances.get(line.accountId) ?? 0) + line.amountFen);
    const next = entries[i + 1];
    if (next && entry.createdAt !== undefined && next.createdAt === entry.createdAt) return;
    for (const [account, balance] of balances)
      if (balance < 0 && !account.startsWith('provider:') && !negative.has(account)) {
        negative.add(account);
        problems.push(`${account} at ${balance} after ${entry.id}`);
      }
  });
  for (const id of settledEscrowIds) {
    const left = balances.get(`escrow:${id}`) ?? 0;
    if (left !== 0) problems.push(`escrow:${id} holds ${left} after settlement`);
  }
  return problems;
}
