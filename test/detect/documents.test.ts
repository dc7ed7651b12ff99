import { describe, expect, it } from 'vitest';
import { detectValue, isHkMacaoPermit, isPassport, isTaiwanPermit } from '../../src/detect/index.js';

describe('isPassport', () => {
  it('accepts ordinary G and E passports and the other variants', () => {
    for (const p of ['G12345678', 'E12345678', 'EA1234567', 'D1234567', 'DE1234567', 'S12345678', 'SE1234567', 'P1234567', 'K12345678', 'MA1234567']) {
      expect(isPassport(p), p).toBe(true);
    }
  });

  it('rejects wrong letters and lengths', () => {
    for (const p of ['G1234567', 'G123456789', 'EI1234567', 'EO1234567', 'A12345678', 'MA123456']) expect(isPassport(p), p).toBe(false);
  });

  // Issue 15 §2: numbers typed in lower case are the same passports; mixed case is not a number anyone typed.
  it('reads letters typed in lower case, and not letters of both cases', () => {
    for (const p of ['g12345678', 'e12345678', 'ea1234567', 'de1234567', 'ma1234567']) expect(isPassport(p), p).toBe(true);
    for (const p of ['eA1234567', 'Ea1234567', 'mA1234567', 'ei1234567', 'a12345678']) expect(isPassport(p), p).toBe(false);
  });

  it('recognises lower-case ordinary passports without a column name, and no word or mixed-case token', () => {
    for (const p of ['e12345678', 'ea1234567', 'g12345678']) expect(detectValue(p)?.detector, p).toBe('passport');
    for (const p of ['eA1234567', 'generated', 'e1234567a', 'de1234567']) expect(detectValue(p), p).toBeNull();
    expect(detectValue('e1234****')).toEqual({ detector: 'passport', form: 'masked' });
  });
});

describe('isHkMacaoPermit', () => {
  it('accepts H/M with 8 or 10 digits', () => {
    expect(isHkMacaoPermit('H12345678')).toBe(true);
    expect(isHkMacaoPermit('M1234567801')).toBe(true);
  });

  it('rejects other letters and lengths', () => {
    for (const p of ['K12345678', 'H123456789', 'H1234567', 'h12345678']) expect(isHkMacaoPermit(p), p).toBe(false);
  });
});

describe('isTaiwanPermit', () => {
  it('accepts 8 digits and the older 10 characters ending in a letter', () => {
    expect(isTaiwanPermit('12345678')).toBe(true);
    expect(isTaiwanPermit('123456789B')).toBe(true);
  });

  it('rejects other shapes', () => {
    for (const p of ['1234567', '123456789', '1234567890', '12345678B']) expect(isTaiwanPermit(p), p).toBe(false);
  });
});
