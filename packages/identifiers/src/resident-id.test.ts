import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthDateFromResidentId,
  genderFromResidentId,
  isResidentIdNumber,
  maskResidentId,
  residentIdCheckChar,
  residentIdProblem,
} from './resident-id.js';

describe('resident ID number (GB 11643)', () => {
  it.each([
    ['330110199003071230', 'Yuhang, 1990-03-07, male'],
    ['210202198512150328', 'Dalian Zhongshan, female'],
    ['350402200104150021', 'abolished 梅列区 code stays valid'],
  ])('accepts %s (%s)', (id) => {
    expect(residentIdProblem(id)).toBeNull();
  });

  it.each([
    ['330110199003071231', /check character should be 0/],
    ['330110199002301230', /not a real date/],
    ['33011019900307123x', /uppercase X/],
    ['33011019900307123', /18 characters/],
    ['030110199003071230', /18 characters/],
    ['330110179003071230', /18 characters/],
  ])('rejects %s', (id, reason) => {
    expect(residentIdProblem(id)).toMatch(reason);
    expect(isResidentIdNumber(id)).toBe(false);
  });

  it('computes the check character with ISO 7064 MOD 11-2, including X', () => {
    expect(residentIdCheckChar('33011019900307123')).toBe('0');
    // Find a body whose check is X and make sure the validator accepts it.
    const body = Array.from({ length: 1000 }, (_, i) => `11010119900101${String(i).padStart(3, '0')}`).find(
      (b) => residentIdCheckChar(b) === 'X',
    );
    expect(body).toBeDefined();
    expect(isResidentIdNumber(`${body}X`)).toBe(true);
  });

  it('accepts exactly one check character for any valid body (property)', () => {
    const body = fc
      .record({
        region: fc.constantFrom('330110', '210202', '450123', '140121'),
        date: fc.date({ min: new Date('1950-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
        seq: fc.integer({ min: 0, max: 999 }),
      })
      .map(
        ({ region, date, seq }) =>
          `${region}${date.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`,
      );
    fc.assert(
      fc.property(body, (b) => {
        const valid = '0123456789X'.split('').filter((c) => isResidentIdNumber(b + c));
        return valid.length === 1 && valid[0] === residentIdCheckChar(b);
      }),
    );
  });

  it('detects every single-digit change in the first 17 positions', () => {
    const valid = '330110199003071230';
    for (let pos = 0; pos < 17; pos++) {
      for (let delta = 1; delta < 10; delta++) {
        const body = valid.slice(0, pos) + ((Number(valid[pos]) + delta) % 10) + valid.slice(pos + 1, 17);
        expect(residentIdCheckChar(body)).not.toBe('0');
      }
    }
  });

  it('derives birth date and gender, and masks', () => {
    expect(birthDateFromResidentId('330110199003071230')).toBe('1990-03-07');
    expect(genderFromResidentId('330110199003071230')).toBe('MALE');
    expect(genderFromResidentId('210202198512150328')).toBe('FEMALE');
    expect(maskResidentId('330110199003071230')).toBe('330110********1230');
  });
});
