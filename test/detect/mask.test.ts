import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectValue, findInText, mask } from '../../src/detect/index.js';
import { isHanName } from '../../src/detect/forms.js';
import { longestDigitRun } from '../../src/detect/chars.js';
import { bankCard, imei, mobile, residentId } from './generators.js';

function visibleDigits(s: string): number {
  return s.replace(/\D/g, '').length;
}

describe('mask: per detector', () => {
  it.each([
    ['110101199003071233', 'resident-id', '110101********1233'],
    ['11010519491231002X', 'resident-id', '110105********002X'],
    ['610104620927690', 'resident-id', '610104*****7690'],
    ['13812345678', 'mobile', '138****5678'],
    ['+86 138 1234 5678', 'mobile', '138****5678'],
    ['6217000000000000004', 'bank-card', '621700*********0004'],
    ['6222 0210 0000 0005', 'bank-card', '6222 02** **** 0005'],
    ['zhang.san@example.com', 'email', 'z***@example.com'],
    ['a@qq.com', 'email', '***@qq.com'],
    ['192.168.1.23', 'ipv4', '192.168.*.*'],
    ['2001:db8::8a2e:370:7334', 'ipv6', '2001:db8:*:*:*:*:*:*'],
    ['fe80::1', 'ipv6', 'fe80:*:*:*:*:*:*:*'],
    ['490154203237518', 'imei', '49015420*******'],
    ['00:1A:2B:3C:4D:5E', 'mac', '00:1A:2B:**:**:**'],
    ['001a.2b3c.4d5e', 'mac', '001a.2b**.****'],
    ['39.9042,116.4074', 'gps', '39.9,116.4'],
    ['116.4074，39.9642', 'gps', '116.4，40.0'],
    ['39.9042', 'gps', '39.9'],
    ['6D92078A-8246-4BA4-AE5B-76104861E7DC', 'idfa', '6D92****-****-****-****-************'],
    ['9774d56d682e549c', 'android-id', '9774************'],
    ['G12345678', 'passport', 'G1******8'],
  ] as const)('%s as %s → %s', (value, detector, expected) => {
    expect(mask(value, detector)).toBe(expected);
  });

  it.each([
    ['="110101199003071233"', 'resident-id', '110101********1233'],
    ["'11010519491231002X", 'resident-id', '110105********002X'],
    ['440305 20020904 5979', 'resident-id', '440305********5979'],
    ['440305-20020904-5979', 'resident-id', '440305********5979'],
    ['４４０５２４１８８００１０１００１４', 'resident-id', '440524********0014'],
    ['１３８１２３４５６７８', 'mobile', '138****5678'],
    ['＋８６ １３８－１２３４－５６７８', 'mobile', '138****5678'],
    ['="6222021000000005"', 'bank-card', '622202******0005'],
    ['６２２２ ０２１０ ００００ ０００５', 'bank-card', '6222 02** **** 0005'],
  ] as const)('masks the Excel and full-width form %s as %s → %s', (value, detector, expected) => {
    expect(mask(value, detector)).toBe(expected);
    expect(mask(value)).toBe(expected);
  });

  it('detects the kind itself when none is given', () => {
    expect(mask('110101199003071233')).toBe('110101********1233');
    expect(mask('13812345678')).toBe('138****5678');
    expect(mask('6222021000000005')).toBe('622202******0005');
    expect(mask(' zhang.san@example.com ')).toBe('z***@example.com');
    expect(mask('10.2.3.4')).toBe('10.2.*.*');
  });

  it('keeps the first character of Chinese names', () => {
    expect(mask('张三')).toBe('张*');
    expect(mask('张三丰')).toBe('张**');
    expect(mask('欧阳娜娜')).toBe('欧***');
    expect(mask('阿依古丽·买买提')).toBe('阿*******');
  });

  it('masks unknown values to at most a third, at most four characters in clear', () => {
    expect(mask('ab')).toBe('**');
    expect(mask('abc')).toBe('a**');
    expect(mask('hello world')).toBe('he********d');
    expect(mask('20231123120000')).toBe('20**********00');
    expect(mask('13812345678', 'resident-id')).toBe('13********8');
    const long = mask('x'.repeat(500));
    expect(long.length).toBeLessThan(40);
    expect(long.replace(/\*/g, '').length).toBe(4);
  });

  it('passes already-masked values through unchanged', () => {
    for (const v of ['138****5678', '110101********123X', '6222********0005', 'a***@qq.com', '张**', '10.2.*.*', '49015420*******', '00:1A:2B:**:**:**']) {
      expect(mask(v), v).toBe(v);
    }
  });

  it('masks what a partly masked value still holds in clear, and keeps what is masked', () => {
    expect(mask('user@example.com*')).toBe('u***@example.com*');
    expect(mask('user@example.com*', 'email')).toBe('u***@example.com*');
    expect(mask('user@example.com, 138****5678')).toBe('u***@example.com, 138****5678');
    expect(mask('**** 192.168.1.23')).toBe('**** 192.168.*.*');
    expect(mask('138 1234 5678*')).toBe('138****5678*');
    expect(mask('G12345678 ***')).toBe('G1******8 ***');
  });

  it('leaves nothing findInText finds in a starred value', () => {
    const ids = ['zhang.san@example.com', '192.168.1.23', '138 1234 5678', '6222 0210 0000 0005', 'G12345678'];
    for (const id of ids) {
      for (const v of [`${id}*`, `*${id}`, `${id} 138****5678`, `***, ${id}`]) {
        const out = mask(v);
        expect(findInText(out), `${v} → ${out}`).toEqual([]);
        expect(mask(out), v).toBe(out);
      }
    }
  });

  it('does not pass through a "mask" that keeps a long run of digits', () => {
    const out = mask('1101011990030712*');
    expect(longestDigitRun(out)).toBeLessThanOrEqual(4);
  });

  it('masks the whole value when the part a masker keeps still holds an identifier', () => {
    // An e-mail column cell whose "domain" is a resident ID: keeping the domain would print the ID.
    const out = mask('yes @ 110000197001010006', 'email');
    expect(out).not.toContain('110000197001010006');
    expect(findInText(out)).toEqual([]);
    expect(mask('user@example.com', 'email')).toBe('u***@example.com');
  });

  it('returns the empty string for blank input', () => {
    expect(mask('  ')).toBe('');
  });
});

describe('mask never leaks (properties)', () => {
  it('resident IDs: first 6 and last 4 only', () => {
    fc.assert(
      fc.property(residentId, (id) => {
        for (const out of [mask(id), mask(id, 'resident-id')]) {
          expect(out).not.toContain(id);
          expect(out).toBe(`${id.slice(0, 6)}********${id.slice(14)}`);
          expect(longestDigitRun(out)).toBeLessThanOrEqual(6);
          expect(mask(out)).toBe(out);
        }
      }),
    );
  });

  it('mobiles: first 3 and last 4 only', () => {
    fc.assert(
      fc.property(mobile, (m) => {
        const out = mask(m);
        expect(out).toBe(`${m.slice(0, 3)}****${m.slice(7)}`);
        expect(visibleDigits(out)).toBe(7);
        expect(mask(`+86 ${m}`, 'mobile')).toBe(out);
        expect(mask(out)).toBe(out);
      }),
    );
  });

  it('bank cards: first 6 and last 4 only', () => {
    fc.assert(
      fc.property(bankCard, (card) => {
        const out = mask(card);
        expect(out).not.toContain(card);
        expect(out.length).toBe(card.length);
        expect(visibleDigits(out)).toBe(10);
        expect(longestDigitRun(out)).toBe(6);
        expect(mask(out)).toBe(out);
      }),
    );
  });

  it('identifiers as spreadsheets and Chinese input methods write them: read as what they are, masked as the bare value is', () => {
    const wide = (s: string) => s.replace(/[0-9A-Za-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const forms = (v: string) => [`="${v}"`, `'${v}`, wide(v), `'${wide(v)}`, `="${wide(v)}"`];
    fc.assert(
      fc.property(fc.oneof(residentId.map((v) => ['resident-id', v] as const), mobile.map((v) => ['mobile', v] as const), bankCard.map((v) => ['bank-card', v] as const)), ([detector, v]) => {
        for (const form of forms(v)) {
          expect(detectValue(form)?.detector, form).toBe(detector);
          expect(mask(form)).toBe(mask(v));
          expect(mask(form, detector)).toBe(mask(v, detector));
        }
      }),
    );
  });

  it('IMEIs: the TAC only', () => {
    fc.assert(
      fc.property(imei, (v) => {
        const out = mask(v, 'imei');
        expect(out).toBe(`${v.slice(0, 8)}*******`);
        expect(mask(out)).toBe(out);
      }),
    );
  });

  it('any digit string: never whole, never more than 10 digits in a row', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{3,40}$/), (digits) => {
        const out = mask(digits);
        expect(out).not.toBe(digits);
        expect(longestDigitRun(out)).toBeLessThanOrEqual(10);
        expect(visibleDigits(out)).toBeLessThanOrEqual(10);
      }),
    );
  });

  it('values of unknown kind: at most a third and at most four characters in clear', () => {
    const unknown = fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }).filter((s) => s.trim() === s && !/[*＊●•xX]/.test(s) && detectValue(s) === null && !isHanName(s));
    fc.assert(
      fc.property(unknown, (s) => {
        const chars = Array.from(s);
        const clear = Array.from(mask(s)).filter((c) => c !== '*').length;
        expect(clear).toBeLessThanOrEqual(Math.min(4, Math.floor(chars.length / 3)));
      }),
    );
  });
});
