import { residentIdCheckChar, usccCheckChar } from '@gigmarket/identifiers';

/**
 * Valid national identifiers for fictitious demo people and organisations: fixed bodies with the
 * check characters computed, so every seeded number passes its checksum like a real one would.
 */

/**
 * A GB 11643 resident ID number: address code, birth date, sequence (odd = male, even = female)
 * and the ISO 7064 MOD 11-2 check character (DOMAIN.md §2.1).
 * @example residentId('330110', '19900307', '123') // '330110199003071230'
 */
export function residentId(region: string, birthDate: string, sequence: string): string {
  const first17 = `${region}${birthDate}${sequence}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

/** GB 11714 check character of an 8-character organisation code body (weights 3 7 9 10 5 8 4 2, mod 11). */
export function organisationCodeCheckChar(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = body[i] as string;
    sum += (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55) * (weights[i] as number);
  }
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * A GB 32100 USCC: registration authority and entity type (`91` enterprise, `92` individual
 * business, `52` private non-enterprise unit, DOMAIN.md §2.1), the registering authority's region,
 * a GB 11714 organisation code (body + its check character) and the USCC check character.
 * @example uscc('91', '330110', 'MA2KXY3L') // a valid enterprise code registered in 余杭区
 */
export function uscc(kind: '91' | '92' | '52', region: string, organisationBody: string): string {
  const first17 = `${kind}${region}${organisationBody}${organisationCodeCheckChar(organisationBody)}`;
  return `${first17}${usccCheckChar(first17)}`;
}
