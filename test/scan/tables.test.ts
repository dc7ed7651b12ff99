/**
 * The reader seam: a table read by a reader (load/exports) is scanned exactly as the byte-range CSV
 * scanner scans the same file. The CSV reader over each export fixture must give the same ExportFile;
 * a Parquet file read in row-group parts by several threads gives what one thread gives.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parquetReader } from '../../src/load/exports/parquet.js';
import { DEFAULT_MAX_FIELD_CHARS } from '../../src/load/exports/csv-records.js';
import { openEntries } from '../../src/load/exports/entries.js';
import { csvReader } from '../../src/load/exports/csv.js';
import type { FileScanContext } from '../../src/scan/scan-file.js';
import { scanEntry } from '../../src/scan/tables.js';
import { MIN_SPLIT_BYTES } from '../../src/scan/split.js';
import { AS_OF, ctx, membersParquet, scanOne } from './helpers.js';

const FIXTURES = ['users.csv', 'kehu.csv', 'device_log.tsv', 'members.psv', '会员-gbk.csv', 'contacts-utf16.txt', 'orders.csv.gz'].map((f) => `fixtures/exports/${f}`);

function scanContext(): FileScanContext {
  const c = ctx({ asOf: AS_OF });
  const quiet = { begin: () => {}, update: () => {}, end: () => {} };
  return { policy: c.policy, taxonomy: c.taxonomy, calendar: c.calendar, asOf: AS_OF, mapping: null, sample: null, maxFieldChars: DEFAULT_MAX_FIELD_CHARS, workers: 1, minSplitBytes: MIN_SPLIT_BYTES, pool: () => null, progress: quiet };
}

describe('a table through the reader seam', () => {
  it.each(FIXTURES)('%s: the CSV reader gives what the byte-range scanner gives', async (file) => {
    const entries = [];
    for await (const e of openEntries(file)) entries.push(e);
    expect(entries).toHaveLength(1);
    const [viaReader] = await scanEntry(entries[0]!, csvReader, scanContext());
    expect(viaReader).toEqual(await scanOne(file));
  });
});

describe('a CSV with title lines above its header (and Excel\'s sep= line)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privaudit-titles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const TOP = 'sep=;\r\n客户信息导出报表\r\n导出时间：2024-01-01;;;\r\n编号;姓名;手机号;身份证号\r\n';
  /** `count` records; one ragged at `ragged` (its line checks the lines of a later byte range). */
  function write(name: string, count: number, ragged: number): string {
    const rows = Array.from({ length: count }, (_, i) => `${i};张三;1381234${String(i % 10_000).padStart(4, '0')};110101199003071233`);
    rows[ragged] += ';extra';
    writeFileSync(join(dir, name), TOP + rows.join('\r\n') + '\r\n');
    return join(dir, name);
  }

  it('the byte-range scanner and the CSV reader find the header at its line and scan every record at its own', async () => {
    const file = write('kehu.csv', 500, 300);
    const one = await scanOne(file);
    expect(one).toMatchObject({ headerLine: 4, delimiter: ';', records: 500, ragged: 1, raggedRows: [305] });
    expect(one.columns.map((c) => c.name)).toEqual(['编号', '姓名', '手机号', '身份证号']);
    expect(one.columns.find((c) => c.name === '手机号')).toMatchObject({ item: 'basic.phone', plain: 500, rows: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14] });
    expect(one.widerRecords).toBeUndefined();
    const entries = [];
    for await (const e of openEntries(file)) entries.push(e);
    const [viaReader] = await scanEntry(entries[0]!, csvReader, scanContext());
    expect(viaReader).toEqual(one);
  });

  it('--workers 2 (byte ranges after the header) gives the ExportFile one thread gives, byte for byte', async () => {
    // About 1 MB: cut into byte ranges once minSplitBytes is lowered.
    const file = write('big.csv', 20_000, 15_000);
    const one = await scanOne(file);
    expect(one).toMatchObject({ headerLine: 4, records: 20_000, ragged: 1, raggedRows: [15_005] });
    expect(JSON.stringify(await scanOne(file, { workers: 2, minSplitBytes: 1 }))).toBe(JSON.stringify(one));
  }, 60_000);
});

describe('a Parquet file in row-group parts across threads', () => {
  const dir = mkdtempSync(join(tmpdir(), 'privaudit-parts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['10 rows in 4 groups (the sample never fills: every value validated)', 'fixtures/formats/members-rowgroups.parquet'],
    ['3,000 rows in 7 groups', () => membersParquet(dir, 300, 450)],
  ])('%s: the ExportFile one thread gives', async (_, file) => {
    const path = typeof file === 'string' ? file : file();
    const one = await scanOne(path, { workers: 1 });
    const readPart = vi.spyOn(parquetReader, 'readPart');
    try {
      expect(await scanOne(path, { workers: 2, minSplitBytes: 1 })).toEqual(one);
      // This thread read at least one part (the worker thread, the others).
      expect(readPart).toHaveBeenCalled();
    } finally {
      readPart.mockRestore();
    }
    expect(one.records).toBeGreaterThan(0);
  });

  it('a row group that cannot be decoded is reported once, as one thread reports it', async () => {
    const bytes = Buffer.from(readFileSync(membersParquet(dir, 300, 450)));
    const meta = parquetMetadata(new Uint8Array(bytes).buffer);
    const mobile = meta.row_groups[3]!.columns.find((c) => c.meta_data!.path_in_schema[0] === 'mobile')!.meta_data!;
    bytes.fill(0xff, Number(mobile.data_page_offset), Number(mobile.data_page_offset) + 8);
    const damaged = join(dir, 'damaged.parquet');
    writeFileSync(damaged, bytes);
    const one = await scanOne(damaged, { workers: 1 });
    expect(one.problems).toEqual([expect.objectContaining({ line: 1351, rowGroup: 4 })]);
    expect(await scanOne(damaged, { workers: 2, minSplitBytes: 1 })).toEqual(one);
  });
});
