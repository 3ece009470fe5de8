import { randomIds } from '../../ids.js';
import { insertObject } from '../../store/objects.js';
import { CLIENTS, type TestServer } from '../../test-support/harness.js';

/** Ids for rows the fixtures insert directly, outside any request. */
const fixtureId = randomIds();

export const TENANT_A = CLIENTS.platformA.tenantId;

const NOW = '2025-07-01T09:00:00+08:00';
let seq = 0;
const ms = () => Date.parse('2025-07-01T00:00:00Z') + ++seq;

/**
 * A stored worker, inserted directly because the workers domain is built separately: the full ID
 * number is server-side (`internal.idNumber`), as the workers domain keeps it.
 */
export async function insertWorker(
  server: TestServer,
  options: { tenantId?: string; idNumber?: string; region?: string; hardship?: string[] } = {},
) {
  const id = fixtureId('wkr', ms());
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
  server: TestServer,
  workerId: string,
  options: { riskClass?: string; plannedStart?: string; plannedEnd?: string; status?: string } = {},
) {
  const jobId = fixtureId('job', ms());
  const id = fixtureId('asg', ms());
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
