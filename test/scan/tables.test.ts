/**
 * The reader seam: a table read by a reader (load/exports) is scanned exactly as the byte-range CSV
 * scanner scans the same file. The CSV reader over each export fixture must give the same ExportFile.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_FIELD_CHARS } from '../../src/load/exports/csv-records.js';
import { openEntries } from '../../src/load/exports/entries.js';
import { csvReader } from '../../src/load/exports/csv.js';
import type { FileScanContext } from '../../src/scan/scan-file.js';
import { scanEntry } from '../../src/scan/tables.js';
import { MIN_SPLIT_BYTES } from '../../src/scan/split.js';
import { AS_OF, ctx, scanOne } from './helpers.js';

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
