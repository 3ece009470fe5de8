import { schemas } from '@gigmarket/reporting/validation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS, startTestServer } from '../../test-support/harness.js';
import { id, ledger, put, row, seedReporter, seedWorkers } from './test-fixtures.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
beforeAll(async () => {
  server = await startTestServer();
  await seedReporter(server.db);
  const workers = await seedWorkers(server.db, CLIENTS.platformA.tenantId, 2);
  await server.as('platformA')('POST', '/worker-activity-stats', {
    rows: [
      row(workers[0] as string, { incomeFen: 400000 }),
      row(workers[1] as string, { incomeFen: 600000, workRegions: ['330110'] }),
    ],
  });
});
afterAll(() => server.close());
const A = () => server.as('platformA');
const submit = (extra: Record<string, unknown> = {}) =>
  A()('POST', '/employment-reports', {
    period: '2025H1',
    region: '330100',
    reporterRole: 'PLATFORM_ENTERPRISE',
    ledger: ledger(),
    ...extra,
  });

describe('employment reports', () => {
  let reportId: string;

  it('submits a report in SUBMITTED with its due date and the worker statistics computed by the server', async () => {
    const res = await submit();
    expect(res.status).toBe(201);
    const r = schemas.zEmploymentReport.parse(res.body);
    reportId = r.id;
    expect(r).toMatchObject({
      status: 'SUBMITTED',
      periodStart: '2025-01-01',
      periodEnd: '2025-06-30',
      dueDate: '2025-07-30',
      late: false,
      revision: 1,
      reporter: { tenantId: CLIENTS.platformA.tenantId, uscc: '91330106MA2CFE7K3C' },
    });
    expect(r.workerStats).toEqual({
      workerMonths: 2,
      avgMonthlyWorkMinutes: 9360,
      avgMonthlyIncomeFen: 500000,
      medianMonthlyIncomeFen: 500000,
      totalIncomeFen: 1000000,
    });
    expect((await submit()).status).toBe(409);
  });

  it('refuses a period not ended and broken ledgers with 422, a bad period with 400', async () => {
    expect((await submit({ period: '2025H2', region: '330200' })).status).toBe(422);
    const missing = ledger();
    missing.employmentForms = missing.employmentForms
      .filter((f) => f.form !== 'CIVIL_SELF_EMPLOYED')
      .concat([{ form: 'SERVICE_CONTRACT', headcount: 18000 }]);
    const r1 = await submit({ region: '330200', ledger: missing });
    expect(r1.status).toBe(422);
    expect(r1.body.detail).toMatch(/CIVIL_SELF_EMPLOYED/);
    const r2 = await submit({ region: '330200', ledger: { ...ledger(), totalActiveWorkers: 5 } });
    expect(r2.status).toBe(422);
    expect((await submit({ region: '330200', reporterRole: 'COOPERATING_ENTERPRISE' })).status).toBe(422);
    const r3 = await submit({ period: '2025H3' });
    expect(r3.status).toBe(400);
    expect(r3.body.errors[0].pointer).toBe('/period');
  });

  it('is visible to the reporter and regulators only', async () => {
    expect((await server.as('platformB')('GET', `/employment-reports/${reportId}`)).status).toBe(404);
    expect((await server.as('platformB')('GET', '/employment-reports')).body.data).toHaveLength(0);
    const all = await server.as('regulator')(
      'GET',
      `/employment-reports?reporterTenantId=${CLIENTS.platformA.tenantId}&late=false`,
    );
    expect(schemas.zEmploymentReportPage.parse(all.body).data.map((r) => r.id)).toEqual([reportId]);
  });

  it('is returned by the regulator, resubmitted by the reporter and accepted', async () => {
    expect(
      (await A()('POST', `/employment-reports/${reportId}/return`, { reason: '参保人数不一致，请核实' }))
        .status,
    ).toBe(403);
    const returned = schemas.zEmploymentReport.parse(
      (
        await server.as('regulator')('POST', `/employment-reports/${reportId}/return`, {
          reason: '参保人数不一致，请核实',
          errors: [{ pointer: '/ledger/rightsProtection/oipEnrolledWorkers', detail: '与税务数据不一致' }],
        })
      ).body,
    );
    expect(returned).toMatchObject({ status: 'RETURNED', lastReturn: { resubmitBy: '2025-07-16' } });
    const early = await server.as('regulator')('POST', `/employment-reports/${reportId}/accept`, {});
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ currentState: 'RETURNED', allowedActions: ['resubmit'] });
    const broken = await A()('POST', `/employment-reports/${reportId}/resubmit`, {
      ledger: { ...ledger(), totalActiveWorkers: 1 },
    });
    expect(broken.status).toBe(422);
    const again = schemas.zEmploymentReport.parse(
      (await A()('POST', `/employment-reports/${reportId}/resubmit`, { ledger: ledger(), note: '已更正' }))
        .body,
    );
    expect(again).toMatchObject({ status: 'SUBMITTED', revision: 2 });
    expect(again.resubmittedAt).not.toBeNull();
    const accepted = schemas.zEmploymentReport.parse(
      (await server.as('regulator')('POST', `/employment-reports/${reportId}/accept`, {})).body,
    );
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.lastReturn?.reason).toBe('参保人数不一致，请核实');
  });

  it('sends report.due UPCOMING 7 days before the due date to an enterprise with work that has not reported', async () => {
    await put(
      server.db,
      'Job',
      CLIENTS.platformB.tenantId,
      { id: id('job'), publishedAt: '2025-05-01T09:00:00+08:00', location: { region: '330110' } },
      'CLOSED',
    );
    await A()('POST', '/sandbox/clock/advance', { to: '2025-07-23T10:00:00+08:00' });
    const feed = await server.as('platformB')('GET', '/events?types=report.due');
    const notices = (feed.body.data as Array<{ type: string; data: { object: unknown } }>).filter(
      (e) => e.type === 'report.due',
    );
    expect(notices).toHaveLength(1);
    expect(schemas.zEmploymentReportDueNotice.parse(notices[0]?.data.object)).toMatchObject({
      reason: 'UPCOMING',
      region: '330100',
      period: '2025H1',
      dueDate: '2025-07-30',
      reporterRole: 'PLATFORM_ENTERPRISE',
    });
    await A()('POST', '/sandbox/clock/advance', { by: '1h' });
    const twice = await server.as('platformB')('GET', '/events?types=report.due');
    expect((twice.body.data as unknown[]).length).toBe(1);
    const mine = await A()('GET', '/events?types=report.due');
    expect(mine.body.data).toHaveLength(0);
  });
});
