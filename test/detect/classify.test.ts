import { describe, expect, it } from 'vitest';
import { ALL_DETECTORS, detectValue, luhnValid, validateResidentId } from '../../src/detect/index.js';
import type { DetectorId } from '../../src/taxonomy/types.js';
import { gb11643Check, luhnCheckDigit } from './generators.js';

const plain = (detector: DetectorId) => ({ detector, form: 'plain' });
const masked = (detector: DetectorId) => ({ detector, form: 'masked' });

/** An 18-digit resident ID (province 62, issuer prefix 62) that also passes Luhn. */
function idThatPassesLuhn(): string {
  for (let seq = 0; seq < 1000; seq++) {
    const first17 = `62010219900307${String(seq).padStart(3, '0')}`;
    const id = first17 + gb11643Check(first17);
    if (/\d$/.test(id) && luhnValid(id)) return id;
  }
  throw new Error('none found');
}

/** A legacy 15-digit ID that also passes Luhn (an IMEI shape). */
function legacyIdThatPassesLuhn(): string {
  const payload = '61010462092769';
  return payload + luhnCheckDigit(payload);
}

describe('detectValue: plain values', () => {
  it.each([
    ['110101199003071233', 'resident-id'],
    ['11010519491231002X', 'resident-id'],
    ['11010519491231002x', 'resident-id'],
    ['440524188001010014', 'resident-id'],
    ['610104620927690', 'resident-id'],
    ['13812345678', 'mobile'],
    ['+86 138 1234 5678', 'mobile'],
    ['6217000000000000004', 'bank-card'],
    ['6222021000000005', 'bank-card'],
    ['6222 0210 0000 0005', 'bank-card'],
    ['490154203237518', 'imei'],
    ['91350100M000100Y43', 'uscc'],
    ['91110000802100433B', 'uscc'],
    ['00:1A:2B:3C:4D:5E', 'mac'],
    ['00-1A-2B-3C-4D-5E', 'mac'],
    ['001a.2b3c.4d5e', 'mac'],
    ['192.168.1.23', 'ipv4'],
    ['2001:db8::8a2e:370:7334', 'ipv6'],
    ['zhang.san@example.com', 'email'],
    ['G12345678', 'passport'],
    ['EA1234567', 'passport'],
    ['39.9042,116.4074', 'gps'],
    ['116.4074, 39.9042', 'gps'],
  ] as [string, DetectorId][])('%s → %s', (value, detector) => {
    expect(detectValue(value)).toEqual(plain(detector));
  });

  it('trims the cell first', () => {
    expect(detectValue('  13812345678\t')).toEqual(plain('mobile'));
    expect(detectValue('\u3000110101199003071233')).toEqual(plain('resident-id'));
  });

  it.each([
    ['="110101199003071233"', 'resident-id'],
    ["'11010519491231002X", 'resident-id'],
    ['４４０５２４１８８００１０１００１４', 'resident-id'],
    ['440305 20020904 5979', 'resident-id'],
    ['440305-20020904-5979', 'resident-id'],
    ['１３８１２３４５６７８', 'mobile'],
    ['＋８６ １３８ １２３４ ５６７８', 'mobile'],
    ["'13812345678", 'mobile'],
    ['="6222021000000005"', 'bank-card'],
    ['６２２２　０２１０　００００　０００５', 'bank-card'],
  ] as [string, DetectorId][])('reads what Excel and Chinese input methods make of %s: %s', (value, detector) => {
    expect(detectValue(value)).toEqual(plain(detector));
    expect(detectValue(value, [detector])).toEqual(plain(detector));
  });

  it('prefers a resident ID over a bank card when both checksums pass', () => {
    const id = idThatPassesLuhn();
    expect(validateResidentId(id).valid).toBe(true);
    expect(detectValue(id)).toEqual(plain('resident-id'));
    expect(detectValue(id, ['bank-card'])).toEqual(plain('bank-card'));
  });

  it('decides 15 digits by the hint, else by date and province, else by Luhn', () => {
    const both = legacyIdThatPassesLuhn();
    expect(detectValue(both)).toEqual(plain('resident-id'));
    expect(detectValue(both, ['imei'])).toEqual(plain('imei'));
    expect(detectValue('490154203237518', ['resident-id'])).toEqual(plain('imei'));
    expect(detectValue('490154203237517')).toBeNull();
  });

  it('falls back to the value when the hint does not match it', () => {
    expect(detectValue('zhang.san@example.com', ['mobile'])).toEqual(plain('email'));
  });

  it('relaxes the issuer prefix of bank cards only under a hint', () => {
    const payload = '100000000000000';
    const card = payload + luhnCheckDigit(payload);
    expect(detectValue(card)).toBeNull();
    expect(detectValue(card, ['bank-card'])).toEqual(plain('bank-card'));
  });
});

describe('detectValue: context-only detectors', () => {
  it.each([
    ['12345678', 'taiwan-permit'],
    ['123456789B', 'taiwan-permit'],
    ['H12345678', 'hk-macao-permit'],
    ['M1234567801', 'hk-macao-permit'],
    ['6D92078A-8246-4BA4-AE5B-76104861E7DC', 'idfa'],
    ['9774d56d682e549c', 'android-id'],
    ['D1234567', 'passport'],
    ['39.9042', 'gps'],
    ['116.4074', 'gps'],
    ['39.90,116.40', 'gps'],
  ] as [string, DetectorId][])('%s is %s only when hinted', (value, detector) => {
    expect(detectValue(value)).toBeNull();
    expect(detectValue(value, [detector])).toEqual(plain(detector));
  });

  it('treats coarsened coordinates in a location column as masked', () => {
    expect(detectValue('39.9', ['gps'])).toEqual(masked('gps'));
    expect(detectValue('39.9,116.4', ['gps'])).toEqual(masked('gps'));
    expect(detectValue('39', ['gps'])).toBeNull();
  });

  it('does not report the all-zero IDFA', () => {
    expect(detectValue('00000000-0000-0000-0000-000000000000', ['idfa'])).toBeNull();
  });
});

describe('detectValue: masked values', () => {
  it.each([
    ['138****5678', 'mobile'],
    ['138xxxx5678', 'mobile'],
    ['+86 138****5678', 'mobile'],
    ['110101********123X', 'resident-id'],
    ['610104*****7690', 'resident-id'],
    ['6222********0005', 'bank-card'],
    ['6222 **** **** 0005', 'bank-card'],
    ['621700*********0004', 'bank-card'],
    ['a***@qq.com', 'email'],
    ['***@example.com', 'email'],
    ['10.2.*.*', 'ipv4'],
    ['00:1A:2B:**:**:**', 'mac'],
    ['49015420*******', 'imei'],
    ['G1******8', 'passport'],
  ] as [string, DetectorId][])('%s → %s masked', (value, detector) => {
    expect(detectValue(value)).toEqual(masked(detector));
  });

  it('uses the hint for shapes that do not tell', () => {
    expect(detectValue('******', ['mobile'])).toEqual(masked('mobile'));
    expect(detectValue('******')).toBeNull();
    expect(detectValue('35281234****', ['imei'])).toEqual(masked('imei'));
  });

  it('returns null for masked names (no detector) and for hashes', () => {
    expect(detectValue('张**')).toBeNull();
    expect(detectValue('5f4dcc3b5aa765d61d8327deb882cf99')).toBeNull();
    expect(detectValue('5f4dcc3b5aa765d61d8327deb882cf99', ['mobile'])).toBeNull();
  });
});

describe('detectValue: false positives', () => {
  it.each([
    '202311230000123456', // 18-digit order number failing both checksums
    '20231123120000', // timestamp
    '1700000000000', // epoch milliseconds
    '12345678901', // 11 digits, no mobile range
    '10012345678',
    '19412345678',
    '110101199003071234', // bad check digit
    '2023-11-23',
    '2023-11-23 12:00:00',
    '12:30:45',
    '3.14159',
    '1.2.3',
    '10.0.19041.1',
    '6D92078A-8246-4BA4-AE5B-76104861E7DC', // a UUID outside an IDFA column
    '9774d56d682e549c',
    '12345678',
    'hello',
    '张三',
    'true',
    'G1234567',
    'a',
    '',
  ])('%s → null', (value) => {
    expect(detectValue(value)).toBeNull();
  });

  it('ignores long free text', () => {
    expect(detectValue(`备注：${'很长的备注'.repeat(20)} 13812345678`)).toBeNull();
  });
});

describe('detectValue over 200k mixed values', () => {
  it('classifies every value as expected', () => {
    const samples: [string, DetectorId | null][] = [
      ['hello', null], ['12345', null], ['2023-11-23', null], ['3.14', null], ['张三', null], ['active', null],
      ['202311230000123456', null], ['20231123120000', null], ['13812345678', 'mobile'], ['110101199003071233', 'resident-id'],
      ['6222021000000005', 'bank-card'], ['zhang.san@example.com', 'email'], ['192.168.1.23', 'ipv4'], ['138****5678', 'mobile'],
    ];
    const counts = new Map<DetectorId | null, number>();
    const expected = new Map<DetectorId | null, number>();
    for (let i = 0; i < 200_000; i++) {
      const [value, want] = samples[i % samples.length]!;
      const got = detectValue(value)?.detector ?? null;
      counts.set(got, (counts.get(got) ?? 0) + 1);
      expected.set(want, (expected.get(want) ?? 0) + 1);
    }
    expect(counts).toEqual(expected);
  });

  it('knows every detector id', () => {
    expect(new Set(ALL_DETECTORS).size).toBe(16);
  });
});
