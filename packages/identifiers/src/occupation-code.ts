/**
 * 国家职业分类大典 occupation code: 大类-中类-小类-细类, e.g. `4-10-01-06` 家政服务员.
 * Major groups are 1–8 in both the 2015 and 2022 editions (DOMAIN.md §2.1, E20).
 */

const SHAPE = /^[1-8]-\d{2}-\d{2}-\d{2}$/;

/** The regular expression of an occupation code. */
export const OCCUPATION_CODE_PATTERN = SHAPE.source;

/** Why an occupation code is invalid, or `null` when it is valid. */
export function occupationCodeProblem(value: string): string | null {
  return SHAPE.test(value) ? null : 'must be 大类-中类-小类-细类 with major group 1–8, e.g. 4-10-01-06';
}

/**
 * Whether `value` is shaped like an occupation code of the 国家职业分类大典.
 * @example isOccupationCode('4-02-07-10') // true
 */
export function isOccupationCode(value: string): boolean {
  return occupationCodeProblem(value) === null;
}
