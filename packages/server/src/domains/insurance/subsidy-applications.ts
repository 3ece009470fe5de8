import { ne, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import type { ActionOutcome, ResourceDefinition } from '../../operations/definitions.js';
import { findById } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { requireConsent } from './consent.js';
import { computeApplication } from './subsidy-amounts.js';
import type { RuleRef } from './subsidy-rules.js';
import { type Data, field, findReferenced, findRows } from './support.js';
import { workerFacts } from './workers.js';

/** The application's worker as the server's rules see it. */
async function workerOf(ctx: OperationContext, app: Data) {
  const row = await findById(ctx.tx, app.workerId as string);
  if (!row) throw ruleViolation(`Worker ${app.workerId} of the application no longer exists.`);
  return workerFacts(row);
}

/** Decisions record their reasons in the application's own fields, not a `statusReason`. */
const decide = (to: string, data: Data, internal?: Data): ActionOutcome => ({
  to,
  data: { ...data, statusReason: undefined },
  ...(internal ? { internal } : {}),
});

/** Subsidy applications: filed for a worker, decided, paid and clawed back by the labour bureau. */
export const subsidyApplications: ResourceDefinition = {
  type: 'SubsidyApplication',
  prefix: 'sba',
  label: 'subsidy application',
  async create(ctx, body) {
    const workerId = body.workerId as string;
    await requireConsent(ctx, workerId, body.consentId);
    const worker = workerFacts(await findReferenced(ctx, 'Worker', workerId, 'worker'));
    if ((body.periodEnd as string) < (body.periodStart as string))
      throw ruleViolation(`periodEnd ${body.periodEnd} is before periodStart ${body.periodStart}.`);
    if ((body.periodEnd as string).slice(0, 4) !== (body.periodStart as string).slice(0, 4))
      throw ruleViolation('An application covers one calendar year at most, because caps are yearly.');
    const computed = await computeApplication(ctx, worker, body);
    if (computed.computedFen <= 0)
      throw ruleViolation(
        `Rule ${computed.rule.code} gives nothing for this period: no subsidised cover, or the yearly cap is used up (${computed.receivedThisYearFen} fen received).`,
      );
    const overlapping = (
      await findRows(
        ctx,
        'SubsidyApplication',
        ne(objects.status, 'REJECTED'),
        sql`${field('workerId')} = ${workerId}`,
      )
    ).find((r) => {
      const d = r.data as Data;
      return (
        (d.rule as RuleRef).code === computed.rule.code &&
        (d.periodStart as string) <= (body.periodEnd as string) &&
        (d.periodEnd as string) >= (body.periodStart as string)
      );
    });
    if (overlapping)
      throw ruleViolation(
        `Application ${overlapping.id} already covers part of this period under rule ${computed.rule.code}.`,
      );
    const {
      ruleCode: _rule,
      policyIds: _policies,
      hardshipCategory: _c,
      contributionMonths: _m,
      ...rest
    } = body;
    return {
      data: {
        ...rest,
        rule: computed.rule,
        beneficiary: body.beneficiary ?? { type: 'WORKER', id: workerId },
        applicantTenantId: ctx.caller?.tenantId,
        basis: computed.basis,
        approvedFen: 0,
        paidFen: 0,
        clawedBackFen: 0,
        cumulativeYearFen: computed.receivedThisYearFen,
        fundingSource: 'EMPLOYMENT_SUBSIDY_FUND',
        decidedAt: null,
        paidAt: null,
      },
      status: 'APPLIED',
      internal: { computedFen: computed.computedFen, request: body },
    };
  },
  actions: {
    approve: async (ctx, row, body) => {
      const app = row.data as Data;
      const request = { ...((row.internal as Data).request as Data), rule: app.rule };
      const computed = await computeApplication(ctx, await workerOf(ctx, app), request, row.id);
      if ((body.approvedFen as number) > computed.computedFen)
        throw ruleViolation(
          `approvedFen ${body.approvedFen} exceeds the ${computed.computedFen} fen rule ${computed.rule.code} allows after the worker's cap (${computed.receivedThisYearFen} fen already granted this year).`,
        );
      return decide('APPROVED', {
        approvedFen: body.approvedFen,
        decidedAt: ctx.now,
        ...(body.reason ? { decisionReason: body.reason } : {}),
      });
    },
    reject: (ctx, _row, body) =>
      decide(
        'REJECTED',
        { decidedAt: ctx.now, decisionReason: body.reason },
        { rejectionCode: body.reasonCode },
      ),
    pay: async (ctx, row, body) => {
      const app = row.data as Data;
      if (body.paidFen !== app.approvedFen)
        throw ruleViolation(
          `A subsidy is paid in full: paidFen must be the approved ${app.approvedFen} fen.`,
        );
      return decide(
        'PAID',
        {
          paidFen: body.paidFen,
          paidAt: body.paidAt ?? ctx.now,
          paymentTransactionId: body.transactionId,
          cumulativeYearFen: (app.cumulativeYearFen as number) + (body.paidFen as number),
        },
        { paymentMethod: body.method },
      );
    },
    clawBack: async (_ctx, row, body) => {
      const app = row.data as Data;
      if ((body.clawedBackFen as number) > (app.paidFen as number))
        throw ruleViolation(`clawedBackFen ${body.clawedBackFen} exceeds the ${app.paidFen} fen paid.`);
      return decide(
        'CLAWED_BACK',
        {
          clawedBackFen: body.clawedBackFen,
          decisionReason: body.reason,
          cumulativeYearFen: (app.cumulativeYearFen as number) - (body.clawedBackFen as number),
        },
        { clawBackCode: body.reasonCode },
      );
    },
  },
};
