import type { OperationContext } from '../../context.js';
import { notFound, ProblemError, ruleViolation } from '../../http/problem.js';
import type { ResourceDefinition } from '../../operations/definitions.js';
import { insertObject, type ObjectRow } from '../../store/objects.js';
import { type Data, findTyped, historyEntry, ms, transitioned } from './model.js';

/** Whether the ordered payment is overdue at `now` (WageArrearsCase.paymentOverdue). */
export const overdue = (d: Data, now: Date): boolean =>
  d.orderedPaymentDeadline != null &&
  ms(d.orderedPaymentDeadline) <= now.getTime() &&
  Number(d.amountPaidFen) < Number(d.amountOwedFen) &&
  d.status !== 'CLOSED' &&
  d.status !== 'PAID';

function caseData(ctx: OperationContext, input: Data, action: string | null): Data {
  return {
    amountPaidFen: 0,
    authorityName: null,
    gigMarketId: null,
    escrowId: null,
    disputeId: null,
    assignmentIds: [],
    reportedAt: ctx.now,
    paymentOrderNo: null,
    orderedPaymentDeadline: null,
    paymentOverdue: false,
    blacklistCandidate: false,
    blacklistCriteria: [],
    blacklistEntryId: null,
    paidAt: null,
    paymentMethod: null,
    closedAt: null,
    closeReason: null,
    ...input,
    status: 'OPEN',
    history: [
      historyEntry(
        ctx,
        null,
        'OPEN',
        action ? { action } : { trigger: 'settlement showed wages at risk (AUTO_ESCROW_TIMEOUT)' },
      ),
    ],
  };
}

/**
 * Opens an AUTO_ESCROW_TIMEOUT case by the server itself: work went ahead on an escrow that expired
 * unfunded, or the employer lost a NON_PAYMENT or PAY_AMOUNT dispute (docs/domains/settlement.md).
 */
export async function openArrearsCase(
  ctx: OperationContext,
  input: {
    tenantId: string;
    employerId: string;
    workerIds: string[];
    amountOwedFen: number;
    escrowId: string | null;
    disputeId: string | null;
    assignmentIds: string[];
    description: string;
    region?: string;
  },
): Promise<void> {
  const id = ctx.newId('war');
  const { tenantId, region, ...rest } = input;
  const data = {
    id,
    tenantId,
    source: 'AUTO_ESCROW_TIMEOUT',
    region: region ?? ctx.config.region,
    ...caseData(ctx, rest, null),
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  await insertObject(ctx.tx, {
    id,
    type: 'WageArrearsCase',
    tenantId,
    partyTenantIds: [],
    isPublic: false,
    status: 'OPEN',
    data,
    internal: {},
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
}

const reasonOf = (body: Data, fallback?: string) =>
  typeof body.reason === 'string' ? { reason: body.reason } : fallback ? { reason: fallback } : {};

/** Wage-arrears cases (欠薪案件) of the labour bureau (无欠薪, seed 000; blacklist E11). */
export const wageArrearsCases: ResourceDefinition = {
  type: 'WageArrearsCase',
  prefix: 'war',
  label: 'wage-arrears case',
  async create(ctx, body) {
    const regulator = ctx.visibility === 'all';
    if (!regulator && body.source !== 'COMPLAINT')
      throw ruleViolation(
        'A market operator files only COMPLAINT cases taken at its windows; INSPECTION cases are the bureau’s.',
      );
    if (!regulator && body.blacklistCandidate)
      throw ruleViolation(
        'Only the labour bureau assesses the blacklist criteria (blacklistCandidate, E11).',
      );
    if (!/^\d{4}(?!00)\d{2}$/.test(String(body.region)))
      throw ruleViolation(
        `Region ${String(body.region)} is not a county-level code: the county bureau handles the case.`,
      );
    if (typeof body.gigMarketId === 'string' && !(await findTyped(ctx, 'GigMarket', body.gigMarketId)))
      throw notFound('gig market', body.gigMarketId);
    return {
      data: { tenantId: ctx.caller?.tenantId, ...caseData(ctx, body, 'wageArrearsCases.create') },
      status: 'OPEN',
    };
  },
  present: (ctx, row: ObjectRow) => ({
    ...(row.data as Data),
    paymentOverdue: overdue(row.data as Data, ctx.nowDate),
  }),
  actions: {
    orderPayment(ctx, row, body) {
      if (ms(body.deadline) <= ctx.nowDate.getTime())
        throw ruleViolation(`The payment deadline ${String(body.deadline)} must be in the future.`);
      const data = transitioned(ctx, row.data as Data, 'ORDERED_TO_PAY', {
        action: 'wageArrearsCases.orderPayment',
        ...reasonOf(body),
      });
      return {
        to: 'ORDERED_TO_PAY',
        data: {
          ...data,
          paymentOrderNo: body.paymentOrderNo,
          orderedPaymentDeadline: body.deadline,
          amountOwedFen: body.amountOwedFen,
          ...(typeof body.blacklistCandidate === 'boolean'
            ? { blacklistCandidate: body.blacklistCandidate }
            : {}),
        },
      };
    },
    markPaid(ctx, row, body) {
      const d = row.data as Data;
      const paid = Number(d.amountPaidFen) + Number(body.paidFen);
      if (paid < Number(d.amountOwedFen))
        throw ruleViolation(
          `Payments of ${paid} fen do not cover the ${String(d.amountOwedFen)} fen owed; partial payments are refused, record the payment when the rest is paid.`,
        );
      if (body.paymentMethod === 'ESCROW' && typeof body.escrowId !== 'string')
        throw ruleViolation('A payment through an escrow names its `escrowId`.');
      const data = transitioned(ctx, d, 'PAID', { action: 'wageArrearsCases.markPaid', ...reasonOf(body) });
      return {
        to: 'PAID',
        data: {
          ...data,
          amountPaidFen: paid,
          paidAt: body.paidAt,
          paymentMethod: body.paymentMethod,
          paymentOverdue: false,
          ...(body.escrowId ? { escrowId: body.escrowId } : {}),
        },
      };
    },
    referToBlacklist(ctx, row, body) {
      const d = row.data as Data;
      if (!overdue(d, ctx.nowDate))
        throw ruleViolation(
          `The payment deadline ${String(d.orderedPaymentDeadline)} has not passed without full payment; the employer cannot be referred yet (E11).`,
        );
      const data = transitioned(ctx, d, 'REFERRED_BLACKLIST', {
        action: 'wageArrearsCases.referToBlacklist',
        ...reasonOf(body, `列入决定书 ${String(body.decisionNo)}`),
      });
      return {
        to: 'REFERRED_BLACKLIST',
        data: { ...data, blacklistCriteria: body.criteria, blacklistCandidate: true, paymentOverdue: true },
      };
    },
    close(ctx, row, body) {
      const reason = String(body.closeReason);
      const fits: Record<string, string[]> = {
        PAID_IN_FULL: ['PAID'],
        UNFOUNDED: ['OPEN'],
        WITHDRAWN: ['OPEN'],
        TRANSFERRED_TO_PUBLIC_SECURITY: ['ORDERED_TO_PAY', 'REFERRED_BLACKLIST'],
        TRANSFERRED_TO_COURT: ['ORDERED_TO_PAY', 'REFERRED_BLACKLIST'],
      };
      if (!fits[reason]?.includes(row.status ?? ''))
        throw new ProblemError(
          422,
          'rule-violation',
          `${reason} closes a case that is ${fits[reason]?.join(' or ')}; this one is ${row.status}.`,
        );
      const data = transitioned(ctx, row.data as Data, 'CLOSED', {
        action: 'wageArrearsCases.close',
        ...reasonOf(body),
      });
      return { to: 'CLOSED', data: { ...data, closedAt: ctx.now, closeReason: reason } };
    },
  },
};
