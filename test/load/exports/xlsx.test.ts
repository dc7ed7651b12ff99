/**
 * The Excel export reader: every sheet with a table, cells as a CSV export holds them, lines as Excel's
 * row numbers, and workbooks too big to read whole refused with what to do instead.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { openEntries } from '../../../src/load/exports/entries.js';
import { readerFor } from '../../../src/load/exports/registry.js';
import type { ReadProblem, TableSink, TableStart } from '../../../src/load/exports/types.js';
import { exportCellText } from '../../../src/load/exports/xlsx-export-cells.js';
import { MAX_SHEET_XML, xlsxReader } from '../../../src/load/exports/xlsx.js';
import { workbookBytes, writeWorkbook } from '../xlsx-workbook.js';

interface Table {
  start: TableStart;
  records: string[][];
  lines: number[];
}

class Recorder implements TableSink {
  readonly tables: Table[] = [];
  readonly problems: ReadProblem[] = [];
  constructor(private readonly limit = Infinity) {}
  get full(): boolean {
    return (this.tables.at(-1)?.records.length ?? 0) >= this.limit;
  }
  begin(start: TableStart): void {
    this.tables.push({ start, records: [], lines: [] });
  }
  records(records: string[][], lines: ArrayLike<number>): void {
    const t = this.tables.at(-1)!;
    t.records.push(...records.map((r) => r.slice()));
    t.lines.push(...Array.from(lines));
  }
  problem(p: ReadProblem): void {
    this.problems.push(p);
  }
}

async function read(file: string, limit = Infinity): Promise<Recorder> {
  const sink = new Recorder(limit);
  for await (const entry of openEntries(file)) {
    const reader = readerFor(entry.head, entry.member ?? entry.file);
    expect(reader.format).toBe('xlsx');
    await reader.read(entry, sink, { maxFieldChars: 1 << 20 });
  }
  return sink;
}

async function failure(file: string): Promise<InputError> {
  const e = await read(file).then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

const members = parse(readFileSync('fixtures/formats/members.csv')) as string[][];

describe('sniffing', () => {
  it('takes a ZIP (a workbook: other archives are split by openEntries) and a legacy OLE2 file, never text', () => {
    expect(xlsxReader.sniff(Buffer.from('PK\x03\x04rest'), 'a.csv')).toBe(true);
    expect(xlsxReader.sniff(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'a.xls')).toBe(true);
    expect(xlsxReader.sniff(Buffer.from('id,name\n1,PK\n'), 'a.xlsx')).toBe(false);
  });
});

describe('the fixtures', () => {
  it('members.xlsx: one sheet, named by the file, holding members.csv’s records as the CSV has them', async () => {
    const { tables, problems } = await read('fixtures/formats/members.xlsx');
    expect(problems).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.start).toEqual({ name: 'members', columns: members[0], line: 1 });
    expect(tables[0]!.records).toEqual(members.slice(1));
    expect(tables[0]!.lines).toEqual(members.slice(1).map((_, i) => i + 2));
  });

  it('careless.xlsx: the header under its title, numbers as Excel shows them (IDs have lost digits), the note sheet no records', async () => {
    const { tables } = await read('fixtures/formats/careless.xlsx');
    expect(tables.map((t) => [t.start.name, t.start.line, t.records.length])).toEqual([
      ['会员导出', 3, 10],
      ['说明', 1, 0],
    ]);
    const [careless] = tables;
    expect(careless!.start.columns).toEqual(members[0]);
    expect(careless!.lines).toEqual(members.slice(1).map((_, i) => i + 4));
    const column = (name: string) => careless!.records.map((r) => r[members[0]!.indexOf(name)]);
    // 18 digits typed into Excel: rounded to 15. X-ended and masked IDs stayed text, whole.
    const excel = (digits: string) => String((BigInt(digits) + 500n) / 1000n) + '000';
    expect(column('id_card')).toEqual(members.slice(1).map((r) => (/^\d{18}$/.test(r[3]!) ? excel(r[3]!) : r[3])));
    expect(column('id_card')[0]).toBe('110101199003071000');
    expect(column('mobile')).toEqual(members.slice(1).map((r) => r[2]));
    expect(column('created_at')).toEqual(members.slice(1).map((r) => r[9]));
  });

  it('a workbook inside a ZIP is read from memory, its table named by the member', async () => {
    const path = writeWorkbook('zipped.zip', Buffer.from(zipSync({ 'out/会员.xlsx': readFileSync('fixtures/formats/members.xlsx') })));
    const { tables } = await read(path);
    expect(tables.map((t) => [t.start.name, t.records])).toEqual([['会员', members.slice(1)]]);
  });

  it('--sample: a full table is left for the next sheet', async () => {
    const rows = [['n', 'mobile'], ...Array.from({ length: 10_000 }, (_, i) => [i, `138${String(i).padStart(8, '0')}`])];
    const path = writeWorkbook('long.xlsx', workbookBytes([{ name: 'long', rows }, { name: 'short', rows: [['a', 'b'], [1, 2]] }]));
    const { tables } = await read(path, 3);
    expect(tables.map((t) => [t.start.name, t.records.length])).toEqual([
      ['long', 4096],
      ['short', 1],
    ]);
  });
});

describe('sheets', () => {
  it('every sheet holding a table, hidden ones too, in tab order; empty sheets skipped', async () => {
    const path = writeWorkbook(
      'sheets.xlsx',
      workbookBytes([
        { name: 'users', rows: [['id', 'mobile'], [1, '13812345678']] },
        { name: 'Sheet2', rows: [] },
        { name: 'orders', rows: [['order', 'buyer'], ['A1', '张三']], hidden: true },
      ]),
    );
    const { tables } = await read(path);
    expect(tables.map((t) => [t.start.name, t.start.columns, t.records])).toEqual([
      ['users', ['id', 'mobile'], [['1', '13812345678']]],
      ['orders', ['order', 'buyer'], [['A1', '张三']]],
    ]);
  });

  it('a one-column sheet: its first row is the header', async () => {
    const path = writeWorkbook('column.xlsx', workbookBytes([{ name: 'phones', rows: [['mobile'], ['13812345678'], ['13912345678']] }]));
    const { tables } = await read(path);
    expect(tables.map((t) => [t.start.name, t.start.columns, t.records, t.lines])).toEqual([['column', ['mobile'], [['13812345678'], ['13912345678']], [2, 3]]]);
  });

  it('a group row (基本信息 merged over 姓名 and 手机号) is not the header: the row below names the columns', async () => {
    const rows = [
      ['基本信息', null, '证件', null],
      ['姓名', '手机号', '身份证号', '备注'],
      ['张三', '13812345678', '110101199003071233', ''],
      ['李四', '13912345678', '11010519491231002X', ''],
      ['王五', '13712345670', '440524188001010014', ''],
    ];
    const path = writeWorkbook('grouped.xlsx', workbookBytes([{ name: '客户', rows, merges: ['A1:B1', 'C1:D1'] }]));
    const { tables } = await read(path);
    expect(tables.map((t) => [t.start.columns, t.start.line, t.records.length, t.lines])).toEqual([[['姓名', '手机号', '身份证号', '备注'], 2, 3, [3, 4, 5]]]);
  });

  it('under a title, a group row whose other headers are merged down into the row below', async () => {
    const rows = [
      ['订单导出 2024-06-30'],
      ['订单号', '收货人', '联系方式', null, '地址'],
      [null, null, '手机', '固话', null],
      [100, '张三', '13812345678', '010-88881000', '北京市海淀区中关村大街1号'],
      [101, '李四', '13912345678', '010-88881001', '北京市海淀区中关村大街2号'],
    ];
    const path = writeWorkbook('orders.xlsx', workbookBytes([{ name: '订单', rows, merges: ['A1:E1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3'] }]));
    const { tables } = await read(path);
    expect(tables.map((t) => [t.start.columns, t.start.line, t.lines])).toEqual([[['订单号', '收货人', '手机', '固话', '地址'], 3, [4, 5]]]);
  });

  it('a header with a column name merged across two columns is the header, not a group row', async () => {
    const rows = [
      ['姓名', '地址', null],
      ['张三', '北京市', '海淀区'],
      ['李四', '上海市', '浦东新区'],
    ];
    const path = writeWorkbook('wide-name.xlsx', workbookBytes([{ name: 'S', rows, merges: ['B1:C1'] }]));
    const { tables } = await read(path);
    expect(tables.map((t) => [t.start.columns, t.start.line, t.lines])).toEqual([[['姓名', '地址', '地址'], 1, [2, 3]]]);
  });

  it('an empty workbook has nothing to read', async () => {
    const path = writeWorkbook('empty.xlsx', workbookBytes([{ name: 'Sheet1', rows: [] }]));
    expect((await failure(path)).message).toBe('no records: every sheet of the workbook is empty');
  });
});

describe('cells as a CSV export holds them', () => {
  const cell = (c: object, date1904 = false) => exportCellText(c as never, date1904);

  it('times in full, dates alone as dates, whatever the displayed format', () => {
    const serial = 45432.5; // 2024-05-20 12:00
    expect(cell({ t: 'n', v: serial, z: 'yyyy/m/d h:mm', w: '2024/5/20 12:00' })).toBe('2024-05-20 12:00:00');
    expect(cell({ t: 'n', v: 45432, z: 'yyyy-mm-dd hh:mm:ss' })).toBe('2024-05-20 00:00:00');
    expect(cell({ t: 'n', v: 45432, z: 'd-mmm-yy', w: '20-May-24' })).toBe('2024-05-20');
    expect(cell({ t: 'n', v: 45432, z: '[$-804]yyyy"年"m"月"d"日"', w: '2024年5月20日' })).toBe('2024-05-20');
    expect(cell({ t: 'n', v: serial, z: 'yyyy-mm-dd' })).toBe('2024-05-20 12:00:00');
    expect(cell({ t: 'n', v: 45432 - 1462, z: 'yyyy-mm-dd' }, true)).toBe('2024-05-20');
    expect(cell({ t: 'n', v: 0.375, z: 'hh:mm', w: '09:00' })).toBe('09:00');
  });

  it('whole numbers in full, never in E notation; others as Excel shows them', () => {
    expect(cell({ t: 'n', v: 110101199003071233, z: 'General', w: '1.10101E+17' })).toBe('110101199003071000');
    expect(cell({ t: 'n', v: 6217000000000000004, w: '6.217E+18' })).toBe('6217000000000000000');
    expect(cell({ t: 'n', v: 13812345678, z: 'General', w: '13812345678' })).toBe('13812345678');
    expect(cell({ t: 'n', v: -42, z: '0', w: '-42' })).toBe('-42');
    expect(cell({ t: 'n', v: 0.1 + 0.2, z: 'General', w: '0.3' })).toBe('0.3');
    expect(cell({ t: 'n', v: 1234.5, z: '#,##0.00', w: '1,234.50' })).toBe('1,234.50');
    expect(cell({ t: 'n', v: 0.125, z: '0.0%', w: '12.5%' })).toBe('12.5%');
  });

  it('booleans, errors, text, no cell', () => {
    expect(cell({ t: 'b', v: true, w: 'TRUE' })).toBe('true');
    expect(cell({ t: 'b', v: false })).toBe('false');
    expect(cell({ t: 'e', v: 42, w: '#N/A' })).toBe('#N/A');
    expect(cell({ t: 's', v: '  张三 ' })).toBe('  张三 ');
    expect(exportCellText(undefined, false)).toBe('');
  });
});

describe('what cannot be read', () => {
  it('a workbook with more sheet XML than the bound: refused before it is unpacked, with the CSV way', async () => {
    // The sizes a ZIP's directory lists are what is checked: one sheet listed as a byte more than the bound.
    const bytes = Buffer.from(readFileSync('fixtures/formats/members.xlsx'));
    const central = bytes.indexOf('xl/worksheets/sheet1.xml', bytes.indexOf(Buffer.from([0x50, 0x4b, 1, 2]))) - 46;
    expect(bytes.readUInt32LE(central)).toBe(0x02014b50);
    bytes.writeUInt32LE(MAX_SHEET_XML + 1, central + 24);
    const e = await failure(writeWorkbook('huge.xlsx', bytes));
    const mib = MAX_SHEET_XML / 1048576;
    expect(e.message).toBe(`the workbook holds ${mib + 1} MiB of sheet data, more than the ${mib} MiB an Excel file is read within (Excel files are read whole)`);
    expect(e.hint).toMatch(/save each sheet as CSV/);
  });

  it('a legacy .xls, a damaged workbook, an OpenDocument file: what each is and what to do', async () => {
    const xls = writeWorkbook('old.xls', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    expect((await failure(xls)).message).toMatch(/legacy Excel 97-2003 workbook/);
    const good = readFileSync('fixtures/formats/members.xlsx');
    const cut = writeWorkbook('cut.xlsx', good.subarray(0, good.length - 100));
    expect((await failure(cut)).message).toMatch(/^not a readable ZIP archive/);
    const ods = writeWorkbook('sheet.ods', Buffer.from(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'META-INF/manifest.xml': strToU8('<m/>'), 'content.xml': strToU8('<c/>') })));
    expect((await failure(ods)).message).toBe('a ZIP archive, not an Excel workbook (an OpenDocument file (.ods))');
  });
});
