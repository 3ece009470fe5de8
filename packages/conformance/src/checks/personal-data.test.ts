import { residentIdCheckChar, usccCheckChar } from '@gigmarket/identifiers';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from './personal-data.js';

const residentId = (first17: string) => `${first17}${residentIdCheckChar(first17)}`;
const uscc = (first17: string) => `${first17}${usccCheckChar(first17)}`;

describe('findPersonalData', () => {
  it('finds a valid resident ID number and a mobile number', () => {
    const id = residentId('33010619900307123');
    expect(findPersonalData(`{"worker":"${id}"}`)).toBe(id);
    expect(findPersonalData('name,phone\n张三,13812345678\n')).toBe('13812345678');
  });

  it('lets an all-digit USCC, a wrong-checksum number and a landline through', () => {
    const code = uscc('91140121332394534');
    expect(findPersonalData(`{"creditCode":"${code}"}`)).toBeUndefined();
    const id = residentId('33010619900307123');
    const wrong = `${id.slice(0, 17)}${id.endsWith('1') ? '2' : '1'}`;
    expect(findPersonalData(wrong)).toBeUndefined();
    expect(findPersonalData('tel 057188888888, order 20261122000001')).toBeUndefined();
  });

  it('finds personal data after a harmless candidate in the same text', () => {
    const id = residentId('33010619900307123');
    expect(findPersonalData(`${uscc('91140121332394534')} ${id}`)).toBe(id);
  });
});
