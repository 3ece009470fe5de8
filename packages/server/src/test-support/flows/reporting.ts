import { uscc } from '../../domains/jobs-parties/test-fixtures.js';
import { ledger, row } from '../../domains/reporting/test-fixtures.js';
import { CLIENTS, type TestServer } from '../harness.js';
import { employerBody } from './parties.js';
import { callers, ok } from './step.js';

/**
 * The HR agency, registered in the directory under its own name (so its USCC is known), submits
 * June's activity of its worker and the half-year employment report for Hangzhou; the labour bureau
 * returns it, the agency resubmits and the bureau accepts.
 */
export async function reportingFlow(server: TestServer, workerId: string): Promise<void> {
  const [hr, reg] = callers(server, ['hrAgency', 'regulator'] as const);
  await ok(
    hr('POST', '/employers', employerBody(CLIENTS.hrAgency.tenantName, uscc('91330110MA2KXY3L5'))),
    'register the agency',
  );
  const { data } = await ok(hr('POST', '/worker-activity-stats', { rows: [row(workerId)] }), 'submit stats');
  await ok(hr('GET', `/worker-activity-stats/${data[0].id}`), 'get stat');
  await ok(reg('GET', '/worker-activity-stats?month=2025-06'), 'list stats');

  const report = await ok(
    hr('POST', '/employment-reports', {
      period: '2025H1',
      region: '330100',
      reporterRole: 'COOPERATING_ENTERPRISE',
      platform: { name: CLIENTS.platformA.tenantName, uscc: '91330106MA2CFE7K3C' },
      ledger: ledger(),
    }),
    'submit report',
  );
  await ok(
    reg('POST', `/employment-reports/${report.id}/return`, {
      reason: '参保人数不一致，请核实',
      errors: [{ pointer: '/ledger/rightsProtection/oipEnrolledWorkers', detail: '与税务数据不一致' }],
    }),
    'return report',
  );
  await ok(
    hr('POST', `/employment-reports/${report.id}/resubmit`, { ledger: ledger(), note: '已更正' }),
    'resubmit report',
  );
  await ok(reg('POST', `/employment-reports/${report.id}/accept`, {}), 'accept report');
  await ok(hr('GET', `/employment-reports/${report.id}`), 'get report');
  await ok(reg('GET', '/employment-reports?period=2025H1'), 'list reports');
}
