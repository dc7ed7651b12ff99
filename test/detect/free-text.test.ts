import { describe, expect, it } from 'vitest';
import { findInText, maskInText } from '../../src/detect/index.js';

function found(text: string): [string, string][] {
  return findInText(text).map((h) => [h.detector, text.slice(h.start, h.end)]);
}

describe('findInText: Chinese', () => {
  it('finds a resident ID and a mobile next to Chinese characters', () => {
    const text = '客户张三身份证110101199003071233，手机13812345678，请回电';
    expect(findInText(text)).toEqual([
      { detector: 'resident-id', start: 7, end: 25 },
      { detector: 'mobile', start: 28, end: 39 },
    ]);
  });

  it('finds IDs ending in X, grouped numbers, e-mails and passports', () => {
    expect(found('身份证号11010519491231002X已核验')).toEqual([['resident-id', '11010519491231002X']]);
    expect(found('联系电话：138 1234 5678；备用+86-139-1234-5678')).toEqual([
      ['mobile', '138 1234 5678'],
      ['mobile', '139-1234-5678'],
    ]);
    expect(found('退款到卡号6222 0210 0000 0005，邮箱zhangsan@163.com。')).toEqual([
      ['bank-card', '6222 0210 0000 0005'],
      ['email', 'zhangsan@163.com'],
    ]);
    expect(found('护照号G12345678，回乡证H12345678')).toEqual([['passport', 'G12345678']]);
  });

  it('finds identifiers typed in full-width digits, at their offsets in the text as written', () => {
    const text = '客户电话１３８１２３４５６７８，身份证４４０５２４１８８００１０１００１４。';
    expect(findInText(text)).toEqual([
      { detector: 'mobile', start: 4, end: 15 },
      { detector: 'resident-id', start: 19, end: 37 },
    ]);
    // A full-width digit after an ASCII one, or after an '@', is still seen.
    expect(found('ID 110101199003071233 / 电话１３８１２３４５６７８').map(([d]) => d)).toEqual(['resident-id', 'mobile']);
    expect(found('a@b.com 电话１３８１２３４５６７８').map(([d]) => d)).toEqual(['email', 'mobile']);
    expect(findInText('第１号')).toEqual([]);
  });

  it('finds resident IDs grouped 6-8-4 or 6-4-4-4 with one consistent space or dash', () => {
    expect(found('身份证 440305 20020904 5979 已核验')).toEqual([['resident-id', '440305 20020904 5979']]);
    expect(found('id:110105-1949-1231-002X.')).toEqual([['resident-id', '110105-1949-1231-002X']]);
    expect(found('身份证 440305 20020904-5979，440305 20020904 5978')).toEqual([]);
  });

  it('finds nothing in ordinary remarks, masked values and invalid numbers', () => {
    expect(findInText('客户反馈：物流太慢了，希望尽快处理，谢谢。')).toEqual([]);
    expect(findInText('手机138****5678，身份证110101********123X，邮箱a***@qq.com')).toEqual([]);
    expect(findInText('身份证110101199003071234有误')).toEqual([]);
    expect(findInText('订单号20231123120000，金额12.50元')).toEqual([]);
  });
});

describe('findInText: English and logs', () => {
  it('finds nothing in an order number that fails every checksum', () => {
    expect(findInText('order 202311230000123456 shipped')).toEqual([]);
  });

  it('finds IPv4 addresses, e-mails and cards in log lines', () => {
    const line = '2023-11-23 12:00:01 WARN login failed from 192.168.1.23 for zhang.san@example.com. card=6222021000000005';
    expect(found(line)).toEqual([
      ['ipv4', '192.168.1.23'],
      ['email', 'zhang.san@example.com'],
      ['bank-card', '6222021000000005'],
    ]);
  });

  it('respects word boundaries and decimals', () => {
    expect(findInText('build v1.2.3.4 and 10.0.19041.1 and 1.2.3.4.5')).toEqual([]);
    expect(findInText('token abc13812345678 and 13812345678x')).toEqual([]);
    expect(findInText('ratio 13812345678.5 recorded')).toEqual([]);
    expect(found('call:13812345678!')).toEqual([['mobile', '13812345678']]);
    expect(found('(13812345678)')).toEqual([['mobile', '13812345678']]);
  });

  it('does not find numbers inside longer numbers', () => {
    expect(findInText('id 9913812345678999 and 1110101199003071233')).toEqual([]);
  });

  it('reports an e-mail once even when its local part is a phone number', () => {
    expect(found('mail 13812345678@163.com now')).toEqual([['email', '13812345678@163.com']]);
  });

  it('finds a mobile written with the 86 country code', () => {
    expect(found('tel +8613812345678')).toEqual([['mobile', '8613812345678']]);
  });

  it('returns [] at once for short texts without digits or @', () => {
    expect(findInText('')).toEqual([]);
    expect(findInText('no identifiers here, just words')).toEqual([]);
  });
});

describe('findInText: version numbers are not addresses', () => {
  it.each([
    'v1.2.3.4',
    'V3.18.2.45 上线',
    'app v 3.18.2.45',
    'v1.2.3.4.5',
    'version 10.0.0.1 released',
    'appVersion=10.0.0.1',
    'Build 1.2.3.4',
    'build#1.2.3.4',
    'ver.1.2.3.4',
    'Ver: 1.2.3.4',
    '客户端版本3.18.2.45',
    'APP版本号：3.18.2.45',
    '版本为 3.18.2.45',
    '升级到3.2.1.0版本',
    '已升级至3.2.1.0',
    '3.18.2.45版修复了闪退',
    '安装 3.18.2.45 版本后',
  ])('finds no IPv4 address in %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['登录IP 10.2.3.4', '10.2.3.4'],
    ['ip=192.168.0.1', '192.168.0.1'],
    ['server 10.2.3.4 down', '10.2.3.4'],
    ['IPv4 10.2.3.4', '10.2.3.4'],
    ['ver2 from 10.2.3.4', '10.2.3.4'],
    ['版本3.1发布，来自10.2.3.4', '10.2.3.4'],
    ['10.2.3.4 版权所有', '10.2.3.4'],
  ])('still finds the address in %j', (text, ip) => {
    expect(found(text)).toEqual([['ipv4', ip]]);
  });

  it('keeps the address and drops the version in one log line', () => {
    expect(found('升级到3.2.1.0版本 from 192.168.1.23, client v2.0.1.7')).toEqual([['ipv4', '192.168.1.23']]);
  });
});

describe('findInText: e-mails without a separator', () => {
  it('gives one hit for addresses run together, never two that overlap', () => {
    expect(found('user@example.comuser@example.com')).toEqual([['email', 'user@example.comuser@example.com']]);
    expect(found('to a@b@c.com now')).toEqual([['email', 'a@b@c.com']]);
    expect(found('a@.b@c.com')).toEqual([['email', 'a@.b@c.com']]);
  });

  it('does not let a local part reach back into the address before it', () => {
    expect(found('a@b.com+c@d.com')).toEqual([['email', 'a@b.com'], ['email', '+c@d.com']]);
    expect(found('a@b.com.+x@c.com')).toEqual([['email', 'a@b.com'], ['email', '+x@c.com']]);
  });

  it('finds nothing in a run of @ or an address with no local part', () => {
    expect(findInText('@'.repeat(50))).toEqual([]);
    expect(findInText('x@@y.com')).toEqual([]);
  });

  it('stays linear on long runs of @ and address characters', () => {
    const started = performance.now();
    findInText('a@b'.repeat(50_000));
    findInText('a.'.repeat(50_000) + '@b.com');
    findInText('@a+'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('maskInText', () => {
  it('masks each identifier and keeps the rest', () => {
    expect(maskInText('客户张三身份证110101199003071233，手机13812345678，请回电')).toBe('客户张三身份证110101********1233，手机138****5678，请回电');
    expect(maskInText('from 192.168.1.23 by a.b@example.com')).toBe('from 192.168.*.* by a***@example.com');
  });

  it('masks full-width and grouped identifiers; the text around them stays as written', () => {
    expect(maskInText('客户电话１３８１２３４５６７８，身份证 440305 20020904 5979。')).toBe('客户电话138****5678，身份证 440305********5979。');
  });

  it('masks addresses run together whole: nothing is left to find', () => {
    for (const t of ['user@example.comuser@example.com', 'a@b.com+c@d.com', 'x@y+foo@bar.com', 'mail:a@b.c.comd@e.com;']) {
      const out = maskInText(t);
      expect(findInText(out), `${t} → ${out}`).toEqual([]);
      expect(out).not.toContain('user@');
    }
    expect(maskInText('user@example.comuser@example.com')).toBe('u***@example.com');
  });
});
