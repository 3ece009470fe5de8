import { maskMobileNumber } from '@gigmarket/identifiers';
import type { OperationContext } from '../../context.js';
import { ruleViolation } from '../../http/problem.js';
import type { ResourceDefinition } from '../../operations/definitions.js';
import { mergePatch } from '../../operations/generic.js';
import type { ObjectRow } from '../../store/objects.js';
import { checkWorkingAge, maskIdNumber, RESIDENT_STYLE, readIdDocument } from './identity.js';
import {
  checkNotRegistered,
  checkPreferences,
  checkSkillQualifications,
  checkWorkerMarket,
  pick,
  WORKER_WRITABLE,
} from './worker-input.js';
import { presentWorker, type WorkerInternal } from './worker-view.js';

type Data = Record<string, unknown>;

/**
 * Workers (求职登记, seed 002). Full ID number, mobile and birth date live in `internal`; `data`
 * carries the masked forms and `presentWorker` adds the full ones for the owner with consent.
 */
export const workers: ResourceDefinition = {
  type: 'Worker',
  prefix: 'wkr',
  label: 'worker',
  present: presentWorker,
  create: async (ctx, body) => {
    const tenantId = ctx.caller?.tenantId as string;
    const input = pick(body, WORKER_WRITABLE);
    const idDocType = String(input.idDocType);
    const idNumber = String(input.idNumber);
    const mobile = String(input.mobile);
    const { gender, birthDate } = readIdDocument({
      idDocType,
      idNumber,
      gender: body.gender as string | undefined,
      birthDate: body.birthDate as string | undefined,
    });
    const age = checkWorkingAge(birthDate, ctx.now);
    checkPreferences(input.preferences as Data | undefined);
    checkSkillQualifications(input.skills as Data[] | undefined, []);
    await checkWorkerMarket(ctx, input);
    await checkNotRegistered(ctx, tenantId, idNumber);
    const { idNumber: _i, mobile: _m, ...rest } = input;
    const internal: WorkerInternal = {
      idNumber,
      mobile,
      birthDate,
      consentWindows: [],
      verificationHistory: [],
    };
    return {
      data: {
        tenantId,
        ...rest,
        idNumberMasked: maskIdNumber(idDocType, idNumber),
        gender,
        age,
        mobileMasked: maskMobileNumber(mobile),
        sensitivity: 'MASKED',
        identityVerification: null,
        skills: rest.skills ?? [],
        qualifications: [],
        preferences: rest.preferences ?? {},
        creditScore: null,
        badges: [],
        activeConsentPurposes: [],
      },
      internal: internal as unknown as Data,
    };
  },
  // An empty patch never gets here: `minProperties: 1` is checked centrally (validation/schema-rules.ts).
  update: (ctx, row, patch) => updateWorker(ctx, row, pick(patch, WORKER_WRITABLE)),
};

/**
 * `workers.update`: merge patch with the identity rules. Name and document may be corrected only
 * while no real-name check is on record; a new number is validated, re-derived and checked for
 * duplicates and age as on registration.
 */
async function updateWorker(ctx: OperationContext, row: ObjectRow, patch: Data) {
  const data = row.data as Data;
  const internal = { ...(row.internal as WorkerInternal) };
  const identity = ['name', 'idDocType', 'idNumber'].filter((f) => patch[f] !== undefined);
  if (identity.length && data.identityVerification)
    throw ruleViolation(
      `${identity.join(', ')} cannot change after a real-name check is on record (docs/domains/jobs-parties.md, Registration); register the person again if the check was wrong.`,
    );
  const changes: Data = {};
  if (patch.idDocType !== undefined || patch.idNumber !== undefined) {
    const idDocType = String(patch.idDocType ?? data.idDocType);
    const idNumber = String(patch.idNumber ?? internal.idNumber);
    if (RESIDENT_STYLE.has(idDocType)) {
      const derived = readIdDocument({ idDocType, idNumber }, false);
      changes.gender = derived.gender;
      internal.birthDate = derived.birthDate;
    }
    changes.age = checkWorkingAge(internal.birthDate, ctx.now);
    await checkNotRegistered(ctx, row.tenantId, idNumber, row.id);
    changes.idNumberMasked = maskIdNumber(idDocType, idNumber);
    internal.idNumber = idNumber;
  }
  if (typeof patch.mobile === 'string') {
    internal.mobile = patch.mobile;
    changes.mobileMasked = maskMobileNumber(patch.mobile);
  }
  const qualificationIds = ((data.qualifications as Data[] | undefined) ?? []).map((q) => String(q.id));
  checkSkillQualifications(patch.skills as Data[] | undefined, qualificationIds);
  await checkWorkerMarket(ctx, patch);
  const { idNumber: _i, mobile: _m, ...rest } = patch;
  const merged = mergePatch(data, { ...rest, ...changes });
  checkPreferences(merged.preferences as Data | undefined);
  return { data: merged, internal: internal as unknown as Data };
}
