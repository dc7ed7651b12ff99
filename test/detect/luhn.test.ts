import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBankCard, isImei, luhnValid } from '../../src/detect/index.js';
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
