import { ulid } from 'ulid';
import { type OperationContext, shanghaiIso } from '../../context.js';
import type { Database } from '../../store/database.js';
import { insertObject } from '../../store/objects.js';
import { CLIENTS } from '../../test-support/harness.js';

type Data = Record<string, unknown>;

/** The employer side (publishes jobs) and the worker side (registers workers) of the test work orders. */
export const EMPLOYER_TENANT = CLIENTS.platformA.tenantId;
export const WORKER_TENANT = CLIENTS.platformB.tenantId;
export const id = (prefix: string) => `${prefix}_${ulid()}`;
const NOW = '2025-07-01T09:00:00+08:00';

async function put(
  db: Database,
  type: string,
  tenantId: string,
  data: Data,
  status: string | null,
  partyTenantIds: string[] = [],
) {
  await insertObject(db, {
    id: String(data.id),
    type,
    tenantId,
    partyTenantIds,
    isPublic: false,
    status,
    data: { ...data, ...(status ? { status } : {}), createdAt: NOW, updatedAt: NOW },
    internal: {},
    createdAt: NOW,
    updatedAt: NOW,
  });
}

/**
 * A worker (registered by platform B), an employer and a job (published by platform A) and an
 * ACCEPTED application, written straight into the store: the jobs-postings and jobs-parties
 * operations are other areas' and not needed to test work orders.
 */
export async function seedEngagement(
  db: Database,
  job: {
    agreementType?: string;
    employmentForm?: string;
    insuranceRequired?: boolean;
    applicationStatus?: string;
  } = {},
) {
  const workerId = id('wkr');
  const employerId = id('emp');
  const jobId = id('job');
  const applicationId = id('apl');
  await put(db, 'Worker', WORKER_TENANT, { id: workerId, name: '王建国' }, null);
  await put(
    db,
    'Employer',
    EMPLOYER_TENANT,
    { id: employerId, legalName: '杭州某某家政服务有限公司' },
    'APPROVED',
  );
  const jobData: Data = {
    id: jobId,
    employerId,
    employerDisplayName: '某某家政',
    publishedVia: EMPLOYER_TENANT,
    title: '小区开荒保洁（日结）',
    employmentForm: job.employmentForm ?? 'SERVICE_CONTRACT',
    agreementType: job.agreementType ?? 'SERVICE_AGREEMENT',
    location: { region: '330110', address: '杭州市余杭区', geo: { lng: 120.301, lat: 30.421, crs: 'GCJ02' } },
    schedule: { startAt: '2025-07-01T08:00:00+08:00', endAt: '2025-07-31T18:00:00+08:00' },
    insuranceRequirement: { required: job.insuranceRequired ?? false },
    escrowId: null,
  };
  await put(db, 'Job', EMPLOYER_TENANT, jobData, 'PUBLISHED');
  const application: Data = {
    id: applicationId,
    jobId,
    workerId,
    employerId,
    submittedVia: WORKER_TENANT,
    offer: {
      payFen: 20000,
      startAt: '2025-07-02T08:00:00+08:00',
      endAt: '2025-07-02T12:00:00+08:00',
      expiresAt: '2025-07-01T20:00:00+08:00',
      offeredAt: NOW,
    },
  };
  await put(db, 'Application', WORKER_TENANT, application, job.applicationStatus ?? 'ACCEPTED', [
    EMPLOYER_TENANT,
  ]);
  return { workerId, employerId, jobId, applicationId, job: jobData, application };
}

/** A context for calling effects directly (as `applications.accept` would), on the store itself. */
export function effectContext(db: Database, at = new Date('2025-07-01T01:00:00Z')): OperationContext {
  return {
    tx: db,
    now: shanghaiIso(at),
    nowDate: at,
    caller: { ...CLIENTS.platformA, scopes: [...CLIENTS.platformA.scopes], authMethod: 'API_KEY' },
    newId: (prefix: string) => id(prefix),
    emit: async () => {},
  } as unknown as OperationContext;
}

/** An Idempotency-Key header (required for cancel, confirm and markNoShow). */
export const key = () => ({ 'Idempotency-Key': ulid() });
