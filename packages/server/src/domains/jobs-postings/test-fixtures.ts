import { ulid } from 'ulid';
import { ALL_SCOPES, provisionClients } from '../../auth/provision.js';
import type { Database } from '../../store/database.js';
import { insertObject } from '../../store/objects.js';
import { CLIENTS, type startTestServer } from '../../test-support/harness.js';

type Data = Record<string, unknown>;
export type Server = Awaited<ReturnType<typeof startTestServer>>;

export const A = CLIENTS.platformA.tenantId;
export const B = CLIENTS.platformB.tenantId;
export const OPERATOR = CLIENTS.operator.tenantId;
const NOW = '2025-07-01T08:00:00+08:00';
export const newFixtureId = (prefix: string) => `${prefix}_${ulid()}`;

async function put(db: Database, type: string, tenantId: string, data: Data, status: string | null) {
  await insertObject(db, {
    id: String(data.id),
    type,
    tenantId,
    partyTenantIds: [],
    isPublic: false,
    status,
    data: { ...data, ...(status ? { status } : {}), createdAt: NOW, updatedAt: NOW },
    internal: {},
    createdAt: NOW,
    updatedAt: NOW,
  });
}

/**
 * An employer row (POST /employers belongs to another area, so tests write it into the store).
 * `honest` gives it the HONEST_EMPLOYER badge and the fast track.
 */
export async function seedEmployer(
  db: Database,
  options: { tenantId?: string; status?: string; honest?: boolean; creditScore?: number } = {},
): Promise<string> {
  const id = newFixtureId('emp');
  await put(
    db,
    'Employer',
    options.tenantId ?? A,
    {
      id,
      tenantId: options.tenantId ?? A,
      kind: 'ORGANIZATION',
      entityType: 'ENTERPRISE',
      uscc: '91330110MA2KXY3L2E',
      legalName: '清徐县某某家政服务有限公司',
      displayName: '某某家政',
      registeredRegion: '140121',
      contactName: '李敏',
      contactMobileMasked: '137****6201',
      sensitivity: 'MASKED',
      review: {
        submittedAt: NOW,
        reviewedAt: NOW,
        reviewedBy: OPERATOR,
        rejectionReason: null,
        fieldsToFix: [],
      },
      creditScore: options.creditScore ?? 780,
      badges: options.honest ? ['HONEST_EMPLOYER'] : [],
      fastTrackEligible: Boolean(options.honest),
      blacklist: { listed: false, entries: [] },
    },
    options.status ?? 'APPROVED',
  );
  return id;
}

/** A worker row registered by `tenantId` (platform B by default), living in 清徐县. */
export async function seedWorker(
  db: Database,
  options: {
    tenantId?: string;
    consents?: string[];
    creditScore?: number;
    birthDate?: string;
    certificates?: string[];
    name?: string;
  } = {},
): Promise<string> {
  const id = newFixtureId('wkr');
  await put(
    db,
    'Worker',
    options.tenantId ?? B,
    {
      id,
      tenantId: options.tenantId ?? B,
      name: options.name ?? '王建国',
      idDocType: 'RESIDENT_ID',
      idNumberMasked: '140121********1230',
      gender: 'MALE',
      birthDate: options.birthDate ?? '1990-03-07',
      age: 35,
      mobileMasked: '138****5678',
      sensitivity: 'MASKED',
      identityVerification: { method: 'SOCIAL_SECURITY_CARD', verifiedAt: NOW, verifiedBy: B },
      residenceRegion: '140121',
      skills: [{ occupationCode: '4-10-01-06', name: '家政服务员', level: 4 }],
      qualifications: (options.certificates ?? ['健康证']).map((name, i) => ({
        id: newFixtureId('qlf'),
        workerId: id,
        type: 'HEALTH_CERTIFICATE',
        name,
        certificateNumber: `HC-2025-${i}000`,
        issuer: '清徐县疾病预防控制中心',
        issuedOn: '2025-01-01',
        validUntil: '2026-01-01',
        issuerVerified: true,
      })),
      preferences: {
        occupations: ['4-10-01-06'],
        payFloorFen: 20000,
        payFloorUnit: 'PER_DAY',
        maxDailyHours: 8,
        availableDays: [1, 2, 3, 4, 5, 6],
        availableHours: { start: '07:00', end: '18:00' },
      },
      creditScore: options.creditScore ?? 640,
      badges: [],
      activeConsentPurposes: options.consents ?? ['JOB_MATCHING'],
    },
    null,
  );
  return id;
}

/** The spec's JobCreate example, moved to 清徐县 so the region centres and markets line up. */
export function jobBody(employerId: string, overrides: Data = {}): Data {
  return {
    employerId,
    title: '小区开荒保洁（日结）',
    description:
      '新交付小区住宅开荒保洁：清理装修垃圾、擦洗门窗玻璃、清洁厨卫和地面。公司提供清洁工具和耗材，中午包一餐。',
    occupationCode: '4-10-01-06',
    occupationEdition: '2015',
    workType: '家务服务员',
    jobType: 'DAY_LABOUR',
    employmentForm: 'SERVICE_CONTRACT',
    openings: 3,
    requirements: {
      summary: '身体健康，能吃苦耐劳，有保洁或家政经验者优先；自带工作服。',
      ageMin: 18,
      ageMax: 60,
    },
    location: {
      region: '140121',
      address: '山西省太原市清徐县清源镇文源路18号',
      geo: { lng: 112.357, lat: 37.608, crs: 'GCJ02' },
    },
    schedule: {
      startAt: '2025-07-05T08:00:00+08:00',
      endAt: '2025-07-05T17:00:00+08:00',
      dailyHours: 8,
      shifts: [
        { start: '08:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    },
    pay: { unit: 'PER_DAY', rateFen: 20000, estimatedTotalFen: 20000, payCycle: 'DAILY' },
    insuranceRequirement: { required: true, payer: 'EMPLOYER', minSumInsuredFen: 60000000 },
    escrowRequired: false,
    validThrough: '2025-07-04T18:00:00+08:00',
    tags: ['日结', '包午餐'],
    metadata: { partnerOrderNo: 'QX-JZ-20250701-0042' },
    ...overrides,
  };
}

/** Creates a job as platform A and publishes it by the fast track (its employer is honest). */
export async function publishedJob(server: Server, overrides: Data = {}): Promise<Data> {
  const employerId = await seedEmployer(server.db, { honest: true });
  const created = await server.as('platformA')('POST', '/jobs', jobBody(employerId, overrides));
  if (created.status !== 201) throw new Error(JSON.stringify(created.body));
  const published = await server.as('platformA')('POST', `/jobs/${created.body.id}/publish`, {});
  if (published.status !== 200) throw new Error(JSON.stringify(published.body));
  return published.body as Data;
}

/**
 * A client of the market operator's tenant with the `admin` scope its review decisions need (the
 * harness's operator client has none), as a fetch-like helper like `server.as(...)`.
 */
export async function operatorReviewer(server: Server) {
  const apiKey = 'key-operator-admin';
  await provisionClients(server.db, [
    { ...CLIENTS.operator, clientId: 'operator-admin', apiKey, scopes: [...ALL_SCOPES, 'admin'] },
  ]);
  return async (method: string, path: string, body?: unknown) => {
    const res = await server.app.request(`/v1${path}`, {
      method,
      headers: { 'X-Api-Key': apiKey, ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: test bodies are read loosely, as the harness does
    return { status: res.status, body: text ? (JSON.parse(text) as any) : undefined };
  };
}
