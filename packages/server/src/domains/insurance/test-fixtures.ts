import { createApp } from '../../app.js';
import { ALL_SCOPES, provisionClients } from '../../auth/provision.js';
import type { Behaviour, DomainBehaviour } from '../../operations/definitions.js';
import { newId } from '../../operations/generic.js';
import { openDatabase } from '../../store/database.js';
import { insertObject } from '../../store/objects.js';
import { CLIENTS, TEST_CONFIG } from '../../test-support/harness.js';
import { common } from '../common/index.js';
import { credit } from '../credit/index.js';
import { jobsParties } from '../jobs-parties/index.js';
import { jobsPostings } from '../jobs-postings/index.js';
import { jobsWork } from '../jobs-work/index.js';
import { reporting } from '../reporting/index.js';
import { settlement } from '../settlement/index.js';
import { insurance } from './index.js';

/** An insurer and a worker app next to the harness's platforms, operator and regulator. */
export const INSURER = {
  clientId: 'insurer',
  clientSecret: 'secret-i',
  apiKey: 'key-insurer',
  tenantId: 'ten_01J0NSVRER0HANGZH0V0000000',
  tenantName: '某某财产保险股份有限公司杭州分公司',
  role: 'insurer',
  scopes: ALL_SCOPES,
};
export const WORKER_APP = {
  clientId: 'worker-app',
  clientSecret: 'secret-w',
  apiKey: 'key-worker-app',
  tenantId: 'ten_01J0WA0000000000000000000W',
  tenantName: '零工宝 App',
  role: 'worker_app',
  scopes: ALL_SCOPES,
};
export const TENANT_A = CLIENTS.platformA.tenantId;

/**
 * The reference behaviour as `behaviour.ts` builds it, tolerating a domain whose definitions are
 * half-written while other areas are built at the same time (an `undefined` resource is skipped).
 */
function tolerantBehaviour(): Behaviour {
  const domains: DomainBehaviour[] = [
    common,
    jobsParties,
    jobsPostings,
    jobsWork,
    settlement,
    insurance,
    credit,
    reporting,
  ];
  const resources = new Map(
    domains
      .flatMap((d) => d.resources)
      .filter(Boolean)
      .map((r) => [r.type, r]),
  );
  const custom = new Map(domains.flatMap((d) => Object.entries(d.custom)).filter(([, h]) => Boolean(h)));
  return { resources, custom, sweeps: domains.flatMap((d) => d.sweeps ?? []).filter(Boolean) };
}

/**
 * An in-memory server like `startTestServer()` with an insurer and a worker app next to the
 * harness's clients; `as(name)` calls as a harness client, `asInsurer`/`asWorkerApp` as the extra ones.
 */
export async function startInsuranceServer() {
  const opened = await openDatabase({});
  await provisionClients(opened.db, [
    ...Object.values(CLIENTS).map((c) => ({ ...c, scopes: [...c.scopes] })),
    INSURER,
    WORKER_APP,
  ]);
  let now = new Date('2025-07-01T01:00:00Z');
  const app = createApp({
    db: opened.db,
    clock: { now: () => now },
    config: TEST_CONFIG,
    behaviour: tolerantBehaviour(),
  });
  const call =
    (apiKey: string | null) =>
    async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await app.request(`/v1${path}`, {
        method,
        headers: {
          ...(apiKey ? { 'X-Api-Key': apiKey } : {}),
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      // biome-ignore lint/suspicious/noExplicitAny: tests read problem and object bodies loosely, as the harness does
      return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as any) : undefined };
    };
  return {
    app,
    db: opened.db,
    close: opened.close,
    setNow: (date: Date) => {
      now = date;
    },
    as: (client: keyof typeof CLIENTS) => call(CLIENTS[client].apiKey),
    anonymous: call(null),
    asInsurer: call(INSURER.apiKey),
    asWorkerApp: call(WORKER_APP.apiKey),
  };
}
export type InsuranceServer = Awaited<ReturnType<typeof startInsuranceServer>>;

const NOW = '2025-07-01T09:00:00+08:00';
let seq = 0;
const ms = () => Date.parse('2025-07-01T00:00:00Z') + ++seq;

/**
 * A stored worker, inserted directly because the workers domain is built separately: the full ID
 * number is server-side (`internal.idNumber`), as the workers domain keeps it.
 */
export async function insertWorker(
  server: InsuranceServer,
  options: { tenantId?: string; idNumber?: string; region?: string; hardship?: string[] } = {},
) {
  const id = newId('wkr', ms());
  const idNumber = options.idNumber ?? '330110199003071230';
  await insertObject(server.db, {
    id,
    type: 'Worker',
    tenantId: options.tenantId ?? TENANT_A,
    status: null,
    data: {
      id,
      tenantId: options.tenantId ?? TENANT_A,
      name: '王建军',
      idDocType: 'RESIDENT_ID',
      idNumberMasked: `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
      residenceRegion: options.region ?? '330110',
      hardshipCategories: options.hardship ?? [],
      createdAt: NOW,
      updatedAt: NOW,
    },
    internal: { idNumber },
    createdAt: NOW,
    updatedAt: NOW,
  });
  return id;
}

/** A job and a CONFIRMED work order of it for a worker, starting at `plannedStart`. */
export async function insertAssignment(
  server: InsuranceServer,
  workerId: string,
  options: { riskClass?: string; plannedStart?: string; plannedEnd?: string; status?: string } = {},
) {
  const jobId = newId('job', ms());
  const id = newId('asg', ms());
  const base = { createdAt: NOW, updatedAt: NOW };
  await insertObject(server.db, {
    id: jobId,
    type: 'Job',
    tenantId: TENANT_A,
    status: 'PUBLISHED',
    data: {
      id: jobId,
      riskClass: options.riskClass ?? '2',
      occupationCode: '4-10-01-01',
      location: { region: '330110', address: '杭州市余杭区' },
      ...base,
    },
    ...base,
  });
  await insertObject(server.db, {
    id,
    type: 'Assignment',
    tenantId: TENANT_A,
    status: options.status ?? 'CONFIRMED',
    data: {
      id,
      jobId,
      workerId,
      plannedStart: options.plannedStart ?? '2025-07-02T08:00:00+08:00',
      plannedEnd: options.plannedEnd ?? '2025-07-02T17:00:00+08:00',
      checkIn: null,
      checkOut: null,
      policyIds: [],
      contractRequired: false,
      insuranceRequired: true,
      status: options.status ?? 'CONFIRMED',
      ...base,
    },
    ...base,
  });
  return id;
}

/** A product body per basis, with the standard's default table and age bands (seed 001). */
export const productBody = (premiumBasis = 'PER_ORDER', overrides: Record<string, unknown> = {}) => ({
  name: '零工保',
  insurerUscc: '91330100MA28TQ4C6R',
  layer: 'BASE',
  premiumBasis,
  premiumTable: [
    { riskClass: '1', premiumFen: 400 },
    { riskClass: '2', premiumFen: 560 },
    { riskClass: '3', premiumFen: 720 },
  ],
  coverages: [
    { type: 'DEATH_DISABILITY', limitFen: 100_000_000 },
    { type: 'MEDICAL_OUT_OF_SCHEME', limitFen: 5_000_000, deductibleFen: 10_000, reimbursementBps: 9000 },
  ],
  sumInsuredByAge: [
    { minAge: 16, maxAge: 55, sumInsuredFen: 100_000_000 },
    { minAge: 56, maxAge: 65, sumInsuredFen: 40_000_000 },
  ],
  eligibleAge: { minAge: 16, maxAge: 65 },
  allowedPayers: ['EMPLOYER', 'PLATFORM', 'WORKER', 'GOVERNMENT'],
  regions: ['330100'],
  effectiveFrom: '2025-01-01',
  ...overrides,
});

/** A fresh Idempotency-Key. */
export const key = () => ({ 'Idempotency-Key': `test-${Date.now()}-${Math.random().toString(36).slice(2)}` });
