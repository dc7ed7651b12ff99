import { describe, expect, it } from 'vitest';
import { isEmail, isIpv4, isIpv6, isMac } from '../../src/detect/index.js';

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
