import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectValue, imeiDigits, isBankCard, isImei, luhnValid, mask } from '../../src/detect/index.js';
import { plausibleIssuer } from '../../src/detect/luhn.js';
import { bankCard, imei, luhnCheckDigit } from './generators.js';

describe('Luhn', () => {
  it('passes the verified examples', () => {
    expect(luhnValid('6217000000000000004')).toBe(true);
    expect(luhnValid('6222021000000005')).toBe(true);
    expect(luhnValid('490154203237518')).toBe(true);
  });

  it('fails changed digits and non-digits', () => {
    expect(luhnValid('6217000000000000005')).toBe(false);
    expect(luhnValid('490154203237519')).toBe(false);
    expect(luhnValid('62220210000000a5')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
});

describe('isBankCard', () => {
  it('accepts the verified cards, bare or in groups of four', () => {
    expect(isBankCard('6217000000000000004')).toBe(true);
    expect(isBankCard('6222021000000005')).toBe(true);
    expect(isBankCard('6222 0210 0000 0005')).toBe(true);
    expect(isBankCard('6222-0210-0000-0005')).toBe(true);
    expect(isBankCard('6217 0000 0000 0000 004')).toBe(true);
  });

  it('rejects bad groupings, lengths and checksums', () => {
    expect(isBankCard('6222 0210-0000 0005')).toBe(false);
    expect(isBankCard('62220 2100 0000 005')).toBe(false);
    expect(isBankCard('490154203237518')).toBe(false);
    expect(isBankCard('6222021000000006')).toBe(false);
  });

  it('rejects Luhn-valid numbers with no card issuer prefix (order and snowflake ids)', () => {
    for (const payload of ['202311230000123', '100000000000000', '17000000000000000']) {
      const id = payload + luhnCheckDigit(payload);
      expect(luhnValid(id), id).toBe(true);
      expect(isBankCard(id), id).toBe(false);
    }
    expect(plausibleIssuer('2221000000000009')).toBe(true);
    expect(plausibleIssuer('2721000000000009')).toBe(false);
  });

  it('accepts generated UnionPay cards and rejects them with one digit changed', () => {
    fc.assert(
      fc.property(bankCard, fc.integer({ min: 2, max: 15 }), fc.integer({ min: 1, max: 9 }), (card, pos, delta) => {
        expect(isBankCard(card)).toBe(true);
        expect(isBankCard(card.slice(0, pos) + ((Number(card[pos]) + delta) % 10) + card.slice(pos + 1))).toBe(false);
      }),
    );
  });
});

describe('isImei', () => {
  it('accepts the verified IMEI and generated ones', () => {
    expect(isImei('490154203237518')).toBe(true);
    fc.assert(fc.property(imei, (v) => isImei(v)));
  });

  it('rejects other lengths and checksums', () => {
    expect(isImei('490154203237517')).toBe(false);
    expect(isImei('49015420323751')).toBe(false);
    expect(isImei('4901542032375180')).toBe(false);
  });
});

/**
 * Issue 15 §2: UnionPay's 8-series. validator.js isCreditCard reads `81[0-9]{14,17}` as UnionPay and checks
 * Luhn on it; the acquirers publish these UnionPay test cards, all Luhn-valid: 8171999927660000 (Worldline,
 * UnionPay International SecurePay test data), 8171999900000000021 (Adyen test card numbers), 8100010000000142
 * and 8100010000000688 (CyberSource China UnionPay 3-D Secure test cards, X read as 0).
 */
describe('UnionPay cards starting with 81', () => {
  const published = ['8171999927660000', '8171999900000000021', '8100010000000142', '8100010000000688'];

  it('are bank cards, bare or in groups of four, recognised without a column name', () => {
    for (const card of published) {
      expect(isBankCard(card), card).toBe(true);
      expect(detectValue(card)?.detector, card).toBe('bank-card');
    }
    expect(isBankCard('8171 9999 2766 0000')).toBe(true);
    expect(mask('8171999927660000')).toBe('817199******0000');
  });

  it('need the Luhn digit, and 8 followed by anything but 1 is no issuer', () => {
    expect(isBankCard('8171999927660001')).toBe(false);
    for (const payload of ['800000000000000', '820000000000000', '890000000000000']) {
      const id = payload + luhnCheckDigit(payload);
      expect(luhnValid(id), id).toBe(true);
      expect(isBankCard(id), id).toBe(false);
    }
  });
});

/**
 * Issue 15 §2: IMEIs as people write them. 3GPP TS 23.003 §6.2.1: TAC (8 digits), serial (6), check digit (1);
 * the usual presentation AA-BBBBBB-CCCCCC-D, e.g. 35-209900-176148-1 (its Luhn digit 1 is correct).
 */
describe('IMEIs written in groups', () => {
  it('reads AA-BBBBBB-CCCCCC-D, TAC-serial-check and the pre-2004 TAC-FAC-serial-check, with - or spaces', () => {
    for (const v of ['35-209900-176148-1', '35 209900 176148 1', '35209900-176148-1', '352099-00-176148-1', '49-015420-323751-8']) {
      expect(isImei(v), v).toBe(true);
      expect(imeiDigits(v), v).toMatch(/^\d{15}$/);
      expect(detectValue(v)?.detector, v).toBe('imei');
    }
  });

  it('masks all but the type allocation code, keeping the groups', () => {
    expect(mask('35-209900-176148-1')).toBe('35-209900-******-*');
    expect(mask('352099001761481')).toBe('35209900*******');
  });

  it('rejects a wrong check digit, mixed separators and other groupings', () => {
    for (const v of ['35-209900-176148-2', '35-209900 176148-1', '352-09900-176148-1', '35-2099001-76148-1', '35-209900-176148-23']) {
      expect(isImei(v), v).toBe(false);
      expect(detectValue(v), v).toBeNull();
    }
  });
});
