import { ageOn } from '@gigmarket/engine';
import type { OperationContext } from '../../context.js';
import type { ObjectRow } from '../../store/objects.js';
import { maskEmbeddedId } from './identity.js';

type Data = Record<string, unknown>;

/** A `GRANTED` consent's purpose and end, kept on the worker so reads need no second query. */
export interface ConsentWindow {
  purpose: string;
  validUntil: string | null;
}

/** What the server keeps about a worker that reads may not carry (docs/domains/jobs-parties.md). */
export interface WorkerInternal {
  idNumber: string;
  mobile: string;
  birthDate: string;
  consentWindows?: ConsentWindow[];
  verificationHistory?: Data[];
}

const PURPOSE_ORDER = [
  'JOB_MATCHING',
  'JOB_PUSH',
  'IDENTITY_DATA',
  'PRECISE_LOCATION',
  'THIRD_PARTY_SHARING',
  'CREDIT_QUERY',
  'INSURANCE',
  'SUBSIDY_APPLICATION',
];

/**
 * The purposes the worker's `GRANTED` consents cover at `now`. A consent whose `validUntil` passed
 * counts as ended at once, even before the expiry sweep has moved it to `EXPIRED`.
 */
export function activeConsentPurposes(row: ObjectRow, now: Date): string[] {
  const windows = ((row.internal as Partial<WorkerInternal>).consentWindows ?? []).filter(
    (w) => w.validUntil === null || Date.parse(w.validUntil) > now.getTime(),
  );
  const purposes = new Set(windows.map((w) => w.purpose));
  return PURPOSE_ORDER.filter((p) => purposes.has(p));
}

/**
 * Whether the worker has a `GRANTED` consent for a purpose now, e.g. `JOB_MATCHING` before matching
 * or `JOB_PUSH` before pushing jobs (PIPL art. 14, 15).
 */
export function hasActiveConsent(row: ObjectRow, purpose: string, now: Date): boolean {
  return activeConsentPurposes(row, now).includes(purpose);
}

/** Whether the caller reads the worker in full: owner with the worker's `IDENTITY_DATA` consent. */
export function seesWorkerInFull(ctx: OperationContext, row: ObjectRow): boolean {
  return (
    ctx.caller?.tenantId === row.tenantId &&
    ctx.caller.role !== 'regulator' &&
    hasActiveConsent(row, 'IDENTITY_DATA', ctx.nowDate)
  );
}

/** A qualification as a caller sees it: an embedded ID number is masked for masked readers. */
export function presentQualification(data: Data, worker: ObjectRow, full: boolean): Data {
  if (full) return data;
  const { idNumber } = worker.internal as WorkerInternal;
  const idDocType = (worker.data as Data).idDocType as string;
  return { ...data, certificateNumber: maskEmbeddedId(String(data.certificateNumber), idDocType, idNumber) };
}

/**
 * A worker as the caller may see it (PIPL art. 28, E24): `idNumber`, `mobile` and `birthDate` only
 * for the owning tenant with the worker's `IDENTITY_DATA` consent (`sensitivity: FULL`);
 * `hardshipCategories` only for the owner and regulators; `age` as of today (Asia/Shanghai).
 * Other areas that show workers (candidate lists, applications) should answer through this too.
 */
export function presentWorker(ctx: OperationContext, row: ObjectRow): Data {
  const internal = row.internal as WorkerInternal;
  const full = seesWorkerInFull(ctx, row);
  const { statusReason: _s, ...data } = row.data as Data;
  const out: Data = {
    ...data,
    age: ageOn(internal.birthDate, ctx.now),
    sensitivity: full ? 'FULL' : 'MASKED',
    activeConsentPurposes: activeConsentPurposes(row, ctx.nowDate),
    qualifications: ((data.qualifications as Data[] | undefined) ?? []).map((q) =>
      presentQualification(q, row, full),
    ),
  };
  if (full)
    Object.assign(out, {
      idNumber: internal.idNumber,
      mobile: internal.mobile,
      birthDate: internal.birthDate,
    });
  const ownerOrRegulator = ctx.caller?.tenantId === row.tenantId || ctx.caller?.role === 'regulator';
  if (!ownerOrRegulator) delete out.hardshipCategories;
  return out;
}
