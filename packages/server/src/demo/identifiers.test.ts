import {
  isOccupationCode,
  isRegionCode,
  isResidentIdNumber,
  isUnifiedSocialCreditCode,
} from '@gigmarket/identifiers';
import { describe, expect, it } from 'vitest';
import { DEMO_INSURER_USCC } from './cover.js';
import { DEMO_DISTRICTS, HANGZHOU, HOME_REGIONS } from './districts.js';
import { DEMO_EMPLOYERS } from './employers.js';
import { DEMO_GIG_MARKETS } from './gig-markets.js';
import { organisationCodeCheckChar, residentId, uscc } from './identifiers.js';
import { OCCUPATIONS } from './occupations.js';
import { DEMO_WORKERS } from './workers.js';

type Body = { uscc?: string; legalRepresentative?: { idNumber: string }; person?: { idNumber: string } };

describe('the demo identifiers', () => {
  it('builds the check characters of DOMAIN.md §2.1 examples', () => {
    expect(residentId('330110', '19900307', '123')).toBe('330110199003071230');
    expect(uscc('91', '330110', 'MA2KXY3L')).toBe('91330110MA2KXY3L2E');
    // GB 11714 weights 3 7 9 10 5 8 4 2: a remainder of 1 gives X, of 0 gives 0.
    expect(organisationCodeCheckChar('MA2KXY3L')).toBe('2');
  });

  it('gives every employer, representative, household and the insurer a number that passes its checksum', () => {
    const usccs = [
      DEMO_INSURER_USCC,
      ...DEMO_EMPLOYERS.flatMap((e) => ((e.body as Body).uscc ? [(e.body as Body).uscc as string] : [])),
    ];
    const ids = DEMO_EMPLOYERS.map(
      (e) => ((e.body as Body).legalRepresentative ?? (e.body as Body).person)?.idNumber as string,
    );
    expect(usccs).toHaveLength(10);
    for (const code of usccs) expect(isUnifiedSocialCreditCode(code), code).toBe(true);
    for (const id of ids) expect(isResidentIdNumber(id), id).toBe(true);
    expect(new Set(usccs).size).toBe(usccs.length);
  });

  it('gives every worker a distinct resident ID that passes GB 11643, born where and when it says', () => {
    for (const w of DEMO_WORKERS)
      expect(isResidentIdNumber(w.idNumber), `${w.name} ${w.idNumber}`).toBe(true);
    expect(new Set(DEMO_WORKERS.map((w) => w.idNumber)).size).toBe(DEMO_WORKERS.length);
  });

  it('uses well-formed GB/T 2260 region and occupation codes throughout', () => {
    const regions = [
      HANGZHOU.code,
      ...DEMO_DISTRICTS.map((d) => d.code),
      ...Object.values(HOME_REGIONS),
      ...DEMO_GIG_MARKETS.map((m) => m.region),
      ...DEMO_WORKERS.map((w) => w.residence),
    ];
    for (const code of regions) expect(isRegionCode(code), code).toBe(true);
    for (const d of DEMO_DISTRICTS) expect(d.code.slice(0, 4), d.name).toBe('3301');
    for (const o of Object.values(OCCUPATIONS)) expect(isOccupationCode(o.code), o.code).toBe(true);
  });
});
