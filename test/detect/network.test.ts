import { describe, expect, it } from 'vitest';
import { detectValue, isEmail, isIpv4, isIpv6, isMac, isMacInColumn, mask } from '../../src/detect/index.js';

describe('isMac', () => {
  it('accepts six hex pairs with one separator and the Cisco dotted form', () => {
    expect(isMac('00:1A:2B:3C:4D:5E')).toBe(true);
    expect(isMac('00-1a-2b-3c-4d-5e')).toBe(true);
    expect(isMac('001a.2b3c.4d5e')).toBe(true);
  });

  it('rejects mixed separators, bad hex, bare hex and placeholder addresses', () => {
    expect(isMac('00:1A-2B:3C:4D:5E')).toBe(false);
    expect(isMac('00:1G:2B:3C:4D:5E')).toBe(false);
    expect(isMac('001A2B3C4D5E')).toBe(false);
    expect(isMac('00:00:00:00:00:00')).toBe(false);
    expect(isMac('FF:FF:FF:FF:FF:FF')).toBe(false);
    expect(isMac('02:00:00:00:00:00')).toBe(false);
  });
});

describe('isIpv4', () => {
  it('accepts dotted quads', () => {
    for (const ip of ['10.2.3.4', '192.168.1.23', '255.255.255.255', '8.8.8.8']) expect(isIpv4(ip), ip).toBe(true);
  });

  it('rejects out-of-range octets, leading zeros, versions and dates', () => {
    for (const v of ['256.1.1.1', '01.2.3.4', '1.2.3', '1.2.3.4.5', '10.0.19041.1', '2023.11.23', '1.2.3.a']) expect(isIpv4(v), v).toBe(false);
  });
});

describe('isIpv6', () => {
  it('accepts full and compressed forms', () => {
    for (const ip of ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', '2001:db8::8a2e:370:7334', 'fe80::1', '::ffff:192.168.1.1']) expect(isIpv6(ip), ip).toBe(true);
  });

  it('rejects times, MACs, loopback and the unspecified address', () => {
    for (const v of ['12:30:45', '00:1A:2B:3C:4D:5E', '::1', '::', '2001:db8:::1', 'std::string']) expect(isIpv6(v), v).toBe(false);
  });
});

describe('isEmail', () => {
  it('accepts ordinary addresses', () => {
    for (const e of ['a@qq.com', 'zhang.san@example.com', 'user+tag@mail.example.com.cn', '12345678@163.com']) expect(isEmail(e), e).toBe(true);
  });

  it('rejects masked, partial and malformed addresses', () => {
    for (const e of ['a***@qq.com', '@qq.com', 'a@', 'a@qq', 'a@@qq.com', 'a b@qq.com', 'a@-qq.com', '.a@qq.com', 'a..b@qq.com']) expect(isEmail(e), e).toBe(false);
  });
});

/**
 * Issue 15 §2: MACs as exports write them (IEEE 802 six octets; `00 1A 2B …` and `001A2B3C4D5E` from ip/ifconfig
 * dumps and inventory tools). Only a column named for MACs vouches for the spaced and bare forms: 12 hex digits
 * alone are as often a hash prefix or an id.
 */
describe('isMacInColumn', () => {
  it("accepts isMac's forms, pairs separated by spaces and 12 bare hex digits", () => {
    for (const v of ['00:1A:2B:3C:4D:5E', '00-1A-2B-3C-4D-5E', '001A.2B3C.4D5E', '00 1A 2B 3C 4D 5E', '001A2B3C4D5E', '001a2b3c4d5e']) expect(isMacInColumn(v), v).toBe(true);
  });

  it('rejects mixed separators, bad hex, other lengths and placeholder addresses', () => {
    for (const v of ['00 1A-2B 3C 4D 5E', '001A2B3C4D5G', '001A2B3C4D5', '001A2B3C4D5E6', '000000000000', 'FFFFFFFFFFFF', '020000000000', '00 00 00 00 00 00']) {
      expect(isMacInColumn(v), v).toBe(false);
    }
  });

  it('is what a MAC column reads; without the column name spaced and bare forms are nothing', () => {
    for (const v of ['00 1A 2B 3C 4D 5E', '001A2B3C4D5E']) {
      expect(detectValue(v, ['mac']), v).toEqual({ detector: 'mac', form: 'plain' });
      expect(detectValue(v), v).toBeNull();
      expect(isMac(v), v).toBe(false);
    }
    expect(mask('001A2B3C4D5E', 'mac')).toBe('001A2B******');
    expect(mask('00 1A 2B 3C 4D 5E', 'mac')).toBe('00 1A 2B ** ** **');
  });
});
