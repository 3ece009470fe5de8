import { describe, expect, it } from 'vitest';
import { isMobileNumber, maskMobileNumber } from './mobile.js';
import { isOccupationCode, occupationCodeProblem } from './occupation-code.js';
import { idPattern, idPrefix, isPrefixedId } from './prefixed-id.js';

describe('prefixed object IDs', () => {
  it('accepts a prefix + Crockford ULID and checks the prefix', () => {
    expect(isPrefixedId('job_01HZX8Q3W5T7V9B1C3D5F7G9HJ')).toBe(true);
    expect(isPrefixedId('job_01HZX8Q3W5T7V9B1C3D5F7G9HJ', 'job')).toBe(true);
    expect(isPrefixedId('job_01HZX8Q3W5T7V9B1C3D5F7G9HJ', 'esc')).toBe(false);
    expect(idPrefix('esc_01HZX8Q3W5T7V9B1C3D5F7G9HJ')).toBe('esc');
  });

  it.each([
    'job_01HZX8Q3W5T7V9B1C3D5F7G9H',
    'job_01HZX8Q3W5T7V9B1C3D5F7G9HI',
    'JOB_01HZX8Q3W5T7V9B1C3D5F7G9HJ',
    '01HZX8Q3W5T7V9B1C3D5F7G9HJ',
  ])('rejects %s', (id) => {
    expect(isPrefixedId(id)).toBe(false);
    expect(new RegExp(idPattern('job')).test(id)).toBe(false);
  });
});

describe('occupation codes and mobile numbers', () => {
  it('accepts 大典 codes and rejects others', () => {
    expect(isOccupationCode('4-02-07-10')).toBe(true);
    expect(isOccupationCode('4-10-01-06')).toBe(true);
    expect(occupationCodeProblem('9-10-01-06')).toMatch(/major group 1–8/);
    expect(isOccupationCode('4-1-01-06')).toBe(false);
  });

  it('accepts mainland mobiles and masks them', () => {
    expect(isMobileNumber('13812345678')).toBe(true);
    expect(isMobileNumber('12812345678')).toBe(false);
    expect(maskMobileNumber('13812345678')).toBe('138****5678');
  });
});
