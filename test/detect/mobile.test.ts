import { describe, expect, it } from 'vitest';
import { isMobile, mobileNationalNumber } from '../../src/detect/index.js';

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
