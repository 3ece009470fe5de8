import { isConflictError } from '@gigmarket/sdk';
import { ensure, type RunContext } from '../context.js';
import { employerBody } from '../fixtures/bodies.js';
import { call, type Resource } from '../http/call.js';
import { stateMachine } from '../spec/spec.js';
import type { Check } from '../types.js';
import { refuseIllegal, step } from './walk.js';

const REPORT = () => stateMachine('EmploymentReport');

/** A half-year employment ledger whose headcounts add up (seed 004, E7). */
const ledger = (unionMembers = 4200) => ({
  businessModel: { type: 'CROWDSOURCING', description: '家政保洁零工撮合平台' },
  occupationCodes: ['4-10-01-06'],
  employmentForms: [
    { form: 'LABOUR_RELATION', headcount: 120 },
    { form: 'INCOMPLETE_LABOUR_RELATION', headcount: 3400 },
    { form: 'CIVIL_SELF_EMPLOYED', headcount: 18000 },
  ],
  totalActiveWorkers: 21520,
  rightsProtection: {
    contractsSignedBps: 9650,
    oipEnrolledWorkers: 21380,
    accidentInsuredBps: 9900,
    unionMembers,
    complaints: 37,
    disputes: 12,
    mediationOrganisation: true,
    collectiveConsultationTopics: ['REST_RULES', 'PIECE_RATES'],
  },
  commissionCapBps: 2000,
});

/**
 * The kit's tenant registered in the directory as an enterprise under its own name (employers.create
 * with the `tenantName` of `/me`), so that a report can name its reporter's unified social credit code.
 */
function registeredReporter(ctx: RunContext): Promise<Resource> {
  return ctx.once('reporterEnterprise', async () => {
    const me = await call<{ tenantName: string } & Resource>(ctx, 'me.get');
    return call(ctx, 'employers.create', { body: { ...employerBody(), legalName: me.tenantName } });
  });
}

/**
 * A new SUBMITTED half-year report of a past period. A reporter has one report per region, period
 * and role (409 conflict), so a period already reported by an earlier run is skipped for another.
 */
async function submitReport(ctx: RunContext): Promise<Resource> {
  await registeredReporter(ctx);
  for (let attempt = 0; attempt < 20; attempt++) {
    const year = 2000 + Math.floor(Math.random() * 25);
    const period = `${year}H${1 + Math.floor(Math.random() * 2)}`;
    try {
      const report = await call(ctx, 'employmentReports.submit', {
        body: { period, region: '140100', reporterRole: 'PLATFORM_ENTERPRISE', ledger: ledger() },
      });
      ensure(
        report.status === 'SUBMITTED',
        `employmentReports.submit must answer SUBMITTED, not ${report.status}.`,
      );
      return report;
    } catch (error) {
      if (!isConflictError(error)) throw error;
    }
  }
  throw new Error('Twenty past periods were all reported already (409 conflict each time).');
}

/** Level 2: half-year employment reports (EmploymentReportStatus, docs/domains/reporting.md). */
export const reportingChecks: Check[] = [
  {
    id: 'REP-EMP-001',
    level: 2,
    domain: 'reporting',
    severity: 'MUST',
    title: 'An employment report walks SUBMITTED → RETURNED → SUBMITTED → ACCEPTED through its actions',
    spec: 'domains/reporting.md',
    run: async (ctx) => {
      if (!ctx.hasCredentials('reviewer'))
        ctx.skip(
          'Reports are returned and accepted by a regulator: pass --reviewer-client-id/--reviewer-client-secret.',
        );
      const machine = REPORT();
      let report = await submitReport(ctx);
      report = await step(
        ctx,
        machine,
        report,
        'employmentReports.return',
        {
          reason: '工会会员人数与工会报送数据不一致，请核实',
          errors: [{ pointer: '/ledger/rightsProtection/unionMembers', detail: '与工会数据不一致' }],
        },
        'reviewer',
      );
      report = await step(ctx, machine, report, 'employmentReports.resubmit', {
        ledger: ledger(4150),
        note: '已按工会数据更正',
      });
      report = await step(ctx, machine, report, 'employmentReports.accept', {}, 'reviewer');
      await ctx.once<Resource | undefined>('acceptedReport', async () => report);
    },
  },
  {
    id: 'REP-EMP-002',
    level: 2,
    domain: 'reporting',
    severity: 'MUST',
    title:
      'Resubmitting a report that was not returned (SUBMITTED, ACCEPTED) is refused 409 invalid-transition and changes nothing',
    spec: 'conventions.md#8-state-machines',
    run: async (ctx) => {
      const machine = REPORT();
      const body = { ledger: ledger(), note: '重复提交' };
      await refuseIllegal(
        ctx,
        machine,
        await submitReport(ctx),
        'employmentReports.resubmit',
        'employmentReports.get',
        body,
      );
      const accepted = await ctx.once<Resource | undefined>('acceptedReport', async () => undefined);
      if (!accepted) return ctx.skip('REP-EMP-001 did not reach ACCEPTED.');
      await refuseIllegal(
        ctx,
        machine,
        accepted,
        'employmentReports.resubmit',
        'employmentReports.get',
        body,
      );
    },
  },
];
