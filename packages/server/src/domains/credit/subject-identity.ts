import { ruleViolation } from '../../http/problem.js';
import type { Subject } from './subjects.js';

type Data = Record<string, unknown>;

/**
 * A listing names the subject as registered (BlacklistEntryCreate.subjectIdentity): an
 * organisation by its legal name and USCC, an individual by name and masked ID number; `422`
 * otherwise, so that a published list never names the wrong party.
 */
export function checkIdentity(subject: Subject, identity: Data): void {
  const record = (subject.row?.data ?? {}) as Data;
  const mismatch = (field: string, given: unknown, registered: unknown) => {
    if (given !== undefined && registered !== undefined && given !== registered)
      throw ruleViolation(
        `subjectIdentity.${field} does not match the registered ${subject.ref.type.toLowerCase()} ${subject.ref.id}.`,
      );
  };
  if (subject.ref.type === 'TENANT') {
    mismatch('name', identity.name, subject.tenantName);
    return;
  }
  if (subject.ref.type === 'WORKER') {
    mismatch('name', identity.name, record.name);
    mismatch('idNumberMasked', identity.idNumberMasked, record.idNumberMasked);
    return;
  }
  if (record.kind === 'ORGANIZATION') {
    if (identity.uscc === undefined)
      throw ruleViolation(`subjectIdentity.uscc is required for the organisation ${subject.ref.id}.`);
    mismatch('uscc', identity.uscc, record.uscc);
    mismatch('name', identity.name, record.legalName);
    return;
  }
  const person = (record.person ?? {}) as Data;
  mismatch('name', identity.name, person.name);
  mismatch('idNumberMasked', identity.idNumberMasked, person.idNumberMasked);
}
