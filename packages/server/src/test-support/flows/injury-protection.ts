import { residentId } from '../../domains/jobs-parties/test-fixtures.js';
import type { TestServer } from '../harness.js';
import { ok } from './step.js';

/** A rider of platform A enrolled in injury protection for one day. */
export interface Enrolment {
  workerId: string;
  enrolmentId: string;
}

/**
 * Platform A registers a delivery rider and enrols them in occupational-injury protection
 * (职业伤害保障) for 15 July, the day of their first order; the enrolment is read back.
 */
export async function enrolFlow(server: TestServer): Promise<Enrolment> {
  const a = server.as('platformA');
  const rider = await ok(
    a('POST', '/workers', {
      name: '刘晓东',
      idDocType: 'RESIDENT_ID',
      idNumber: residentId('19950812', '337'),
      mobile: '13655718890',
    }),
    'register rider',
  );
  const workerId = rider.id;
  const enrolment = await ok(
    a('POST', '/injury-protection/enrolments', {
      workerId,
      province: '330000',
      industry: 'INSTANT_DELIVERY',
      coverageDate: '2025-07-15',
      firstOrderAt: '2025-07-15T08:00:00+08:00',
    }),
    'enrol',
  );
  await ok(a('GET', `/injury-protection/enrolments/${enrolment.id}`), 'get enrolment');
  await ok(
    server.as('regulator')('GET', '/injury-protection/enrolments?coverageDateFrom=2025-07-01'),
    'list enrolments',
  );
  return { workerId, enrolmentId: enrolment.id };
}

/**
 * Platform A declares July's orders once the month has ended (12 August), then corrects the
 * declaration, which supersedes the first.
 */
export async function declareFlow(server: TestServer): Promise<void> {
  const a = server.as('platformA');
  await ok(a('POST', '/sandbox/clock/advance', { to: '2025-08-12T09:30:00+08:00' }), 'to 12 August');
  const declaration = {
    province: '330000',
    industry: 'INSTANT_DELIVERY',
    month: '2025-07',
    orderCount: 1_000_000,
    firstYear: true,
  };
  const first = await ok(a('POST', '/injury-protection/declarations', declaration), 'declare');
  await ok(
    a('POST', '/injury-protection/declarations', {
      ...declaration,
      orderCount: 1_000_005,
      correctionOf: first.id,
    }),
    'correct declaration',
  );
  await ok(a('GET', `/injury-protection/declarations/${first.id}`), 'get declaration');
  await ok(a('GET', '/injury-protection/declarations?current=true'), 'list declarations');
}
