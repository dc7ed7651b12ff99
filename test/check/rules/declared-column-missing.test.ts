import { describe, expect, it } from 'vitest';
import { declaredColumnMissing } from '../../../src/check/rules/declared-column-missing.js';
import { check, col, findingsOf, row, table } from '../../crosscheck/helpers.js';

describe('declared-column-missing', () => {
  const users = table('users', [col({ name: 'mobile', item: 'basic.phone' }), col({ name: 'birthday', item: 'basic.birthday', nonEmpty: 0, matched: 0, plain: 0 }), col({ name: 'hobby', nonEmpty: 0 })], { headerLine: 2, records: 40 });
  const rows = [row('mobile', 'basic.phone', { line: 4 }), row('birthday', 'basic.birthday', { line: 5 }), row('wechat_id', 'network-identity.account', { line: 6 }), row('hobby', null, { line: 7 })];

  it('reports a declared field the export lacks, and one it leaves empty, as info at the header line', () => {
    const found = findingsOf(declaredColumnMissing, check([users], rows).exports);
    expect(found.map((f) => [f.line, f.severity, f.subject.system, f.subject.table, f.subject.field, f.subject.column, f.item])).toEqual([
      [2, 'info', 'crm', 'users', 'birthday', 'birthday', 'basic.birthday'],
      [2, 'info', 'crm', 'users', 'hobby', 'hobby', null],
      [2, 'info', 'crm', 'users', 'wechat_id', null, 'network-identity.account'],
    ]);
    expect(found.map((f) => f.message)).toEqual([
      "inventory.csv:5 declares field 'birthday' of 'users', but column 'birthday' is empty in all 40 records",
      "inventory.csv:7 declares field 'hobby' of 'users', but column 'hobby' is empty in all 40 records",
      "inventory.csv:6 declares field 'wechat_id' of 'users', but the export has no such column",
    ]);
    const zh = findingsOf(declaredColumnMissing, check([users], rows).exports, 'zh').map((f) => f.message);
    expect(zh).toContain('inventory.csv:6 声明了「users」表的字段「wechat_id」，但导出数据中没有该列');
    expect(zh).toContain('inventory.csv:5 声明了「users」表的字段「birthday」，但列「birthday」在全部 40 条记录中均为空');
  });

  it('only for tables the export matched, never for the inventory\'s other tables or rows without a table', () => {
    const other = [row('coupon_code', null, { table: 'coupons' }), row('mobile', 'basic.phone', { table: null })];
    expect(findingsOf(declaredColumnMissing, check([table('users', [col({ name: 'mobile', item: 'basic.phone' })])], other).exports)).toEqual([]);
  });
});
