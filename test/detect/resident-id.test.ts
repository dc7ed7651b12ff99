import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthDateFromResidentId, detectValue, residentIdBirthNumber, residentIdBirthYear, residentIdCheckChar, upgradeLegacyResidentId, validateResidentId } from '../../src/detect/index.js';
import { isProvinceCode, isRealDate } from '../../src/detect/resident-id.js';
import { businessRegNo, isRealYyMmDd, mod1110CheckDigit, residentId } from './generators.js';

describe('validateResidentId (GB 11643-1999)', () => {
  it('accepts the verified valid examples with birth date and sex', () => {
    expect(validateResidentId('110101199003071233')).toEqual({ valid: true, birth: '1990-03-07', sex: 'male', legacy15: false });
    expect(validateResidentId('11010519491231002X')).toEqual({ valid: true, birth: '1949-12-31', sex: 'female', legacy15: false });
    expect(validateResidentId('440524188001010014')).toEqual({ valid: true, birth: '1880-01-01', sex: 'male', legacy15: false });
  });

  it('accepts a lower-case x check character and surrounding spaces', () => {
    expect(validateResidentId('11010519491231002x').valid).toBe(true);
    expect(validateResidentId(' 110101199003071233 ').valid).toBe(true);
  });

  it('rejects the verified invalid examples', () => {
    expect(validateResidentId('110101199003071234')).toEqual({ valid: false });
    expect(validateResidentId('110101199902291230')).toEqual({ valid: false });
    // 1999 has no 29 February: invalid even with the right check character
    expect(residentIdCheckChar('11010119990229123')).toBe('X');
    expect(validateResidentId('11010119990229123X')).toEqual({ valid: false });
  });

  it('rejects unknown province prefixes, impossible dates and wrong lengths', () => {
    const first17 = '10010119900307123';
    expect(validateResidentId(first17 + residentIdCheckChar(first17)).valid).toBe(false);
    const month13 = '11010119901307123';
    expect(validateResidentId(month13 + residentIdCheckChar(month13)).valid).toBe(false);
    expect(validateResidentId('11010119900307123').valid).toBe(false);
    expect(validateResidentId('1101011990030712333').valid).toBe(false);
    expect(validateResidentId('11010119900307123Y').valid).toBe(false);
  });

  it('accepts the ID grouped 6-8-4, 6-4-4-4 or (legacy) 6-6-3 with one consistent space or dash', () => {
    expect(validateResidentId('440305 20020904 5979')).toEqual({ valid: true, birth: '2002-09-04', sex: 'male', legacy15: false });
    expect(validateResidentId('440305-20020904-5979').valid).toBe(true);
    expect(validateResidentId('110105 1949 1231 002X').valid).toBe(true);
    expect(validateResidentId('610104-620927-690')).toMatchObject({ valid: true, legacy15: true });
    expect(residentIdBirthNumber('440305 20020904 5979')).toBe(20020904);
    expect(residentIdBirthYear('440305-20020904-5979')).toBe(2002);
    expect(upgradeLegacyResidentId('610104 620927 690')).toBe('610104196209276908');
    // Mixed separators, other groupings, a wrong check digit.
    for (const bad of ['440305 20020904-5979', '4403 0520 0209 0459 79', '440305 20020904 5978', '44030520020904 5979']) expect(validateResidentId(bad).valid, bad).toBe(false);
  });

  it('reads the ID under an Excel text guard or in full-width digits', () => {
    expect(validateResidentId('="11010519491231002X"').valid).toBe(true);
    expect(validateResidentId("'110101199003071233").valid).toBe(true);
    expect(validateResidentId('４４０５２４１８８００１０１００１４').birth).toBe('1880-01-01');
    expect(residentIdBirthNumber('="440305200209045979"')).toBe(20020904);
  });

  it('accepts residence permits of Taiwan residents (83)', () => {
    const first17 = '83000019900307123';
    expect(validateResidentId(first17 + residentIdCheckChar(first17)).valid).toBe(true);
  });

  it('reads legacy 15-digit IDs and upgrades them to 18 characters', () => {
    expect(validateResidentId('610104620927690')).toEqual({ valid: true, birth: '1962-09-27', sex: 'female', legacy15: true });
    expect(upgradeLegacyResidentId('610104620927690')).toBe('610104196209276908');
    expect(validateResidentId('610104196209276908').valid).toBe(true);
    expect(validateResidentId('610104621327690').valid).toBe(false);
    expect(upgradeLegacyResidentId('490154203237518')).toBeNull();
  });

  it('gives the birth date only for valid IDs', () => {
    expect(birthDateFromResidentId('11010519491231002X')).toBe('1949-12-31');
    expect(birthDateFromResidentId('110101199003071234')).toBeNull();
    expect(birthDateFromResidentId('abc')).toBeNull();
  });

  it('gives the birth date as a number, the same date, for the per-record minors check', () => {
    for (const id of ['11010519491231002X', ' 11010519491231002X ', '130503670401001', '110101199003071234', 'abc', '']) {
      const date = birthDateFromResidentId(id);
      expect(residentIdBirthNumber(id)).toBe(date === null ? -1 : Number(date.replaceAll('-', '')));
    }
    expect(residentIdBirthNumber('130503670401001')).toBe(19670401);
  });

  it('reads the birth year in place, without validating: the year of residentIdBirthNumber for a valid ID', () => {
    expect(residentIdBirthYear(' 11010519491231002X ')).toBe(1949);
    expect(residentIdBirthYear('130503670401001')).toBe(1967);
    // Not validated: a wrong check digit still has a year; a wrong length or a non-digit year has none.
    expect(residentIdBirthYear('110101199003071234')).toBe(1990);
    expect(residentIdBirthYear('1101011990030712')).toBe(-1);
    expect(residentIdBirthYear('110101x99003071233')).toBe(-1);
    fc.assert(
      fc.property(residentId, (id) => {
        expect(residentIdBirthYear(id)).toBe(Math.floor(residentIdBirthNumber(id) / 10_000));
      }),
    );
  });

  it('accepts every generated valid ID and rejects any single-digit change', () => {
    fc.assert(
      fc.property(residentId, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        expect(validateResidentId(id).valid).toBe(true);
        const changed = id.slice(0, pos) + ((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        expect(validateResidentId(changed).valid).toBe(false);
      }),
    );
  });
});

describe('helpers', () => {
  it('knows the province table', () => {
    expect([11, 15, 21, 37, 46, 50, 65, 71, 81, 82, 83, 91].every(isProvinceCode)).toBe(true);
    expect([0, 10, 16, 20, 24, 47, 55, 70, 72, 84, 90, 99].some(isProvinceCode)).toBe(false);
  });

  it('knows leap years', () => {
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 4, 31)).toBe(false);
    expect(isRealDate(2100, 1, 1)).toBe(false);
  });
});

/**
 * Issue 15 §2: the 15-digit business registration numbers of pre-2015 licences (GS 15-2006《工商行政管理市场主体
 * 注册号编制规则》: division code, sequence, ISO 7064 MOD 11,10 check digit) are as long as a legacy ID and start
 * with a province too; a legacy ID's digits 7–12 are its holder's birth date (yyMMdd), theirs are a sequence.
 * Published ones: 110108002734659 (北京百度网讯科技有限公司), 440301103448669 (深圳市腾讯计算机系统有限公司),
 * 330100400015575 (阿里巴巴（中国）网络技术有限公司).
 */
describe('15-digit business registration numbers', () => {
  const published = ['110108002734659', '440301103448669', '330100400015575'];

  it('carry their MOD 11,10 check digit and no birth date', () => {
    for (const n of published) {
      expect(mod1110CheckDigit(n.slice(0, 14)), n).toBe(n[14]);
      expect(isRealYyMmDd(n.slice(6, 12)), n).toBe(false);
    }
  });

  it('are not legacy resident IDs, alone or in a column named for IDs', () => {
    const check = (n: string) => {
      expect(validateResidentId(n).valid, n).toBe(false);
      expect(residentIdBirthNumber(n), n).toBe(-1);
      expect(upgradeLegacyResidentId(n), n).toBeNull();
      expect(detectValue(n)?.detector, n).not.toBe('resident-id');
      expect(detectValue(n, ['resident-id'])?.detector, n).not.toBe('resident-id');
    };
    published.forEach(check);
    fc.assert(fc.property(businessRegNo, check), { numRuns: 2000 });
  });
});
