/** Planning a table: records consistently wider than the header are said once, from the sample. */
import { describe, expect, it } from 'vitest';
import { widerRecords } from '../../src/scan/table-plan.js';

const rows = (...records: string[][]) => records.map((cells, i) => ({ line: i + 3, cells }));

describe('widerRecords', () => {
  it('most records hold values past the header: the first such record, its fields and the header width', () => {
    const sample = rows(['1', '张三', '13812345678', '110101199003071233'], ['2', '李四', '13912345678', '11010519491231002X'], ['3', '王五']);
    expect(widerRecords({ header: ['导出时间', '2024-01-01'], sample })).toEqual({ line: 3, fields: 4, columns: 2 });
  });

  it('a trailing empty field, a few ragged records, blank records: nothing to say', () => {
    expect(widerRecords({ header: ['a', 'b'], sample: rows(['1', '2', ''], ['3', '4', ' ']) })).toBeUndefined();
    expect(widerRecords({ header: ['a', 'b'], sample: rows(['1', '2', 'x'], ['3', '4'], ['5', '6']) })).toBeUndefined();
    expect(widerRecords({ header: ['a', 'b'], sample: rows(['1', '2', 'x'], ['', '', '', ''], ['', '']) })).toEqual({ line: 3, fields: 3, columns: 2 });
    expect(widerRecords({ header: ['a'], sample: [] })).toBeUndefined();
  });
});
