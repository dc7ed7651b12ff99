/** The first look at an export: encoding, compression, delimiter, line break, header, sample; bad files. */
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { probeExport } from '../../../src/load/exports/csv-probe.js';
import { readTextFile } from '../../../src/io/file.js';
import { tempFiles } from '../../scan/helpers.js';

/** What zlib can decompress of a cut .gz: the text a reader gets before the stream fails. */
function readableText(cut: Buffer): string {
  return gunzipSync(cut, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
}

const probe = (name: string, data: string | Buffer) => probeExport(tempFiles({ [name]: data }).path(name), 1 << 20);

async function rejection(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`);
  return e;
}

describe('probeExport', () => {
  it.each([
    [',', 'a,b,c\n1,2,3\n4,5,6\n'],
    ['\t', 'a\tb\tc\n1\t2,5\t3\n4\t5\t6\n'],
    ['|', 'a|b|c\n1|2|3\n4|5|6\n'],
    [';', 'a;b;c\n1;2,5;3\n4;5;6\n'],
  ])('detects the delimiter %j', async (delimiter, text) => {
    const p = await probe('t.csv', text);
    expect(p.delimiter).toBe(delimiter);
    expect(p.header).toEqual(['a', 'b', 'c']);
    expect(p.sample.map((r) => r.line)).toEqual([2, 3]);
  });

  it('trusts .tsv and .psv extensions when their delimiter splits the records evenly', async () => {
    expect((await probe('t.tsv', 'name\tnote\n张三\ta,b\n李四\tc,d\n')).delimiter).toBe('\t');
    expect((await probe('t.psv', 'name|note\nx|1\ny|2\n')).delimiter).toBe('|');
  });

  it('reads UTF-8 with a BOM and CRLF', async () => {
    const p = await probe('t.csv', '\ufeff姓名,手机\r\n张三,13812345678\r\n');
    expect(p).toMatchObject({ encoding: 'utf8', bomLength: 3, header: ['姓名', '手机'], headerLine: 1, headerEndByte: 3 + Buffer.byteLength('姓名,手机\r\n') });
  });

  it('reads GBK without a BOM (as GB18030)', async () => {
    const p = await probe('t.csv', iconv.encode('姓名,身份证号\n张三,110101199003071233\n', 'gbk'));
    expect(p.encoding).toBe('gb18030');
    expect(p.header).toEqual(['姓名', '身份证号']);
    expect(p.sample[0]!.cells).toEqual(['张三', '110101199003071233']);
  });

  it('reads GBK whose first Chinese text comes after 64 KiB of ASCII, within its first MiB', async () => {
    const ascii = 'id,mobile,remark\n' + Array.from({ length: 5000 }, (_, i) => `${i},138${String(i).padStart(8, '0')},ok\n`).join('');
    expect(ascii.length).toBeGreaterThan(65536);
    const p = await probe('t.csv', Buffer.concat([Buffer.from(ascii), iconv.encode('5000,13900000000,客户张三\n', 'gbk')]));
    expect(p.encoding).toBe('gb18030');
  });

  it('reads UTF-8 with a cut character as UTF-8: the header keeps its names', async () => {
    const p = await probe('t.csv', Buffer.concat([Buffer.from('手机号,身份证号,备注\n13912345678,11010519491231002X,'), Buffer.from([0xe5, 0xae]), Buffer.from('\n')]));
    expect(p).toMatchObject({ encoding: 'utf8', header: ['手机号', '身份证号', '备注'] });
  });

  it('reads UTF-16 LE and BE with a BOM', async () => {
    const text = '姓名\t电话\r\n张三\t13812345678\r\n';
    const le = await probe('t.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(le).toMatchObject({ encoding: 'utf16le', delimiter: '\t', header: ['姓名', '电话'], headerEndByte: 2 + 2 * '姓名\t电话\r\n'.length });
    const be = await probe('t.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    expect(be).toMatchObject({ encoding: 'utf16be', header: ['姓名', '电话'] });
  });

  it('reads gzip by its magic bytes', async () => {
    const p = await probe('t.csv.gz', gzipSync(Buffer.from('a,b\n1,2\n')));
    expect(p).toMatchObject({ gzip: true, header: ['a', 'b'], headerEndByte: 0 });
  });

  it('skips blank lines before the header and keeps the header line', async () => {
    const p = await probe('t.csv', '\n,,\nid,name\n1,x\n');
    expect(p.headerLine).toBe(3);
    expect(p.sample[0]!.line).toBe(4);
  });

  it('refuses binary content, at the line and column of the first NUL byte', async () => {
    const e = await rejection(probe('t.csv', Buffer.concat([Buffer.from('id,name\n1,x\n'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])])));
    expect(e.message).toMatch(/binary/);
    expect(e.where).toMatchObject({ line: 3, column: 5 });
  });

  it('places a NUL byte as the inventory reader does (lines by LF bytes, columns in characters)', async () => {
    const bytes = Buffer.from('名称,说明\r\n1,x\r手机,\u0000\n');
    const { path } = tempFiles({ 't.csv': bytes });
    const byProbe = (await rejection(probeExport(path('t.csv'), 1 << 20))).where;
    expect(byProbe).toEqual({ file: path('t.csv'), line: 2, column: 8 });
    let byReader: unknown;
    try {
      readTextFile(path('t.csv'));
    } catch (e) {
      byReader = (e as InputError).where;
    }
    expect(byReader).toEqual(byProbe);
  });

  it('refuses an empty file, a folder and a missing file', async () => {
    expect((await rejection(probe('t.csv', ''))).message).toMatch(/no records/);
    const { dir } = tempFiles({});
    expect((await rejection(probeExport(dir, 100))).message).toMatch(/not a file/);
    expect((await rejection(probeExport(`${dir}/missing.csv`, 100))).message).toMatch(/cannot read the file \(ENOENT\)/);
  });

  it('refuses a truncated gzip file, where its text breaks off', async () => {
    const text = 'a,b\n' + Array.from({ length: 3000 }, (_, i) => `${i},note ${i}`).join('\n');
    const gz = gzipSync(Buffer.from(text));
    const cut = gz.subarray(0, gz.length / 2);
    const e = await rejection(probe('t.csv.gz', cut));
    expect(e.message).toMatch(/not a readable gzip file/);
    const lines = readableText(cut).split('\n');
    expect(lines.length).toBeGreaterThan(100);
    expect(e.where).toMatchObject({ line: lines.length, column: lines.at(-1)!.length + 1 });
  });

  it('refuses a gzip file broken in its header at line 1, column 1', async () => {
    const e = await rejection(probe('t.csv.gz', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01])));
    expect(e.message).toMatch(/not a readable gzip file/);
    expect(e.where).toMatchObject({ line: 1, column: 1 });
  });
});

describe('the header under title lines (as in an Excel sheet: io/header-row.ts)', () => {
  const TABLE = '编号,姓名,手机号,身份证号\r\n1,张三,13812345678,110101199003071233\r\n2,李四,13912345678,11010519491231002X\r\n';

  it('a title line above the header: the header at its own line, records at theirs, ranges after the header', async () => {
    const p = await probe('t.csv', '客户信息导出报表\r\n' + TABLE);
    expect(p).toMatchObject({ header: ['编号', '姓名', '手机号', '身份证号'], headerLine: 2, headerEndByte: Buffer.byteLength('客户信息导出报表\r\n编号,姓名,手机号,身份证号\r\n') });
    expect(p.sample.map((r) => r.line)).toEqual([3, 4]);
  });

  it('several title lines, a title spread over empty cells, blank lines between: all skipped', async () => {
    const p = await probe('t.csv', '客户信息导出报表,,,\n\n导出时间：2024-01-01\n' + TABLE);
    expect(p).toMatchObject({ header: ['编号', '姓名', '手机号', '身份证号'], headerLine: 4 });
    expect(p.sample.map((r) => r.line)).toEqual([5, 6]);
  });

  it("Excel's sep= line names the delimiter and is skipped", async () => {
    const p = await probe('t.csv', 'sep=;\r\n' + TABLE.replaceAll(',', ';'));
    expect(p).toMatchObject({ delimiter: ';', header: ['编号', '姓名', '手机号', '身份证号'], headerLine: 2 });
    expect(p.sample.map((r) => r.cells.length)).toEqual([4, 4]);
    // Even when what follows would guess another delimiter, and with a BOM.
    expect(await probe('t.csv', '\ufeffsep=|\na|b,c\n1|2,3\n')).toMatchObject({ delimiter: '|', header: ['a', 'b,c'], headerLine: 2 });
  });

  it('a one-column file keeps its first line as the header, a sep= line excepted', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `1381234${String(i).padStart(4, '0')}`);
    const p = await probe('t.csv', ['手机号', ...rows].join('\n') + '\n');
    expect(p).toMatchObject({ header: ['手机号'], headerLine: 1 });
    expect(p.sample.map((r) => r.line)).toEqual(rows.map((_, i) => i + 2));
    expect(await probe('t.csv', 'sep=,\n手机号\n13812345678\n')).toMatchObject({ header: ['手机号'], headerLine: 2, sample: [{ line: 3, cells: ['13812345678'] }] });
  });

  it('a header alone, under a title or not', async () => {
    expect(await probe('t.csv', 'a,b\n')).toMatchObject({ header: ['a', 'b'], headerLine: 1, sample: [] });
    expect(await probe('t.csv', '标题\na,b\n')).toMatchObject({ header: ['a', 'b'], headerLine: 2, sample: [] });
    expect(await probe('t.csv', '标题\n')).toMatchObject({ header: ['标题'], headerLine: 1, sample: [] });
  });
});

describe('probeExport on a file without line breaks', () => {
  it('says so instead of reading on', async () => {
    const e = await rejection(probe('t.csv', 'x'.repeat(1_100_000)));
    expect(e.message).toMatch(/no line break in the first 1 MiB/);
    expect(e.where).toMatchObject({ line: 1 });
  });
});
