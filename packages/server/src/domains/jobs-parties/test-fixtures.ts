import { residentIdCheckChar, usccCheckChar } from '@gigmarket/identifiers';

/** A valid GB 11643 number for a birth date (`YYYYMMDD`) and a 3-digit sequence (odd = male). */
export function residentId(birth: string, sequence: string, region = '330110'): string {
  const first17 = `${region}${birth}${sequence}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

/** A valid GB 32100 code for its first 17 characters. */
export const uscc = (first17: string) => `${first17}${usccCheckChar(first17)}`;

/** The same number with a wrong check character. */
export function withWrongCheck(id: string): string {
  const wrong = id.endsWith('0') ? '1' : '0';
  return `${id.slice(0, 17)}${wrong}`;
}

/** A listed gig market an operator can create (tests of workers and employers refer to it). */
export const MARKET = {
  name: '清徐县零工市场',
  venueType: 'MARKET',
  operatorType: 'PUBLIC',
  operator: { name: '清徐县公共就业服务中心', uscc: '52140121MJY277318L' },
  location: { region: '140121', address: '山西省太原市清徐县清源镇文源路18号' },
  openingHours: [{ daysOfWeek: [1, 2, 3, 4, 5, 6, 7], open: '05:30', close: '18:00' }],
  contacts: { hotline: '0351-5722333', complaintHotline: '12333' },
};

/** A worker registration; `idNumber` and `mobile` vary per test so duplicates are deliberate. */
export function workerBody(idNumber: string, extra: Record<string, unknown> = {}) {
  return {
    name: '王建国',
    idDocType: 'RESIDENT_ID',
    idNumber,
    mobile: '13812345678',
    householdRegion: '330110',
    residenceRegion: '330110',
    employmentSituation: 'FLEXIBLE',
    hardshipCategories: ['HARD_TO_EMPLOY'],
    skills: [{ occupationCode: '4-10-01-06', name: '家政服务员', level: 4, yearsOfExperience: 6 }],
    preferences: {
      occupations: ['4-10-01-06'],
      regions: ['330110'],
      payFloorFen: 20000,
      payFloorUnit: 'PER_DAY',
    },
    ...extra,
  };
}
