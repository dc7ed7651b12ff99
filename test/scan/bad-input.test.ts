/** Bad input exits 2: an InputError naming the file and the line, never a stack trace or a partial result. */
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { scan, tempFiles } from './helpers.js';

async function inputError(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof InputError)) throw new Error(`expected an InputError, got ${String(e)}`);
  return e;
}

const BAD = 'fixtures/exports/bad';

describe('bad input', () => {
  it('a file that is not text', async () => {
    // A PNG signature holds a CRLF and a LF before its first NUL byte, which opens line 4.
    const e = await inputError(scan([`${BAD}/binary.csv`]));
    expect(e.where).toEqual({ file: `${BAD}/binary.csv`, line: 4, column: 1 });
    expect(e.describe()).toMatch(/binary\.csv:4:1: not a text table/);
  });

  it('an unterminated quote, at the line where it began', async () => {
    const e = await inputError(scan([`${BAD}/unterminated.csv`]));
    expect(e.where).toEqual({ file: `${BAD}/unterminated.csv`, line: 3 });
    expect(e.message).toMatch(/unterminated quoted field/);
  });

  it('an unterminated quote in the second byte range, at its line in the file', async () => {
    const lines = ['id,remark', ...Array.from({ length: 50_000 }, (_, i) => `${i},ok`), '50000,"never closed', '50001,x'];
    const { path } = tempFiles({ 'late.csv': lines.join('\n') + '\n' });
    const e = await inputError(scan([path('late.csv')], { workers: 2, minSplitBytes: 1 }));
    expect(e.where).toEqual({ file: path('late.csv'), line: 50_002 });
  }, 60_000);

  it('a field over the size bound', async () => {
    const { path } = tempFiles({ 'big.csv': `id,remark\n1,ok\n2,${'x'.repeat(5000)}\n3,ok\n` });
    const e = await inputError(scan([path('big.csv')], { maxFieldBytes: 1000 }));
    expect(e.where).toEqual({ file: path('big.csv'), line: 3 });
    expect(e.message).toMatch(/longer than 1000 characters, the limit \(--max-field-bytes\)/);
  });

  it('a mapping file naming a column the table does not have, at the mapping line', async () => {
    const mapping = `${BAD}/missing-column.mapping.yaml`;
    const e = await inputError(scan(['fixtures/exports/users.csv'], { mapping }));
    expect(e.where).toEqual({ file: mapping, line: 3 });
    expect(e.message).toBe("column 'cell_phone' is not in users.csv");
  });

  it('a header without records, an empty file', async () => {
    const header = await inputError(scan([`${BAD}/header-only.csv`]));
    expect(header.where).toEqual({ file: `${BAD}/header-only.csv`, line: 1 });
    expect(header.message).toMatch(/no records/);
    expect((await inputError(scan([`${BAD}/empty.csv`]))).message).toMatch(/no records/);
  });

  it('a missing path, a folder without exports', async () => {
    expect((await inputError(scan(['fixtures/exports/nope.csv']))).message).toBe('file not found');
    const { dir } = tempFiles({ 'notes.md': '# nothing' });
    expect((await inputError(scan([dir]))).message).toMatch(/no exported tables/);
  });

  it('ragged rows are counted, not fatal', async () => {
    const { path } = tempFiles({ 'r.csv': 'id,mobile\n1,13812345678\n2,13912345678,extra\n3\n4,13712345678\n' });
    const [file] = await scan([path('r.csv')]);
    expect(file).toMatchObject({ records: 4, ragged: 2, raggedRows: [3, 4] });
  });
});

describe('bytes the decoder cannot decode: said with the line of the first, never fatal', () => {
  const cut = Buffer.from([0xe5, 0xae]);
  const utf8Note = { message: 'bytes that are not UTF-8 text, read as U+FFFD', hint: expect.stringMatching(/^the file was read as UTF-8, .*if it is GBK, convert it \(iconv -f GB18030 -t UTF-8\)/) };

  it('a character cut in a UTF-8 export: read as UTF-8, columns named by their header, the note at its line', async () => {
    const data = Buffer.concat([Buffer.from('手机号,身份证号,备注\n13812345678,110101199003071233,ok\n13912345678,11010519491231002X,'), cut, Buffer.from('\n13712345670,440524188001010014,ok\n')]);
    const { path } = tempFiles({ 'enc.csv': data });
    const [file] = await scan([path('enc.csv')]);
    expect(file).toMatchObject({ encoding: 'utf8', records: 3 });
    expect(file!.columns.map((c) => [c.name, c.headerItem]).slice(0, 2)).toEqual([
      ['手机号', 'basic.phone'],
      ['身份证号', 'identity.resident-id'],
    ]);
    expect(file!.problems).toEqual([{ line: 3, ...utf8Note }]);
  });

  // Past the first MiB the encoding is decided from: read as UTF-8, so at least it is said where.
  const ascii = 'id,mobile,remark\n' + Array.from({ length: 80_000 }, (_, i) => `${i},138${String(i).padStart(8, '0')},ok\n`).join('');
  const gbkLate = Buffer.concat([Buffer.from(ascii), iconv.encode('80000,13900000000,客户\n80001,13900000001,备注\n', 'gbk')]);

  it('GBK after more than a MiB of ASCII: how many, from which line, and what to do if it is GBK', async () => {
    expect(ascii.length).toBeGreaterThan(1 << 20);
    const { path } = tempFiles({ 'late.csv': gbkLate });
    const [file] = await scan([path('late.csv')]);
    expect(file!.records).toBe(80_002);
    expect(file!.problems).toEqual([{ line: 80_002, message: 'bytes that are not UTF-8 text here and in 3 more places, read as U+FFFD', hint: utf8Note.hint }]);
  });

  it('the same note whether one thread reads the file or several (the line counted across ranges)', async () => {
    const { path } = tempFiles({ 'late.csv': gbkLate });
    const [one] = await scan([path('late.csv')]);
    const [split] = await scan([path('late.csv')], { workers: 2, minSplitBytes: 1 });
    expect(split!.problems).toEqual(one!.problems);
  }, 60_000);

  it('a GBK export with a byte that is not GBK', async () => {
    const data = Buffer.concat([iconv.encode('姓名,手机号\n张三,13812345678\n李四,', 'gbk'), Buffer.from([0xff]), iconv.encode('\n王五,13712345678\n', 'gbk')]);
    const { path } = tempFiles({ 'gbk.csv': data });
    const [file] = await scan([path('gbk.csv')]);
    expect(file).toMatchObject({ encoding: 'gb18030', records: 3 });
    expect(file!.problems).toEqual([{ line: 3, message: 'bytes that are not GB18030 (GBK) text, read as U+FFFD', hint: expect.stringMatching(/^the file was read as GB18030 \(GBK\)/) }]);
  });

  it('a member of an archive (read as a stream) says it too', async () => {
    const data = Buffer.concat([Buffer.from('手机号,备注\n13812345678,ok\n13912345678,'), cut, Buffer.from('\n')]);
    const { path } = tempFiles({ 'export.zip': Buffer.from(zipSync({ 'enc.csv': data })) });
    const [file] = await scan([path('export.zip')]);
    expect(file!.problems).toEqual([{ line: 3, ...utf8Note }]);
  });
});

describe('bad gzip', () => {
  it('a gzip file cut short, at the line it had reached', async () => {
    const { gzipSync } = await import('node:zlib');
    const lines = ['id,mobile', ...Array.from({ length: 200_000 }, (_, i) => `${i},1381234${String(i % 10000).padStart(4, '0')}`)];
    const gz = gzipSync(Buffer.from(lines.join('\n') + '\n'));
    const { path } = tempFiles({ 'cut.csv.gz': gz.subarray(0, Math.floor(gz.length * 0.8)) });
    const e = await inputError(scan([path('cut.csv.gz')]));
    expect(e.message).toMatch(/not a readable gzip file/);
    expect((e.where as { line: number }).line).toBeGreaterThan(1000);
  });

  it('a gzip file cut within its first MiB, where its text breaks off', async () => {
    const { constants, gunzipSync, gzipSync } = await import('node:zlib');
    const text = 'id,mobile\n' + Array.from({ length: 3000 }, (_, i) => `${i},note ${i}`).join('\n') + '\n';
    const gz = gzipSync(Buffer.from(text));
    const cut = gz.subarray(0, Math.floor(gz.length * 0.6));
    const { path } = tempFiles({ 'cut.csv.gz': cut });
    const e = await inputError(scan([path('cut.csv.gz')]));
    expect(e.message).toMatch(/not a readable gzip file/);
    // What zlib can decompress of the cut file is the text read before it fails.
    const lines = gunzipSync(cut, { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8').split('\n');
    expect(e.where).toEqual({ file: path('cut.csv.gz'), line: lines.length, column: lines.at(-1)!.length + 1 });
  });
});
