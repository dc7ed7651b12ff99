import { describe, expect, it } from 'vitest';
import { isHkMacaoPermit, isPassport, isTaiwanPermit } from '../../src/detect/index.js';

describe('isPassport', () => {
  it('accepts ordinary G and E passports and the other variants', () => {
    for (const p of ['G12345678', 'E12345678', 'EA1234567', 'D1234567', 'DE1234567', 'S12345678', 'SE1234567', 'P1234567', 'K12345678', 'MA1234567']) {
      expect(isPassport(p), p).toBe(true);
    }
  });

  it('rejects wrong letters and lengths', () => {
    for (const p of ['G1234567', 'G123456789', 'EI1234567', 'EO1234567', 'A12345678', 'g12345678', 'MA123456']) expect(isPassport(p), p).toBe(false);
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
