/**
 * 行政区划代码 (administrative division code), GB/T 2260: 2 digits province, 2 prefecture, 2 county.
 *
 * There is no checksum; structure is checked instead: a real province prefix, and a county part only
 * under a prefecture (or under `90`, the county-level units directly under a province such as
 * 济源 419001). Codes change every year, so membership in one year's list is *not* required.
 */

/** Province-level prefixes in GB/T 2260 (incl. 71 Taiwan, 81 Hong Kong, 82 Macao). */
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

/** The level of a region code. */
export type RegionLevel = 'PROVINCE' | 'PREFECTURE' | 'COUNTY';

/** Why a region code is invalid, or `null` when it is valid. */
export function regionCodeProblem(value: string): string | null {
  if (!/^\d{6}$/.test(value)) return 'must be 6 digits (GB/T 2260), e.g. 330110';
  if (!PROVINCES.has(value.slice(0, 2))) return `${value.slice(0, 2)} is not a GB/T 2260 province prefix`;
  if (value.slice(2, 4) === '00' && value.slice(4) !== '00') {
    return 'a county part needs a prefecture part: xx00yy is not a code';
  }
  return null;
}

/**
 * Whether `value` has the structure of a GB/T 2260 region code.
 * @example isRegionCode('330110') // true
 */
export function isRegionCode(value: string): boolean {
  return regionCodeProblem(value) === null;
}

/** Province (`xx0000`), prefecture (`xxxx00`) or county level. */
export function regionLevel(value: string): RegionLevel {
  if (value.endsWith('0000')) return 'PROVINCE';
  if (value.endsWith('00')) return 'PREFECTURE';
  return 'COUNTY';
}

/** The province code (`xx0000`) a region belongs to. */
export function provinceOf(value: string): string {
  return `${value.slice(0, 2)}0000`;
}

/** Whether `inner` is `outer` or lies inside it (a county in its prefecture or province). */
export function isWithinRegion(inner: string, outer: string): boolean {
  if (regionLevel(outer) === 'PROVINCE') return inner.slice(0, 2) === outer.slice(0, 2);
  if (regionLevel(outer) === 'PREFECTURE') return inner.slice(0, 4) === outer.slice(0, 4);
  return inner === outer;
}
