/**
 * CSV read as a stream of records (archive members, .zst): the header found under title lines and
 * Excel's `sep=` line as the byte-range scanner finds it (csv-probe.ts), records at their physical lines.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { csvReader } from '../../../src/load/exports/csv.js';
import { fileOf, readAll } from './jsonl-parquet-helpers.js';

const TABLE = '编号,姓名,手机号\r\n1,张三,13812345678\r\n2,李四,13912345678\r\n';

describe('csvReader', () => {
  it('finds the header under title lines; records keep their physical lines', async () => {
    const read = await readAll(csvReader, fileOf('t.csv', '客户信息导出报表\r\n\r\n导出时间：2024-01-01,,\r\n' + TABLE));
    expect(read.tables).toHaveLength(1);
    expect(read.tables[0]).toMatchObject({ columns: ['编号', '姓名', '手机号'], line: 4, lines: [5, 6] });
    expect(read.tables[0]!.records).toEqual([
      ['1', '张三', '13812345678'],
      ['2', '李四', '13912345678'],
    ]);
  });

  it("honours Excel's sep= line and skips it", async () => {
    const read = await readAll(csvReader, fileOf('t.csv', 'sep=;\n' + TABLE.replaceAll(',', ';')));
    expect(read.tables[0]).toMatchObject({ columns: ['编号', '姓名', '手机号'], line: 2, delimiter: ';', lines: [3, 4] });
  });

  it('a one-column file: its first line is the header, every other line a record, past the lines a header is looked for in', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `1381234${String(i).padStart(4, '0')}`);
    const read = await readAll(csvReader, fileOf('t.csv', ['手机号', ...rows].join('\n')));
    expect(read.tables[0]).toMatchObject({ columns: ['手机号'], line: 1 });
    expect(read.tables[0]!.records.map((r) => r[0])).toEqual(rows);
    expect(read.tables[0]!.lines).toEqual(rows.map((_, i) => i + 2));
  });

  it('a header alone begins the table; an empty file is an InputError', async () => {
    expect((await readAll(csvReader, fileOf('t.csv', '标题\na,b\n'))).tables[0]).toMatchObject({ columns: ['a', 'b'], line: 2, records: [] });
    expect((await readAll(csvReader, fileOf('t.csv', '标题\n'))).tables[0]).toMatchObject({ columns: ['标题'], line: 1, records: [] });
    await expect(readAll(csvReader, fileOf('t.csv', '\n\n'))).rejects.toBeInstanceOf(InputError);
  });

  it('reads an archive member the same way', async () => {
    const read = await readAll(csvReader, fileOf('t.zip', zipSync({ 'out/t.csv': strToU8('客户信息导出报表\n' + TABLE) })));
    expect(read.tables[0]).toMatchObject({ columns: ['编号', '姓名', '手机号'], line: 2, lines: [3, 4] });
  });
});
