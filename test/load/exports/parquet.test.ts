/**
 * Parquet → tables (files written by hyparquet-writer): types as a CSV export writes them, nested
 * columns flattened as JSON documents are, rows numbered across row groups, a row group that cannot
 * be decoded reported while the others are read, a file without its footer an InputError.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parquetMetadata, type FileMetaData } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it, vi } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { ByteWriter } from 'hyparquet-writer';
import { writeRleBitPackedHybrid } from 'hyparquet-writer/src/encoding.js';
import { decimalText, PARSERS, type TopColumn } from '../../../src/load/exports/parquet-columns.js';
import { levelsOf, PlainTextPage, type FlatColumnReader } from '../../../src/load/exports/parquet-pages.js';
import { parquetReader, rowGroupSpans } from '../../../src/load/exports/parquet.js';
import { openEntries } from '../../../src/load/exports/entries.js';
import { readerFor } from '../../../src/load/exports/registry.js';
import { fileOf, readAll, rowsOf } from './jsonl-parquet-helpers.js';

type WriteOptions = Parameters<typeof parquetWriteBuffer>[0];
const parquet = (name: string, options: WriteOptions) => fileOf(name, new Uint8Array(parquetWriteBuffer(options)));

async function table(file: string) {
  const read = await readAll(parquetReader, file);
  expect(read.tables).toHaveLength(1);
  return { ...read.tables[0]!, rows: rowsOf(read.tables[0]!), problems: read.problems };
}

const MEMBERS = 'fixtures/formats/members.parquet';

async function entriesOf(file: string) {
  const out = [];
  for await (const e of openEntries(file)) out.push(e);
  return out;
}
const ROW_GROUPS = 'fixtures/formats/members-rowgroups.parquet';

describe('telling Parquet', () => {
  it('by its PAR1 magic, whatever the name', () => {
    expect(readerFor(readFileSync(MEMBERS).subarray(0, 1 << 20), 'members.csv').format).toBe('parquet');
    expect(readerFor(Buffer.from('PAR,1\n'), 'x.parquet').format).toBe('csv');
  });
});

describe('types → text as a CSV export holds them', () => {
  it('integers, decimals from their unscaled value, dates, timestamps in every unit, booleans, floats, byte arrays, JSON, NULL', async () => {
    const schema: WriteOptions['schema'] = [
      { name: 'root', num_children: 12 },
      { name: 'id', type: 'INT64', repetition_type: 'REQUIRED' },
      { name: 'amount', type: 'INT64', converted_type: 'DECIMAL', scale: 2, precision: 18, repetition_type: 'OPTIONAL' },
      { name: 'card', type: 'FIXED_LEN_BYTE_ARRAY', type_length: 9, converted_type: 'DECIMAL', scale: 0, precision: 20, repetition_type: 'OPTIONAL' },
      { name: 'born', type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' },
      { name: 'at_ms', type: 'INT64', converted_type: 'TIMESTAMP_MILLIS', repetition_type: 'OPTIONAL' },
      { name: 'at_us', type: 'INT64', logical_type: { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MICROS' }, repetition_type: 'OPTIONAL' },
      { name: 'ok', type: 'BOOLEAN', repetition_type: 'OPTIONAL' },
      { name: 'score', type: 'DOUBLE', repetition_type: 'OPTIONAL' },
      { name: 'ratio', type: 'FLOAT', repetition_type: 'OPTIONAL' },
      { name: 'raw', type: 'BYTE_ARRAY', repetition_type: 'OPTIONAL' },
      { name: 'meta', type: 'BYTE_ARRAY', converted_type: 'JSON', repetition_type: 'OPTIONAL' },
      { name: 'name', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
    ];
    const t = await table(
      parquet('types.parquet', {
        schema,
        columnData: [
          { name: 'id', data: [9007199254740993n, 2n] },
          { name: 'amount', data: [1250n, -5n] },
          { name: 'card', data: [6217000000000000004n, null] },
          { name: 'born', data: [new Date('1990-03-07T00:00:00Z'), null] },
          { name: 'at_ms', data: [new Date('2021-03-04T09:15:00.999Z'), null] },
          { name: 'at_us', data: [1614849300123456n, -1n] },
          { name: 'ok', data: [true, false] },
          { name: 'score', data: [1.5, null] },
          { name: 'ratio', data: [0.1, 2] },
          { name: 'raw', data: [new TextEncoder().encode('张伟'), Uint8Array.from([0xff, 0x00, 0x9c])] },
          { name: 'meta', data: [{ mobile: '13812345678' }, null] },
          { name: 'name', data: ['张伟', null] },
        ],
      }),
    );
    expect(t.rows).toEqual([
      { id: '9007199254740993', amount: '12.50', card: '6217000000000000004', born: '1990-03-07', at_ms: '2021-03-04 09:15:00Z', at_us: '2021-03-04 09:15:00Z', ok: 'true', score: '1.5', ratio: '0.1', raw: '张伟', meta: '{"mobile":"13812345678"}', name: '张伟' },
      { id: '2', amount: '-0.05', card: '', born: '', at_ms: '', at_us: '1969-12-31 23:59:59Z', ok: 'false', score: '', ratio: '2', raw: 'ff009c', meta: '', name: '' },
    ]);
  });

  it('a TIMESTAMP not adjusted to UTC is a wall-clock time: written without a zone, flat or nested (Arrow also sets TIMESTAMP_MILLIS on it)', async () => {
    const at = 1614849300000n; // 2021-03-04 09:15:00 as written
    const local = (name: string, converted?: 'TIMESTAMP_MILLIS') => ({ name, type: 'INT64' as const, ...(converted ? { converted_type: converted } : {}), logical_type: { type: 'TIMESTAMP' as const, isAdjustedToUTC: false, unit: 'MILLIS' as const }, repetition_type: 'OPTIONAL' as const });
    const utc = (name: string) => ({ name, type: 'INT64' as const, logical_type: { type: 'TIMESTAMP' as const, isAdjustedToUTC: true, unit: 'MILLIS' as const }, repetition_type: 'OPTIONAL' as const });
    const t = await table(
      parquet('local.parquet', {
        schema: [
          { name: 'root', num_children: 4 },
          local('local'),
          local('arrow_local', 'TIMESTAMP_MILLIS'),
          utc('instant'),
          { name: 'event', repetition_type: 'OPTIONAL', num_children: 2 },
          local('local'),
          utc('instant'),
        ],
        columnData: [
          { name: 'local', data: [at, null] },
          { name: 'arrow_local', data: [at, null] },
          { name: 'instant', data: [at, null] },
          { name: 'event', data: [{ local: at, instant: at }, null] },
        ],
      }),
    );
    expect(t.rows).toEqual([
      { local: '2021-03-04 09:15:00', arrow_local: '2021-03-04 09:15:00', instant: '2021-03-04 09:15:00Z', 'event.local': '2021-03-04 09:15:00', 'event.instant': '2021-03-04 09:15:00Z' },
      { local: '', arrow_local: '', instant: '', 'event.local': '', 'event.instant': '' },
    ]);
  });

  it('INT96 and nanosecond timestamps, and decimals of every scale', () => {
    expect(PARSERS.timestampFromNanoseconds!(1614849300123456789n)).toBe('2021-03-04 09:15:00Z');
    expect(PARSERS.dateFromDays!(-1)).toBe('1969-12-31');
    expect(decimalText(5, 3)).toBe('0.005');
    expect(decimalText(-123456n, 2)).toBe('-1234.56');
    expect(decimalText(12, -2)).toBe('1200');
    expect(decimalText(Uint8Array.from([0xff, 0xfe]), 1)).toBe('-0.2');
  });
});

describe('PLAIN text pages read without per-value views', () => {
  /** A version 1 data page as parquet-mr and pyarrow write them: [length][definition levels, RLE][4-byte length + bytes per value]. */
  function v1Page(levels: number[], values: string[]): Uint8Array {
    const rle = new ByteWriter();
    writeRleBitPackedHybrid(rle, levels, 1);
    const body = new ByteWriter();
    body.appendUint32(rle.getBytes().length);
    body.appendBytes(rle.getBytes());
    for (const v of values) {
      const bytes = new TextEncoder().encode(v);
      body.appendUint32(bytes.length);
      body.appendBytes(bytes);
    }
    return body.getBytes();
  }
  const column: TopColumn = { name: 'mobile', nested: false, index: 0, scale: null, float: false, time: null };

  /** A V1 page's levels, then its values as PlainTextPage reads them. */
  function read(page: Uint8Array, kind: FlatColumnReader['plainText'], rows: number, takes: number[]): string[] {
    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    const defined = levelsOf(reader, 1, undefined, new Uint8Array(rows));
    const text = new PlainTextPage(page, reader.offset, defined, reader_(kind));
    const records = Array.from({ length: rows }, () => ['x']);
    let from = 0;
    for (const n of takes) {
      text.take(records, from, n, 0);
      from += n;
    }
    return records.map((r) => r[0]!);
  }
  const reader_ = (plainText: FlatColumnReader['plainText']) => ({ maxDefinition: 1, plainText, column }) as FlatColumnReader;

  it('a version 1 page: NULLs from the levels before the values, values taken a few rows at a time', () => {
    expect(read(v1Page([1, 0, 1, 1, 0], ['13812345678', '张伟', '']), 'text', 5, [2, 3])).toEqual(['13812345678', '', '张伟', '', '']);
  });

  it('a run of ASCII values is cut from one string even when a length prefix has a byte ≥ 128 (a value of 128–255 bytes)', () => {
    const long = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) '.repeat(5).slice(0, 200);
    const perValue = vi.spyOn(PlainTextPage.prototype as unknown as { text: () => string }, 'text');
    expect(read(v1Page([1, 1, 1], ['13812345678', long, 'ok']), 'text', 3, [3])).toEqual(['13812345678', long, 'ok']);
    expect(perValue).not.toHaveBeenCalled();
    expect(read(v1Page([1, 1], [long, '张伟']), 'text', 2, [2])).toEqual([long, '张伟']);
    expect(perValue).toHaveBeenCalled();
    perValue.mockRestore();
  });

  it('unannotated bytes: UTF-8 text when they are, else hex', () => {
    const page = v1Page([1, 1], ['ok', 'x']);
    page[page.length - 1] = 0xff;
    expect(read(page, 'bytes', 2, [2])).toEqual(['ok', 'ff']);
  });
});

describe('nested columns', () => {
  it('a struct gives dotted columns, a list one value per record (further elements in records of their own, same row number)', async () => {
    const t = await table(
      parquet('nested.parquet', {
        schema: [
          { name: 'root', num_children: 3 },
          { name: 'id', type: 'INT32', repetition_type: 'REQUIRED' },
          { name: 'contact', repetition_type: 'OPTIONAL', num_children: 2 },
          { name: 'mobile', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
          { name: 'email', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
          { name: 'phones', repetition_type: 'OPTIONAL', converted_type: 'LIST', num_children: 1 },
          { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
          { name: 'element', type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
        ],
        columnData: [
          { name: 'id', data: [1, 2] },
          { name: 'contact', data: [{ mobile: '13812345678', email: 'a@example.com' }, null] },
          { name: 'phones', data: [['13900001111', '13700002222'], []] },
        ],
      }),
    );
    expect(t.columns).toEqual(['id', 'contact.mobile', 'contact.email', 'phones[]']);
    expect(t.records).toEqual([
      ['1', '13812345678', 'a@example.com', '13900001111'],
      ['', '', '', '13700002222'],
      ['2', '', '', ''],
    ]);
    expect(t.lines).toEqual([1, 1, 2]);
  });
});

describe('row groups', () => {
  it('are read one after the other, rows numbered across them, the same records as one group gives', async () => {
    const one = await table(MEMBERS);
    const many = await table(ROW_GROUPS);
    expect(parquetMetadata(new Uint8Array(readFileSync(ROW_GROUPS)).buffer).row_groups.map((g) => Number(g.num_rows))).toEqual([3, 3, 3, 1]);
    expect(many.records).toEqual(one.records);
    expect(many.lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(one.name).toBe('members');
  });

  it('a row group whose column cannot be decoded is a problem naming the group and column; the rest is read', async () => {
    const bytes = Buffer.from(readFileSync(ROW_GROUPS));
    const meta = parquetMetadata(new Uint8Array(bytes).buffer);
    const mobile = meta.row_groups[1]!.columns.find((c) => c.meta_data!.path_in_schema[0] === 'mobile')!.meta_data!;
    bytes.fill(0xff, Number(mobile.data_page_offset), Number(mobile.data_page_offset) + 8);
    const t = await table(fileOf('damaged.parquet', bytes));
    expect(t.problems).toEqual([expect.objectContaining({ line: 4, rowGroup: 2, message: expect.stringMatching(/^row group 2, column mobile: cannot be decoded/) })]);
    expect(t.rows.map((r) => r.mobile)).toEqual(['13812345678', '139****5678', '15012345679', '', '', '', '138****0000', '13500004444', '13400005555', '']);
    expect(t.rows.map((r) => r.real_name)).toHaveLength(10);
    expect(t.rows[4]!.real_name).toBe('陈静');
  });

  it("reuse a column's buffers group after group: a one-entry dictionary after a wider one, no NULLs after some", async () => {
    const status = [...Array<string>(4).fill('open'), ...Array<string>(4).fill('closed'), ...Array<string>(8).fill('held'), 'open'];
    const note = ['甲', null, '乙', null, '丙', null, '丁', null, 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', null];
    const file = parquet('reuse.parquet', {
      columnData: [
        { name: 'status', data: status, type: 'STRING' },
        { name: 'note', data: note, type: 'STRING' },
      ],
      rowGroupSize: 8,
    });
    const t = await table(file);
    expect(t.rows.map((r) => r.status)).toEqual(status);
    expect(t.rows.map((r) => r.note)).toEqual(note.map((v) => v ?? ''));
  });

  it('stops between slices when the sink is full (--sample)', async () => {
    const read = await readAll(parquetReader, ROW_GROUPS, 3);
    expect(read.tables[0]!.records).toHaveLength(3);
  });
});

describe('parts (row-group spans that threads read at once)', () => {
  const spans = (rows: number[], count: number) => rowGroupSpans({ row_groups: rows.map((n) => ({ num_rows: BigInt(n) })) } as unknown as FileMetaData, count);

  it('cut the row groups into at most `count` spans of about as many rows, in order, covering every group once', () => {
    expect(spans([3, 3, 3, 1], 2)).toEqual([[0, 2], [2, 4]]);
    expect(spans([3, 3, 3, 1], 4)).toEqual([[0, 1], [1, 2], [2, 3], [3, 4]]);
    expect(spans([3, 3, 3, 1], 16)).toEqual([[0, 1], [1, 2], [2, 3], [3, 4]]);
    expect(spans([10, 1, 1, 1], 2)).toEqual([[0, 1], [1, 4]]);
    expect(spans([5], 8)).toEqual([[0, 1]]);
    expect(spans([], 8)).toEqual([]);
    expect(spans([0, 0, 0], 2)).toEqual([[0, 3]]); // empty groups: one span, not one each
  });

  it('read one by one, they give the records and row numbers of the whole file', async () => {
    const [entry] = await entriesOf(ROW_GROUPS);
    const parts = await parquetReader.parts!(entry!, 2);
    expect(parts).toEqual([
      expect.objectContaining({ format: 'parquet', file: ROW_GROUPS, from: 0, to: 2, rows: 6 }),
      expect.objectContaining({ from: 2, to: 4, rows: 4 }),
    ]);
    const records: string[][] = [];
    const lines: number[] = [];
    for (const part of parts) {
      await parquetReader.readPart!(
        part,
        { begin: () => {}, records: (rs, ls) => rs.forEach((r, i) => void (records.push(r.slice()), lines.push(ls[i]!))), problem: () => {}, full: false },
        { maxFieldChars: 1 << 20 },
      );
    }
    const whole = await table(ROW_GROUPS);
    expect(records).toEqual(whole.records);
    expect(lines).toEqual(whole.lines);
    expect(parts.reduce((n, p) => n + p.bytes, 0)).toBeGreaterThan(0);
  });
});

describe('bad and unusual files', () => {
  it('a file cut short (no footer) is an InputError: nothing of it can be read', async () => {
    const e = await readAll(parquetReader, 'fixtures/formats/bad/members-truncated.parquet').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(/^not a readable Parquet file: its footer .* is missing or corrupt/);
  });

  it('a Parquet inside a gzip file is read in memory, the same records', async () => {
    const t = await table(fileOf('members.parquet.gz', gzipSync(readFileSync(MEMBERS))));
    expect(t.records).toEqual((await table(MEMBERS)).records);
  });

  it('gzip and zstd pages are decompressed; a codec nothing here reads is an InputError', async () => {
    const columnData = [{ name: 'mobile', data: ['13812345678', '13900001111'], type: 'STRING' as const }];
    const zstd = (input: Uint8Array) => new Uint8Array(execFileSync('zstd', ['-q', '-c'], { input }));
    for (const [codec, compress] of [
      ['GZIP', (b: Uint8Array) => new Uint8Array(gzipSync(b))],
      ['ZSTD', zstd],
    ] as const) {
      const t = await table(parquet(`${codec}.parquet`, { columnData, codec, compressors: { [codec]: compress } }));
      expect(t.records).toEqual([['13812345678'], ['13900001111']]);
    }
    const lz4 = parquet('lz4.parquet', { columnData, codec: 'LZ4', compressors: { LZ4: (b: Uint8Array) => b } });
    const e = await readAll(parquetReader, lz4).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toBe('Parquet compressed with LZ4, which privaudit cannot decompress');
  });
});
