import { uscc } from '../../domains/jobs-parties/test-fixtures.js';
import type { TestServer } from '../harness.js';
import { callers, ok } from './step.js';

/** The parties a work order needs, by id. */
export interface Parties {
  marketId: string;
  employerId: string;
  workerId: string;
}

const market = {
  name: '余杭区五常零工市场',
  venueType: 'MARKET',
  operatorType: 'PUBLIC',
  operator: { name: '余杭区公共就业服务中心', uscc: '52140121MJY277318L' },
  location: {
    region: '330110',
    address: '浙江省杭州市余杭区五常街道文一西路998号',
    geo: { lng: 120.301, lat: 30.421, crs: 'GCJ02' },
  },
  openingHours: [{ daysOfWeek: [1, 2, 3, 4, 5, 6, 7], open: '05:30', close: '18:00' }],
  contacts: { hotline: '0571-12333' },
};
export const employerBody = (legalName: string, uscc: string, gigMarketId?: string) => ({
  kind: 'ORGANIZATION',
  ...(gigMarketId ? { gigMarketId } : {}),
  uscc,
  legalName,
  legalRepresentative: { name: '陈志强', idNumber: '330106197501014411' },
  contactName: '李敏',
  contactMobile: '13705716201',
});
const workerBody = {
  name: '王建国',
  idDocType: 'RESIDENT_ID',
  idNumber: '330110199003071230',
  mobile: '13812345678',
  householdRegion: '330110',
  residenceRegion: '330110',
  employmentSituation: 'FLEXIBLE',
  hardshipCategories: ['HARD_TO_EMPLOY'],
  skills: [{ occupationCode: '4-10-01-06', name: '家政服务员', level: 4, yearsOfExperience: 6 }],
  preferences: {
    occupations: ['4-10-01-06'],
    regions: ['330110'],
    payFloorFen: 20000,
    payFloorUnit: 'PER_DAY',
  },
};

/**
 * A gig market through its whole review life, platform A's employer (approved; a second one
 * rejected), and a worker registered, verified and consenting through the HR agency, with
 * qualifications added and one removed.
 */
export async function partiesFlow(server: TestServer): Promise<Parties> {
  const [a, hr, op, reg] = callers(server, ['platformA', 'hrAgency', 'operator', 'regulator'] as const);
  const m = await ok(op('POST', '/gig-markets', market), 'create market');
  await ok(op('PATCH', `/gig-markets/${m.id}`, { contacts: { hotline: '0571-88888888' } }), 'update market');
  await ok(reg('POST', `/gig-markets/${m.id}/suspend`, { reason: '消防整改' }), 'suspend market');
  await ok(reg('POST', `/gig-markets/${m.id}/relist`, {}), 'relist market');
  await ok(server.anonymous('GET', `/gig-markets/${m.id}`), 'get market');
  await ok(server.anonymous('GET', '/gig-markets'), 'list markets');
  const spare = await ok(
    op('POST', '/gig-markets', { ...market, name: '余杭区临时零工驿站' }),
    'second market',
  );
  await ok(reg('POST', `/gig-markets/${spare.id}/delist`, { reason: '场地到期' }), 'delist market');

  const e = await ok(
    a('POST', '/employers', employerBody('杭州某某家政服务有限公司', '91330110MA2KXY3L2E', m.id)),
    'employer',
  );
  await ok(op('POST', `/employers/${e.id}/approve`, { reason: '材料齐全' }), 'approve employer');
  await ok(a('PATCH', `/employers/${e.id}`, { displayName: '某某家政' }), 'update employer');
  await ok(a('GET', `/employers/${e.id}`), 'get employer');
  await ok(a('GET', '/employers'), 'list employers');
  const bad = await ok(
    a('POST', '/employers', employerBody('杭州某某保洁有限公司', uscc('91330110MA2KXY3L3'), m.id)),
    'employer 2',
  );
  await ok(reg('POST', `/employers/${bad.id}/reject`, { reason: '营业执照照片不清晰。' }), 'reject employer');

  const w = await ok(hr('POST', '/workers', workerBody), 'register worker');
  await ok(hr('PATCH', `/workers/${w.id}`, { mobile: '13812345679' }), 'update worker');
  await ok(
    hr('POST', `/workers/${w.id}/verify-identity`, {
      method: 'SOCIAL_SECURITY_CARD',
      verifiedAt: '2025-07-01T08:30:00+08:00',
    }),
    'verify identity',
  );
  const grant = (purpose: string) =>
    hr('POST', `/workers/${w.id}/consents`, {
      purpose,
      dataCategories: ['SKILLS_AND_HISTORY'],
      method: 'IN_APP',
      noticeVersion: '2025.06',
    });
  await ok(grant('JOB_MATCHING'), 'consent to matching');
  const push = await ok(grant('JOB_PUSH'), 'consent to push');
  await ok(hr('POST', `/workers/${w.id}/consents/${push.id}/revoke`, {}), 'revoke consent');
  await ok(hr('GET', `/workers/${w.id}/consents`), 'list consents');
  const q = {
    type: 'HEALTH_CERTIFICATE',
    name: '健康证明（家政服务）',
    certificateNumber: '2025330110004521',
    issuer: '杭州市余杭区疾病预防控制中心',
    issuedOn: '2025-03-12',
    validUntil: '2026-03-11',
  };
  await ok(hr('POST', `/workers/${w.id}/qualifications`, q), 'add qualification');
  const extra = await ok(
    hr('POST', `/workers/${w.id}/qualifications`, { ...q, certificateNumber: '2025330110009999' }),
    'add 2',
  );
  await ok(hr('DELETE', `/workers/${w.id}/qualifications/${extra.id}`), 'remove qualification');
  await ok(hr('GET', `/workers/${w.id}/qualifications`), 'list qualifications');
  await ok(hr('GET', `/workers/${w.id}`), 'get worker');
  await ok(hr('GET', '/workers'), 'list workers');
  return { marketId: m.id, employerId: e.id, workerId: w.id };
}
