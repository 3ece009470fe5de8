import { ageOn } from '@gigmarket/engine';
import { birthDateFromResidentId, genderFromResidentId } from '@gigmarket/identifiers';
import { ruleViolation } from '../../http/problem.js';
import type { ObjectRow } from '../../store/objects.js';
import type { Data } from './support.js';

/** What insurance and subsidy rules need to know about a worker. */
export interface WorkerFacts {
  id: string;
  name: string;
  birthDate: string | null;
  gender: 'MALE' | 'FEMALE' | null;
  region: string | null;
  hardshipCategories: string[];
}

/**
 * The facts of a stored worker. The birth date comes from the full resident ID number, which the
 * workers domain keeps server-side (`internal.idNumber`; `data.idNumber` only on full reads), and
 * falls back to a declared `birthDate` for passports.
 */
export function workerFacts(row: ObjectRow): WorkerFacts {
  const data = row.data as Data;
  const internal = row.internal as Data;
  const idNumber = [internal.idNumber, data.idNumber].find((v): v is string => typeof v === 'string');
  const residentId = idNumber && /^\d{17}[\dX]$/.test(idNumber) ? idNumber : null;
  const birthDate =
    (residentId ? birthDateFromResidentId(residentId) : null) ??
    [internal.birthDate, data.birthDate].find((v): v is string => typeof v === 'string') ??
    null;
  const gender = residentId
    ? genderFromResidentId(residentId)
    : data.gender === 'MALE' || data.gender === 'FEMALE'
      ? data.gender
      : null;
  return {
    id: row.id,
    name: String(data.name ?? ''),
    birthDate,
    gender,
    region: ((data.residenceRegion ?? data.householdRegion) as string | undefined) ?? null,
    hardshipCategories: (data.hardshipCategories as string[] | undefined) ?? [],
  };
}

/** The worker's age in whole years on an instant (engine `ageOn`), or `422` when unknown. */
export function workerAgeOn(worker: WorkerFacts, on: string): number {
  if (!worker.birthDate)
    throw ruleViolation(
      `The birth date of worker ${worker.id} is not known (no resident ID number or declared birth date); the age decides insurability and the sum insured (seed 001).`,
    );
  return ageOn(worker.birthDate, on);
}
