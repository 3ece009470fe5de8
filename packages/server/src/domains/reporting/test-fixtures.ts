import { ulid } from 'ulid';
import type { Database } from '../../store/database.js';
import { insertObject } from '../../store/objects.js';
import { CLIENTS } from '../../test-support/harness.js';

type Data = Record<string, unknown>;
const NOW = '2025-07-01T09:00:00+08:00';
export const id = (prefix: string) => `${prefix}_${ulid()}`;

/** Writes an object straight into the store (other areas' resources the reporting domain reads). */
export async function put(
  db: Database,
  type: string,
  tenantId: string,
  data: Data,
  status: string | null,
  isPublic = false,
) {
  await insertObject(db, {
    id: String(data.id),
    type,
    tenantId,
    partyTenantIds: [],
    isPublic,
    status,
    data: { ...data, ...(status ? { status } : {}), createdAt: NOW, updatedAt: NOW },
    internal: {},
    createdAt: NOW,
    updatedAt: NOW,
  });
}

/** Platform A registered as an enterprise in the directory, so its USCC is known. */
export async function seedReporter(db: Database, client: 'platformA' | 'platformB' = 'platformA') {
  const c = CLIENTS[client];
  await put(
    db,
    'Employer',
    c.tenantId,
    { id: id('emp'), legalName: c.tenantName, uscc: '91330106MA2CFE7K3C' },
    'APPROVED',
  );
}

/** Workers registered by a tenant. */
export async function seedWorkers(db: Database, tenantId: string, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const workerId = id('wkr');
    await put(db, 'Worker', tenantId, { id: workerId, name: `工人${i}` }, null);
    ids.push(workerId);
  }
  return ids;
}

/** A worker-month row as submitted. */
export const row = (workerId: string, extra: Data = {}) => ({
  workerId,
  month: '2025-06',
  workHoursMinutes: 9360,
  orderCount: 612,
  incomeFen: 586000,
  workRegions: ['330110', '330106'],
  employmentForm: 'CIVIL_SELF_EMPLOYED',
  contactMobile: '13812345678',
  selfAttested: true,
  selfAttestedAt: '2025-07-01T08:15:00+08:00',
  ...extra,
});

/** A valid half-year ledger with 21,520 workers. */
export const ledger = () => ({
  businessModel: { type: 'CROWDSOURCING', description: '即时配送平台' },
  occupationCodes: ['4-02-07-10'],
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
    unionMembers: 4200,
    complaints: 37,
    disputes: 12,
    mediationOrganisation: true,
    collectiveConsultationTopics: ['REST_RULES', 'PIECE_RATES'],
  },
  commissionCapBps: 2000,
});
