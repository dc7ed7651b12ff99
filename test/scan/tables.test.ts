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
