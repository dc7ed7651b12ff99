/** Column classification from headers and values (the first records). */
import { describe, expect, it } from 'vitest';
import type { SampleRecord } from '../../src/load/exports/csv-probe.js';
import { classifyColumns, dominantDetector, hashProbeOf, VALUE_SHARE } from '../../src/scan/classify.js';
import { roleForHeader, type ColumnRole } from '../../src/scan/roles.js';
import { taxonomy } from './helpers.js';

function classify(header: string[], rows: string[][]) {
  const sample: SampleRecord[] = rows.map((cells, i) => ({ line: i + 2, cells }));
  return classifyColumns({ header, sample, mapped: new Map(), roles: header.map((h) => roleForHeader(h)), taxonomy });
}

const IDS = ['110101199003071233', '11010519491231002X', '440524188001010014', '610104620927690'];

describe('classifyColumns', () => {
  it('classifies by header synonyms, in Chinese, English and pinyin', () => {
    const cols = classify(['身份证号', 'mobile', 'sjhm', 'remark'], [[IDS[0]!, '13812345678', '13912345678', '备注']]);
    expect(cols.map((c) => [c.item, c.detector, c.kind])).toEqual([
      ['identity.resident-id', 'resident-id', 'pi'],
      ['basic.phone', 'mobile', 'pi'],
      ['basic.phone', 'mobile', 'pi'],
      ['internet-records.free-text', null, 'free-text'],
    ]);
  });

  it(`classifies an unnamed column by its values when ${VALUE_SHARE * 100}% of them pass one detector`, () => {
    const cols = classify(['c1', 'c2'], [
      [IDS[0]!, '13812345678'],
      [IDS[1]!, 'n/a'],
      [IDS[2]!, '-'],
      [IDS[3]!, '无'],
      ['110101********123X', '13912345678'],
    ]);
    expect(cols[0]).toMatchObject({ headerItem: null, valueItem: 'identity.resident-id', item: 'identity.resident-id', detector: 'resident-id', kind: 'pi' });
    // 2 of 5 mobiles: not enough.
    expect(cols[1]).toMatchObject({ item: null, kind: 'other' });
  });

  it('classifies unnamed columns of Excel-guarded, full-width and grouped identifiers by their values', () => {
    const cols = classify(['c1', 'c2', 'c3'], [
      ['="110101199003071233"', '１３８１２３４５６７８', '440305 20020904 5979'],
      ["'11010519491231002X", '１３９１２３４５６７８', '440305-20020904-5979'],
      ['="440524188001010014"', '１３７１２３４５６７０', '="440524188001010014"'],
    ]);
    expect(cols.map((c) => [c.item, c.detector, c.kind])).toEqual([
      ['identity.resident-id', 'resident-id', 'pi'],
      ['basic.phone', 'mobile', 'pi'],
      ['identity.resident-id', 'resident-id', 'pi'],
    ]);
  });

  it('does not take 18-digit order numbers for resident IDs', () => {
    const orders = Array.from({ length: 50 }, (_, i) => [`2024050${i % 10}${String(123456789 + i * 7919).padStart(10, '0')}`]);
    expect(classify(['order_no'], orders)[0]).toMatchObject({ item: null, kind: 'other' });
  });

  it('lets the header win, and the values choose among its detectors', () => {
    const cols = classify(['login_ip'], [['fe80::1:2'], ['2001:db8::8a2e:370:7334'], ['2408:8000::1']]);
    expect(cols[0]).toMatchObject({ item: 'network-identity.ip', detector: 'ipv6', hint: ['ipv4', 'ipv6'] });
  });

  it('finds unnamed free text by its values, but not timestamps', () => {
    const cols = classify(['c1', 'c2'], [
      ['客户来电说明了退货的原因和地址', '2024-05-01 08:00:00'],
      ['用户反馈物流太慢希望尽快处理', '2024-05-02 09:00:00'],
      ['请在工作日下午联系客户确认', '2024-05-03 10:00:00'],
    ]);
    expect(cols.map((c) => c.kind)).toEqual(['free-text', 'other']);
  });

  it('does not take a status, type or date of an account or a phone for the account or the phone', () => {
    const cols = classify(
      ['用户ID', '账号状态', '账号类型', '手机号绑定时间', 'user_account_type', '出生日期'],
      [
        ['U1', '正常', '个人', '2025-01-01 08:00:00', 'personal', '1990-03-07'],
        ['U2', '冻结', '企业', '2024-01-01 09:30:00', 'company', '1985-12-31'],
        ['U3', '已注销', '个人', '2023-01-01 10:00:00', 'personal', '2001-06-15'],
      ],
    );
    expect(cols.map((c) => [c.name, c.headerItem, c.item, c.kind])).toEqual([
      ['用户ID', 'network-identity.user-id', 'network-identity.user-id', 'pi'],
      ['账号状态', null, null, 'other'],
      ['账号类型', null, null, 'other'],
      ['手机号绑定时间', null, null, 'other'],
      ['user_account_type', null, null, 'other'],
      ['出生日期', 'basic.birthday', 'basic.birthday', 'pi'],
    ]);
  });

  it('takes no item from the header of a column with a record role; its values still count', () => {
    const header = ['account', 'account', 'birth', 'cancelled_at'];
    const roles: ColumnRole[] = [{ kind: 'status' }, { kind: 'none' }, { kind: 'birth-date' }, { kind: 'event-date', event: 'account-cancellation' }];
    const rows = [
      ['正常', 'alice', '1990-03-07', '13812345678'],
      ['冻结', 'bob', '1985-12-31', '13912345678'],
      ['已注销', 'carol', '2001-06-15', '13712345678'],
    ];
    const sample: SampleRecord[] = rows.map((cells, i) => ({ line: i + 2, cells }));
    const cols = classifyColumns({ header, sample, mapped: new Map(), roles, taxonomy });
    expect(cols.map((c) => [c.headerItem, c.valueItem, c.item])).toEqual([
      [null, null, null],
      ['network-identity.account', null, 'network-identity.account'],
      // A birth date and an age are the person's own: their header still names them.
      ['basic.birthday', null, 'basic.birthday'],
      // Mobiles in a date column are mobiles all the same.
      [null, 'basic.phone', 'basic.phone'],
    ]);
  });

  it('keeps a trait or a record its header names, role or not: a surgery date, a disease type, a transaction time', () => {
    const header = ['hospitalization', '手术日期', '疾病类型', '交易时间', '账号注销时间', 'status'];
    const roles: ColumnRole[] = [
      // As a mapping file would set them: the dates a medical record counts its retention from.
      { kind: 'event-date', event: 'collection' },
      { kind: 'event-date', event: 'collection' },
      ...header.slice(2).map((h) => roleForHeader(h)),
    ];
    const rows = [
      ['2024-01-03', '2024-01-05', '高血压', '2024-01-05 10:00:00', '2024-02-01', '正常'],
      ['2023-11-18', '2023-11-20', '糖尿病', '2023-11-20 11:30:00', '2024-03-01', '冻结'],
      ['2022-06-28', '2022-06-30', '哮喘', '2022-06-30 09:15:00', '2024-04-01', '已注销'],
    ];
    const sample: SampleRecord[] = rows.map((cells, i) => ({ line: i + 2, cells }));
    const cols = classifyColumns({ header, sample, mapped: new Map(), roles, taxonomy });
    expect(cols.map((c) => [c.name, c.headerItem, c.kind])).toEqual([
      ['hospitalization', 'health.inpatient-record', 'pi'],
      ['手术日期', 'health.surgery', 'pi'],
      ['疾病类型', 'health.condition', 'pi'],
      ['交易时间', 'property.transaction', 'pi'],
      // An account's cancellation date and status are bookkeeping of the account.
      ['账号注销时间', null, 'other'],
      ['status', null, 'other'],
    ]);
  });

  it('leaves role columns (dates, status, consent) out of personal information', () => {
    const cols = classify(['cancelled_at', 'status', 'guardian_consent'], [['2024-01-01', '已注销', '是']]);
    expect(cols.map((c) => c.kind)).toEqual(['other', 'other', 'other']);
  });
});

describe('dominantDetector and hashProbeOf', () => {
  it('needs a few values', () => {
    expect(dominantDetector(['13812345678', '13912345678'], [])).toBeNull();
    expect(dominantDetector(['13812345678', '13912345678', '13712345678'], [])).toBe('mobile');
  });

  it('learns the hash form of a column of hashes', () => {
    const sha = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
    expect(hashProbeOf([sha, sha, sha, 'Passw0rd!'])).toEqual({ length: 64, prefix: '' });
    const bcrypt = '$2b$12$KIXQJ7mYBqCqH3xQzFv2XeQ6t1rW0pV5oYb9sN3dL8aG4hU2iR7Su';
    expect(hashProbeOf([bcrypt, bcrypt, bcrypt])).toEqual({ length: 60, prefix: '$2b$' });
    expect(hashProbeOf(['a', 'b', sha])).toBeNull();
  });
});
