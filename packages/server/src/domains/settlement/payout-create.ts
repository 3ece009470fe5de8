import type { CommissionTerms } from '@gigmarket/engine';
import type { OperationContext } from '../../context.js';
import { insertObject } from '../../store/objects.js';
import type { EscrowWork } from './escrow-work.js';
import { type Data, findTyped, historyEntry } from './model.js';
import type { TaxTreatment } from './tax.js';

const ACCOUNT_TYPES: Record<string, [type: string, label: string]> = {
  WECHAT_PAY: ['WECHAT_BALANCE', '微信零钱'],
  ALIPAY: ['ALIPAY_ACCOUNT', '支付宝'],
  UNIONPAY: ['BANK_CARD', '银行卡'],
  BANK: ['BANK_CARD', '银行卡'],
};

/** A name with its middle masked (王建国 → 王*国, 李娜 → 李*), as wallets show the holder (E24). */
export function maskName(name: unknown): string {
  const chars = [...(typeof name === 'string' ? name : '')];
  if (chars.length === 0) return '**';
  if (chars.length <= 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

/** The per-order commission disclosure shown to the worker (E17). */
export function disclosure(
  grossFen: number,
  commissionFen: number,
  terms: CommissionTerms & { id: string },
): Data {
  const free = terms.rateBps === 0 && (terms.capBps ?? 0) === 0 && terms.fixedFeeFen === 0;
  return {
    payerTotalFen: grossFen,
    workerIncomeFen: grossFen - commissionFen,
    commissionFen,
    rateBps: terms.rateBps,
    capBps: terms.capBps ?? 0,
    fixedFeeFen: terms.fixedFeeFen,
    formula: `min(round(${grossFen} × ${terms.rateBps} bps) + ${terms.fixedFeeFen}, floor(${grossFen} × ${terms.capBps ?? 0} bps)) = ${commissionFen} fen${free ? '（公共零工市场免费）' : ''}`,
    commissionRuleId: terms.id,
  };
}

const shanghaiDate = (instant: unknown) =>
  new Date(new Date(String(instant)).getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Creates the PENDING payout of one released allocation (one per allocation): gross, commission,
 * withheld tax and net, the commission disclosure, and only a masked payee account (PIPL art. 28, E24).
 */
export async function createPayout(
  ctx: OperationContext,
  work: EscrowWork,
  input: {
    assignmentId: string;
    workerId: string;
    grossFen: number;
    commissionFen: number;
    taxWithheldFen: number;
    taxTreatment: TaxTreatment;
    terms: CommissionTerms & { id: string };
  },
): Promise<string> {
  const [job, assignment, worker] = await Promise.all([
    findTyped(ctx, 'Job', work.data.jobId),
    findTyped(ctx, 'Assignment', input.assignmentId),
    findTyped(ctx, 'Worker', input.workerId),
  ]);
  const a = (assignment?.data ?? {}) as Data;
  const pay = ((job?.data as Data | undefined)?.pay ?? {}) as { payCycle?: string };
  const [accountType, label] = ACCOUNT_TYPES[String(work.data.provider)] ?? ['BANK_CARD', '银行卡'];
  const id = ctx.newId('pay');
  const data: Data = {
    id,
    tenantId: work.row.tenantId,
    escrowId: work.row.id,
    jobId: work.data.jobId,
    assignmentId: input.assignmentId,
    workerId: input.workerId,
    payerEmployerId: work.data.payerEmployerId,
    provider: work.data.provider,
    payeeAccountType: accountType,
    payeeAccountMasked: `${maskName((worker?.data as Data | undefined)?.name)}（${label}）`,
    grossFen: input.grossFen,
    commissionFen: input.commissionFen,
    taxWithheldFen: input.taxWithheldFen,
    netFen: input.grossFen - input.commissionFen - input.taxWithheldFen,
    taxTreatment: input.taxTreatment,
    commissionDisclosure: disclosure(input.grossFen, input.commissionFen, input.terms),
    payCycle: pay.payCycle ?? 'PER_TASK',
    ...(a.plannedStart && a.plannedEnd
      ? { workPeriod: { start: shanghaiDate(a.plannedStart), end: shanghaiDate(a.plannedEnd) } }
      : {}),
    providerTransactionId: null,
    attempts: 0,
    lastFailure: null,
    paidAt: null,
    status: 'PENDING',
    history: [historyEntry(ctx, null, 'PENDING', { trigger: `escrow ${work.row.id} released` })],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await insertObject(ctx.tx, {
    id,
    type: 'Payout',
    tenantId: work.row.tenantId,
    partyTenantIds: work.partyTenantIds,
    isPublic: false,
    status: 'PENDING',
    data,
    internal: {},
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  return id;
}
