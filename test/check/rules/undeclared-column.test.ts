import { describe, expect, it } from 'vitest';
import { undeclaredColumn } from '../../../src/check/rules/undeclared-column.js';
import { check, col, findingsOf, row, table } from '../../crosscheck/helpers.js';

const ID = 'identity.resident-id';
const columns = [
  col({ name: 'sfz', item: ID, detector: 'resident-id', valueItem: ID, matched: 8, plain: 8, rows: [2, 5], evidence: '110101********123X' }),
  col({ name: 'mobile', item: 'basic.phone' }),
  col({ name: 'order_no' }),
  col({ name: 'contact', item: 'basic.phone', valueItem: ID, matched: 0, nonEmpty: 4, rows: [3] }),
];

describe('undeclared-column', () => {
  it('reports each column holding personal information that no row declares, at the header line', () => {
    const { exports } = check([table('users', columns, { headerLine: 3 })], [row('mobile', 'basic.phone')]);
    const found = findingsOf(undeclaredColumn, exports);
    expect(found.map((f) => [f.line, f.subject.column, f.item, f.count, f.rows, f.evidence, f.severity])).toEqual([
      [3, 'contact', ID, 4, [3], null, 'error'],
      [3, 'sfz', ID, 8, [2, 5], '110101********123X', 'error'],
    ]);
    expect(found[1]!.message).toBe("column 'sfz' of 'users' holds resident identity card (8 values) that no inventory row declares");
    expect(found[1]!.clause).toEqual({ policy: 'PIPL', section: 'Art. 51', quote: '对个人信息实行分类管理' });
    const zh = findingsOf(undeclaredColumn, exports, 'zh');
    expect(zh[1]!.message).toBe('「users」表的列「sfz」中有身份证（8 条记录），但数据清单中没有任何一行声明该列');
  });

  it('says so when the inventory has no table of the export\'s name', () => {
    const { exports } = check([table('ad_clicks', columns.slice(0, 1))], [row('mobile', 'basic.phone')]);
    expect(findingsOf(undeclaredColumn, exports)[0]!.message).toContain("(the inventory has no table 'ad_clicks')");
    expect(findingsOf(undeclaredColumn, exports, 'zh')[0]!.message).toContain('（清单中没有「ad_clicks」表）');
  });

  it('is silent on declared columns, on columns without personal values, and without --inventory', () => {
    const rows = [row('sfz', ID), row('mobile', 'basic.phone'), row('contact', 'basic.phone')];
    expect(findingsOf(undeclaredColumn, check([table('users', columns)], rows).exports)).toEqual([]);
    expect(findingsOf(undeclaredColumn, [table('users', columns)])).toEqual([]);
  });

  it('takes a configured severity, or is off', () => {
    const { exports } = check([table('users', columns.slice(0, 1))], []);
    expect(findingsOf(undeclaredColumn, exports, 'en', { 'undeclared-column': 'warning' })[0]!.severity).toBe('warning');
    expect(findingsOf(undeclaredColumn, exports, 'en', { 'undeclared-column': 'off' })).toEqual([]);
  });
});
