import { ageOn } from '@gigmarket/engine';
import {
  birthDateFromResidentId,
  genderFromResidentId,
  maskResidentId,
  residentIdProblem,
} from '@gigmarket/identifiers';
import { type FieldError, ruleViolation, validationProblem } from '../../http/problem.js';

/** Documents whose number is a GB 11643 number that carries birth date and gender (IdDocType). */
export const RESIDENT_STYLE = new Set([
  'RESIDENT_ID',
  'HMT_RESIDENCE_PERMIT',
  'FOREIGNER_PERMANENT_RESIDENCE',
]);

/** The minimum working age: 劳动法 art. 15 forbids employing anyone under 16. */
export const MINIMUM_WORKING_AGE = 16;

export interface IdDocument {
  idDocType: string;
  idNumber: string;
  gender?: string | undefined;
  birthDate?: string | undefined;
}

/**
 * Validates a worker's identity document and derives what the number carries. Resident-ID-style
 * numbers must pass GB 11643 (shape, real birth date, MOD 11-2 check character: `400
 * checksum_mismatch`) and must not come with a declared gender or birth date; passports must
 * declare both (WorkerCreate's conditional schema, which the generated zod does not enforce).
 */
export function readIdDocument(
  doc: IdDocument,
  declaredAllowed = true,
): { gender: string; birthDate: string } {
  const errors: FieldError[] = [];
  if (RESIDENT_STYLE.has(doc.idDocType)) {
    const problem = residentIdProblem(doc.idNumber);
    if (problem)
      errors.push({
        pointer: '/idNumber',
        detail: problem,
        code: problem.startsWith('the check character') ? 'checksum_mismatch' : 'invalid_format',
      });
    for (const field of ['gender', 'birthDate'] as const)
      if (doc[field] !== undefined)
        errors.push({
          pointer: `/${field}`,
          detail: `derived from the ${doc.idDocType} number; send it only for PASSPORT`,
          code: 'not_allowed',
        });
    if (errors.length) throw validationProblem(errors);
    return {
      gender: genderFromResidentId(doc.idNumber),
      birthDate: birthDateFromResidentId(doc.idNumber) as string,
    };
  }
  if (declaredAllowed)
    for (const field of ['gender', 'birthDate'] as const)
      if (doc[field] === undefined)
        errors.push({ pointer: `/${field}`, detail: 'required for PASSPORT', code: 'required' });
  if (errors.length) throw validationProblem(errors);
  return { gender: doc.gender as string, birthDate: doc.birthDate as string };
}

/** Refuses a worker under 16 (or with an impossible age) on the day of `now`; answers the age. */
export function checkWorkingAge(birthDate: string, now: string): number {
  let age: number;
  try {
    age = ageOn(birthDate, now);
  } catch {
    throw ruleViolation(`The birth date ${birthDate} is after today; check the identity document.`);
  }
  if (age < MINIMUM_WORKING_AGE)
    throw ruleViolation(
      `The worker is ${age} years old; workers must be at least ${MINIMUM_WORKING_AGE} on the day of registration (劳动法 art. 15).`,
    );
  if (age > 120)
    throw ruleViolation(`The birth date ${birthDate} gives an age over 120; check the document.`);
  return age;
}

/**
 * The masked form of a document number: resident-ID style keeps the address code and the last 4
 * (`330110********1230`); passports keep the first character and the last 2 (Worker.idNumberMasked).
 */
export function maskIdNumber(idDocType: string, idNumber: string): string {
  if (RESIDENT_STYLE.has(idDocType)) return maskResidentId(idNumber);
  return `${idNumber.slice(0, 1)}${'*'.repeat(idNumber.length - 3)}${idNumber.slice(-2)}`;
}

/** A certificate number with the holder's embedded ID number masked (special-operation certificates). */
export function maskEmbeddedId(text: string, idDocType: string, idNumber: string): string {
  return idNumber && text.includes(idNumber)
    ? text.split(idNumber).join(maskIdNumber(idDocType, idNumber))
    : text;
}
