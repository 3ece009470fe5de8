/**
 * The escrow money flows of DOMAIN.md §3.3 as ledger transactions: fund (provider → escrow),
 * release (escrow → worker net, platform commission, tax withheld), refund (escrow → employer),
 * split (dispute outcome) and pay-out (party → provider).
 */
import type { CommissionTerms } from '../rules/types.js';
import { err, type Result } from '../shared/result.js';
import { type AccountId, INCOME_TAX_ACCOUNT, type PaymentProvider } from './accounts.js';
import { computeCommission } from './commission.js';
import { balanceOf, type Ledger, type LedgerError, type LedgerLine, postTransaction } from './ledger.js';

/** Why a flow was refused (in addition to the ledger's own errors). */
export type EscrowFlowError =
  | LedgerError
  | { readonly code: 'NOTHING_TO_MOVE'; readonly message: string }
  | { readonly code: 'SPLIT_MISMATCH'; readonly message: string }
  | { readonly code: 'TAX_EXCEEDS_NET'; readonly message: string };

const escrowAccount = (escrowId: string): AccountId => `escrow:${escrowId}`;
const nonZero = (lines: LedgerLine[]) => lines.filter((line) => line.amountFen !== 0);

/** Money arrives from the payment provider into the escrow (employer pays). */
export function fundEscrow(
  ledger: Ledger,
  input: { readonly escrowId: string; readonly provider: PaymentProvider; readonly amountFen: number },
): Result<Ledger, EscrowFlowError> {
  return postTransaction(
    ledger,
    [
      { account: `provider:${input.provider}`, amountFen: -input.amountFen },
      { account: escrowAccount(input.escrowId), amountFen: input.amountFen },
    ],
    `fund ${input.escrowId}`,
  );
}

/** Pays `grossFen` out of an escrow to a worker, less commission and withheld tax. */
function payWorker(
  escrowId: string,
  grossFen: number,
  to: { workerId: string; tenantId: string; commission: CommissionTerms; taxWithheldFen?: number },
): Result<LedgerLine[], EscrowFlowError> {
  const { commissionFen, netFen } = computeCommission(grossFen, to.commission);
  const taxFen = to.taxWithheldFen ?? 0;
  if (taxFen > netFen)
    return err({
      code: 'TAX_EXCEEDS_NET',
      message: `Tax withheld ${taxFen} fen exceeds the net wage ${netFen} fen.`,
    });
  return {
    ok: true,
    value: [
      { account: escrowAccount(escrowId), amountFen: -grossFen },
      { account: `worker:${to.workerId}`, amountFen: netFen - taxFen },
      { account: `platform:${to.tenantId}`, amountFen: commissionFen },
      { account: INCOME_TAX_ACCOUNT, amountFen: taxFen },
    ],
  };
}

/** Input of {@link releaseEscrow}. `amountFen` defaults to the whole escrow balance. */
export interface ReleaseInput {
  readonly escrowId: string;
  readonly workerId: string;
  readonly tenantId: string;
  readonly commission: CommissionTerms;
  readonly taxWithheldFen?: number;
  readonly amountFen?: number;
}

/**
 * Releases the escrow to the worker (net), the platform (commission) and the tax account.
 * @example releaseEscrow(ledger, { escrowId, workerId, tenantId, commission: rules.commission.value })
 */
export function releaseEscrow(ledger: Ledger, input: ReleaseInput): Result<Ledger, EscrowFlowError> {
  const grossFen = input.amountFen ?? balanceOf(ledger, escrowAccount(input.escrowId));
  if (grossFen <= 0)
    return err({ code: 'NOTHING_TO_MOVE', message: `Escrow ${input.escrowId} has nothing to release.` });
  const lines = payWorker(input.escrowId, grossFen, input);
  return lines.ok ? postTransaction(ledger, nonZero(lines.value), `release ${input.escrowId}`) : lines;
}

/** Returns the escrow (or `amountFen` of it) to the employer. */
export function refundEscrow(
  ledger: Ledger,
  input: { readonly escrowId: string; readonly employerId: string; readonly amountFen?: number },
): Result<Ledger, EscrowFlowError> {
  const amountFen = input.amountFen ?? balanceOf(ledger, escrowAccount(input.escrowId));
  if (amountFen <= 0)
    return err({ code: 'NOTHING_TO_MOVE', message: `Escrow ${input.escrowId} has nothing to refund.` });
  return postTransaction(
    ledger,
    [
      { account: escrowAccount(input.escrowId), amountFen: -amountFen },
      { account: `employer:${input.employerId}`, amountFen },
    ],
    `refund ${input.escrowId}`,
  );
}

/** A dispute's SPLIT outcome: `workerFen + employerFen` must equal the escrow balance. */
export function splitEscrow(
  ledger: Ledger,
  input: Omit<ReleaseInput, 'amountFen'> & {
    readonly employerId: string;
    readonly workerFen: number;
    readonly employerFen: number;
  },
): Result<Ledger, EscrowFlowError> {
  const balance = balanceOf(ledger, escrowAccount(input.escrowId));
  if (input.workerFen < 0 || input.employerFen < 0 || input.workerFen + input.employerFen !== balance) {
    return err({
      code: 'SPLIT_MISMATCH',
      message: `Split ${input.workerFen} + ${input.employerFen} fen must equal the escrow balance ${balance} fen, both ≥ 0.`,
    });
  }
  if (balance === 0)
    return err({ code: 'NOTHING_TO_MOVE', message: `Escrow ${input.escrowId} has nothing to split.` });
  const worker =
    input.workerFen > 0
      ? payWorker(input.escrowId, input.workerFen, input)
      : { ok: true as const, value: [] };
  if (!worker.ok) return worker;
  const employer: LedgerLine[] = [
    { account: escrowAccount(input.escrowId), amountFen: -input.employerFen },
    { account: `employer:${input.employerId}`, amountFen: input.employerFen },
  ];
  return postTransaction(ledger, nonZero([...worker.value, ...employer]), `split ${input.escrowId}`);
}

/** Pays a party's balance out through a provider (the provider clearing account rises back). */
export function payOut(
  ledger: Ledger,
  input: { readonly account: AccountId; readonly provider: PaymentProvider; readonly amountFen: number },
): Result<Ledger, EscrowFlowError> {
  return postTransaction(
    ledger,
    [
      { account: input.account, amountFen: -input.amountFen },
      { account: `provider:${input.provider}`, amountFen: input.amountFen },
    ],
    `pay out ${input.account}`,
  );
}
