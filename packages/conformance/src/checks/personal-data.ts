import { isMobileNumber, isResidentIdNumber, isUnifiedSocialCreditCode } from '@gigmarket/identifiers';

// Candidates only: an 18-character run of digits (and a final X) or an 11-digit run starting with 1.
// Each is then confirmed by its own rule, so an employer's all-digit USCC (public by law) or an
// order number is not mistaken for personal data.
const EIGHTEEN = /(?<![\dA-Z])\d{17}[\dX](?![\dA-Z])/g;
const ELEVEN = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/**
 * The first piece of personal data (PIPL art. 28) in `text`: a resident ID number that passes the GB
 * 11643 checksum and date and is not also a valid USCC, or a mainland mobile number. `undefined` when
 * there is none.
 *
 * @example
 * findPersonalData('{"creditCode":"911401213323945348"}'); // undefined
 */
export function findPersonalData(text: string): string | undefined {
  for (const [candidate] of text.matchAll(EIGHTEEN)) {
    if (isResidentIdNumber(candidate) && !isUnifiedSocialCreditCode(candidate)) return candidate;
  }
  for (const [candidate] of text.matchAll(ELEVEN)) if (isMobileNumber(candidate)) return candidate;
  return undefined;
}
