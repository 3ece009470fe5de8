import type { TestServer } from '../harness.js';
import type { Hiring } from './jobs.js';
import { callers, idem, ok } from './step.js';

/** The work orders of the hired worker, by what happens to them. */
export interface WorkOrders {
  done: string;
  disputed: string;
  cancelled: string;
  noShow: string;
  contractIds: string[];
}

const geo = { lng: 120.302, lat: 30.421, crs: 'GCJ02' };
const signature = (role: string, documentHash: string) => ({
  role,
  documentHash,
  certificateSerial: '4C2A9E7D1B3F5A60',
  certificateIssuer: '浙江省数字安全证书管理有限公司',
  signedAt: '2025-07-01T09:00:00+08:00',
  method: 'RELIABLE_E_SIGNATURE',
  identityAuthMethod: role === 'WORKER' ? 'FACE_RECOGNITION' : 'DIGITAL_CERTIFICATE',
  identityAuthenticatedAt: '2025-07-01T08:55:00+08:00',
  intentConfirmation: { method: 'SMS_CODE', at: '2025-07-01T08:59:00+08:00' },
});
const day = (d: number) => ({
  plannedStart: `2025-07-0${d}T08:00:00+08:00`,
  plannedEnd: `2025-07-0${d}T12:00:00+08:00`,
  agreedPayFen: 20000,
});

/**
 * Four work orders of the accepted application, each under a signed e-contract: one cancelled,
 * the others READY for {@link doWork}. Runs on 1 July; the work happens from 6 July.
 */
export async function prepareWork(server: TestServer, hiring: Hiring): Promise<WorkOrders> {
  const [a, hr] = callers(server, ['platformA', 'hrAgency'] as const);
  const application = (await ok(a('GET', `/assignments/${hiring.assignmentId}`), 'get work order'))
    .applicationId;
  const ids = [hiring.assignmentId];
  for (const d of [6, 7, 8])
    ids.push(
      (await ok(a('POST', '/assignments', { applicationId: application, ...day(d) }, idem()), 'add order'))
        .id,
    );
  const [cancelled, done, disputed, noShow] = ids as [string, string, string, string];
  await ok(a('POST', `/assignments/${cancelled}/cancel`, { reason: '业主临时出差' }, idem()), 'cancel order');
  const contractIds: string[] = [];
  for (const id of [done, disputed, noShow]) {
    const c = await ok(
      a('POST', '/contracts', {
        assignmentId: id,
        agreementType: 'SERVICE_AGREEMENT',
        templateId: 'ZJ-HZ-YH-LABOUR-SERVICE',
      }),
      'draft contract',
    );
    await ok(a('POST', '/sandbox/clock/advance', { by: '1s' }), 'send the contract');
    await ok(a('POST', `/contracts/${c.id}/sign`, signature('EMPLOYER', c.documentHash)), 'employer signs');
    await ok(hr('POST', `/contracts/${c.id}/sign`, signature('WORKER', c.documentHash)), 'worker signs');
    contractIds.push(c.id);
  }
  await ok(hr('GET', `/contracts/${contractIds[0]}`), 'get contract');
  await ok(a('GET', '/contracts'), 'list contracts');
  await ok(hr('GET', `/assignments/${done}`), 'get order');
  await ok(a('GET', '/assignments'), 'list orders');
  return { done, disputed, cancelled, noShow, contractIds };
}

/** One order worked and submitted, one worked and disputed by the employer, one a no-show. */
export async function doWork(server: TestServer, orders: WorkOrders): Promise<void> {
  const [a, hr] = callers(server, ['platformA', 'hrAgency'] as const);
  const work = async (id: string, d: number) => {
    server.setNow(new Date(`2025-07-0${d - 1}T23:55:00Z`));
    await ok(
      hr('POST', `/assignments/${id}/check-in`, { at: `2025-07-0${d}T07:55:00+08:00`, geo }),
      'check in',
    );
    server.setNow(new Date(`2025-07-0${d}T04:00:00Z`));
    await ok(
      hr('POST', `/assignments/${id}/check-out`, { at: `2025-07-0${d}T12:00:00+08:00`, geo }),
      'check out',
    );
    await ok(hr('POST', `/assignments/${id}/submit`, { completionNote: '已完成' }), 'submit work');
  };
  await work(orders.done, 6);
  await work(orders.disputed, 7);
  await ok(
    a('POST', `/assignments/${orders.disputed}/dispute`, { reason: '卫生间未清洁', category: 'QUALITY' }),
    'dispute work',
  );
  server.setNow(new Date('2025-07-08T00:31:00Z'));
  await ok(a('POST', `/assignments/${orders.noShow}/mark-no-show`, {}, idem()), 'mark no-show');
  await ok(
    a('POST', `/contracts/${orders.contractIds[1]}/terminate`, {
      type: 'MUTUAL_AGREEMENT',
      reason: '双方协商一致解除',
    }),
    'terminate contract',
  );
}
