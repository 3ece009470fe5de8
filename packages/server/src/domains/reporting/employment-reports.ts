import { and, eq, sql } from 'drizzle-orm';
import type { OperationContext } from '../../context.js';
import { ProblemError, ruleViolation } from '../../http/problem.js';
import type { ActionOutcome, CustomHandler, ResourceDefinition } from '../../operations/definitions.js';
import { createResource, listResource } from '../../operations/generic.js';
import type { ObjectRow } from '../../store/objects.js';
import { objects } from '../../store/schema.js';
import { addDays, periodBounds, REPORT_DUE_DAYS, RESUBMIT_DAYS, today } from './periods.js';
import { reporterOf } from './reporter.js';
import { workerStatsFor } from './worker-stats-aggregate.js';

type Data = Record<string, unknown>;
const PLATFORM_FORMS = ['LABOUR_RELATION', 'INCOMPLETE_LABOUR_RELATION', 'CIVIL_SELF_EMPLOYED'];

/**
 * The ledger rules (reporting.md, seed 004, E7): the three platform forms each present, each form
 * at most once, and `totalActiveWorkers` equal to the sum of the headcounts; `422` otherwise.
 */
export function checkLedger(ledger: Data): void {
  const forms = ledger.employmentForms as Array<{ form: string; headcount: number }>;
  const seen = new Set<string>();
  for (const f of forms) {
    if (seen.has(f.form))
      throw ruleViolation(`employmentForms lists ${f.form} twice; each form appears once.`);
    seen.add(f.form);
  }
  const missing = PLATFORM_FORMS.filter((f) => !seen.has(f));
  if (missing.length)
    throw ruleViolation(
      `employmentForms must list ${missing.join(', ')} (with 0 where none): the three platform categories of seed 004 (E7).`,
    );
  const sum = forms.reduce((a, f) => a + f.headcount, 0);
  if (sum !== ledger.totalActiveWorkers)
    throw ruleViolation(
      `totalActiveWorkers ${String(ledger.totalActiveWorkers)} must equal the sum of the headcounts, ${sum}.`,
    );
}

/** `employmentReports.submit`: straight to `SUBMITTED`, once per reporter, region, period and role. */
async function create(ctx: OperationContext, body: Data) {
  const period = String(body.period);
  const { start, end } = periodBounds(period);
  const now = today(ctx.nowDate);
  if (now <= end)
    throw ruleViolation(`Period ${period} ends on ${end}; it can be reported from the next day.`);
  if ((body.reporterRole === 'COOPERATING_ENTERPRISE') !== Boolean(body.platform))
    throw ruleViolation(
      '`platform` is required for a COOPERATING_ENTERPRISE and not allowed for a PLATFORM_ENTERPRISE.',
    );
  checkLedger(body.ledger as Data);
  const tenantId = ctx.caller?.tenantId as string;
  const [existing] = await ctx.tx
    .select({ id: objects.id })
    .from(objects)
    .where(
      and(
        eq(objects.type, 'EmploymentReport'),
        eq(objects.tenantId, tenantId),
        sql`${objects.data}->>'region' = ${String(body.region)}`,
        sql`${objects.data}->>'period' = ${period}`,
        sql`${objects.data}->>'reporterRole' = ${String(body.reporterRole)}`,
      ),
    );
  if (existing)
    throw new ProblemError(
      409,
      'conflict',
      `You already reported ${period} for region ${String(body.region)} as ${String(body.reporterRole)}: ${existing.id}. Correct a returned report with resubmit.`,
    );
  const dueDate = addDays(end, REPORT_DUE_DAYS);
  return {
    data: {
      reporter: await reporterOf(ctx),
      reporterRole: body.reporterRole,
      ...(body.platform ? { platform: body.platform } : {}),
      region: body.region,
      period,
      periodStart: start,
      periodEnd: end,
      dueDate,
      submittedAt: ctx.now,
      late: now > dueDate,
      revision: 1,
      ledger: body.ledger,
      workerStats: await workerStatsFor(ctx, tenantId, String(body.region), period),
      lastReturn: null,
      resubmittedAt: null,
      acceptedAt: null,
      ...(body.metadata ? { metadata: body.metadata } : {}),
    },
    status: 'SUBMITTED',
  };
}

function returnReport(ctx: OperationContext, _row: ObjectRow, body: Data): ActionOutcome {
  const lastReturn = {
    reason: body.reason,
    ...(body.errors ? { errors: body.errors } : {}),
    returnedAt: ctx.now,
    resubmitBy: body.resubmitBy ?? addDays(today(ctx.nowDate), RESUBMIT_DAYS),
  };
  return { to: 'RETURNED', data: { lastReturn, statusReason: undefined } };
}

async function resubmit(ctx: OperationContext, row: ObjectRow, body: Data): Promise<ActionOutcome> {
  checkLedger(body.ledger as Data);
  const data = row.data as Data;
  return {
    to: 'SUBMITTED',
    data: {
      ledger: body.ledger,
      revision: Number(data.revision) + 1,
      resubmittedAt: ctx.now,
      workerStats: await workerStatsFor(ctx, row.tenantId, String(data.region), String(data.period)),
    },
    internal: typeof body.note === 'string' ? { lastNote: body.note } : {},
  };
}

/** Half-year employment reports (reporting.md): the reporter owns them, regulators review them. */
export const employmentReports: ResourceDefinition = {
  type: 'EmploymentReport',
  // employmentReports.list: newest period first
  listOrder: { fields: ['period'], direction: 'desc' },
  prefix: 'rpt',
  label: 'employment report',
  create,
  actions: {
    accept: (ctx) => ({ to: 'ACCEPTED', data: { acceptedAt: ctx.now } }),
    return: returnReport,
    resubmit,
  },
};

/** `POST /employment-reports` (operationId `submit`, so not routed as a plain create). */
export const employmentReportsSubmit: CustomHandler = (ctx) => createResource(employmentReports, ctx);

/** `GET /employment-reports`: `reporterTenantId` is the owner, not a top-level field. */
export const employmentReportsList: CustomHandler = (ctx) => {
  const { reporterTenantId, ...query } = ctx.query;
  return listResource(
    {
      ...employmentReports,
      listFilters: () => [
        typeof reporterTenantId === 'string' ? eq(objects.tenantId, reporterTenantId) : undefined,
      ],
    },
    { ...ctx, query },
  );
};
