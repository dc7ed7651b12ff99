import { describe, expect, it } from 'vitest';
import { detectValue, findInText, isMobile, luhnValid, mask, mobileNationalNumber } from '../../src/detect/index.js';

describe('isMobile', () => {
  it('accepts numbers in the CN mobile ranges', () => {
    for (const n of ['13812345678', '14512345678', '15012345678', '16212345678', '17012345678', '18612345678', '19912345678', '16100012345', '17405123456']) {
      expect(isMobile(n), n).toBe(true);
    }
  });

  it('rejects 11-digit numbers with prefixes that are not mobile ranges', () => {
    for (const n of ['12345678901', '10012345678', '11012345678', '14012345678', '15412345678', '16012345678', '17412345678', '17912345678', '19412345678', '17406123456']) {
      expect(isMobile(n), n).toBe(false);
    }
  });

  it('accepts country codes and consistent separators', () => {
    expect(mobileNationalNumber('+86 138 1234 5678')).toBe('13812345678');
    expect(mobileNationalNumber('+8613812345678')).toBe('13812345678');
    expect(mobileNationalNumber('0086-138-1234-5678')).toBe('13812345678');
    expect(mobileNationalNumber('86 13812345678')).toBe('13812345678');
    expect(mobileNationalNumber('138-1234-5678')).toBe('13812345678');
  });

  it('rejects mixed separators, landlines and wrong lengths', () => {
    expect(isMobile('138-1234 5678')).toBe(false);
    expect(isMobile('010-12345678')).toBe(false);
    expect(isMobile('1381234567')).toBe(false);
    expect(isMobile('138123456789')).toBe(false);
    expect(isMobile('138****5678')).toBe(false);
  });
});

/**
 * Issue 15 §2: the country code as exports write it. ITU-T E.164 gives China the country code 86; the
 * international prefix is 00 (dialled 0086…) and + stands for it; a bare 86 is the E.164 number itself.
 */
describe('mobiles with the country code written 0086 or 86', () => {
  it('reads 0086 and 86 with or without a separator', () => {
    for (const n of ['008613812345678', '0086 13812345678', '0086-138-1234-5678', '8613812345678', '86-13812345678', '+86-138-1234-5678']) {
      expect(mobileNationalNumber(n), n).toBe('13812345678');
    }
  });

  it('rejects other country codes and digits left over', () => {
    for (const n of ['008513812345678', '0013812345678', '8513812345678', '86138123456789', '00861381234567', '000861381234567']) expect(isMobile(n), n).toBe(false);
  });

  it('reads 0086 and a mobile as a mobile, not as an IMEI, also when the 15 digits pass Luhn', () => {
    // 008613800000004 passes Luhn: an IMEI by check digit, a mobile by its prefix.
    expect(luhnValid('008613800000004')).toBe(true);
    for (const n of ['008613800000004', '008613812345678', '8613812345678']) expect(detectValue(n)?.detector, n).toBe('mobile');
    expect(mask('008613800000004')).toBe('138****0004');
    // A column named for IMEIs keeps its reading.
    expect(detectValue('008613800000004', ['imei'])?.detector).toBe('imei');
  });

  it('recognises them masked and in free text', () => {
    expect(detectValue('86138****5678')).toEqual({ detector: 'mobile', form: 'masked' });
    expect(detectValue('0086138****5678')).toEqual({ detector: 'mobile', form: 'masked' });
    expect(findInText('来电 008613812345678 请回')).toEqual([{ detector: 'mobile', start: 3, end: 18 }]);
  });
});
