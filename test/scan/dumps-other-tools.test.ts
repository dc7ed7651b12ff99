/**
 * Exports as other tools write them, not only the fixtures' own writers: a Navicat "Data Transfer"
 * MySQL export (comment banner, `SET NAMES`, one INSERT per row, backslash escapes, column COMMENTs,
 * pinyin names), and a Parquet file from parquetjs (fixtures/formats/other-tools/make-parquetjs.mjs).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.js';
import { column, findings, scan } from './helpers.js';

describe('a Navicat MySQL export', () => {
  it('is read as a dump: its table, its rows at their lines, its identifiers found', async () => {
    const files = await scan(['fixtures/formats/other-tools/navicat-t_customer.sql']);
    expect(files.map((f) => [f.format, f.table, f.records, f.problems.length])).toEqual([['mysqldump', 't_customer', 3, 0]]);
    const [t] = files;
    expect(column(t!, 'sfzh')).toMatchObject({ item: 'identity.resident-id', plain: 3 });
    expect(column(t!, 'sjhm')).toMatchObject({ item: 'basic.phone', plain: 3 });
    const rules = findings(files).map((f) => [f.ruleId, f.subject.column, f.rows]);
    expect(rules).toContainEqual(['plaintext-sensitive-data', 'sfzh', [36, 37, 38]]);
    expect(rules).toContainEqual(['pii-in-free-text', 'remark', [36]]);
  });
});

/** The Parquet file's rows through hyparquet's own general reader, written as the CSV an export tool would give (timestamps as UTC instants, with their zone). */
async function asCsv(file: string, dir: string): Promise<string> {
  const rows = await parquetReadObjects({ file: await asyncBufferFromFile(file) });
  const header = Object.keys(rows[0]!);
  const text = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? `${v.toISOString().slice(0, 19).replace('T', ' ')}Z` : String(v));
  const csv = join(dir, 'parquetjs-orders.csv');
  writeFileSync(csv, [header.join(','), ...rows.map((r) => header.map((h) => text(r[h])).join(','))].join('\n') + '\n');
  return csv;
}

describe('a Parquet file written by parquetjs (another writer: version-1 pages, its own statistics and row groups)', () => {
  const FILE = 'fixtures/formats/other-tools/parquetjs-orders.parquet';

  it('gives the records, column profiles and findings of the same rows as CSV', async () => {
    const [p] = await scan([FILE]);
    const [c] = await scan([await asCsv(FILE, tempFolder('privaudit-parquetjs-'))]);
    expect(p!.records).toBe(1200);
    expect(column(p!, 'mobile')).toMatchObject({ item: 'basic.phone' });
    // A Parquet record is numbered by its row, a CSV record by its line (the header is line 1).
    const profile = (f: typeof p, shift: number) => f!.columns.map(({ name, kind, item, nonEmpty, plain, masked, rows }) => ({ name, kind, item, nonEmpty, plain, masked, rows: rows.map((r) => r - shift) }));
    expect(profile(p, 0)).toEqual(profile(c, 1));
    expect(p!.records).toBe(c!.records);
    const essence = (fs: typeof p[], shift: number) => findings(fs as never).map((f) => [f.ruleId, f.subject.column, f.count, f.rows.map((r) => r - shift), f.evidence]);
    expect(essence([p], 0)).toEqual(essence([c], 1));
    expect(essence([p], 0).map(([rule, col]) => `${rule} ${col}`)).toEqual(['pii-in-free-text remark', 'plaintext-sensitive-data mobile', 'undeclared-category user_id']);
  });
});
