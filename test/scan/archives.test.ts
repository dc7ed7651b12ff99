/**
 * Compressed, archived and Excel exports end to end: each must give the findings its CSV gives (same
 * rules, columns, items, counts, evidence), and each fixture its `<name>.expected.yaml` (tables, columns,
 * findings; a missing expectation fails). After a deliberate change: UPDATE_EXPECTED=1 npx vitest run
 * test/scan/archives.test.ts, and review the diff.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { Finding } from '../../src/report/types.js';
import type { ExportFile } from '../../src/scan/types.js';
import { expectAsFile, expectedColumns, expectedFindings, findings, scan, tempFiles } from './helpers.js';

const DIR = 'fixtures/formats';
const MEMBERS = join(DIR, 'members.csv');
const ORDERS = 'fixtures/exports/orders.csv.gz';

/** What a reader does not change: the columns as classified and counted, and the records. */
function table(f: ExportFile) {
  const { file: _file, format: _format, encoding: _encoding, delimiter: _delimiter, ...rest } = f;
  return rest;
}

/** A finding, less where it is (the file, and lines where a format has none of its own). */
function finding(f: Finding) {
  return { ruleId: f.ruleId, severity: f.severity, column: f.subject.column, table: f.subject.table, item: f.item, count: f.count, rows: f.rows, evidence: f.evidence, message: f.message };
}

describe('the same findings as the CSV', () => {
  it('members.csv.zst is members.csv', async () => {
    const [csv, zst] = await scan([MEMBERS, join(DIR, 'members.csv.zst')]);
    expect(zst).toEqual({ ...csv, file: join(DIR, 'members.csv.zst') });
    expect(findings([zst!]).map(finding)).toEqual(findings([csv!]).map(finding));
  });

  it('export.zip: two tables, each what its CSV gives and named by its member, the Finder’s files skipped', async () => {
    const zip = await scan([join(DIR, 'export.zip')]);
    const csv = await scan([ORDERS, MEMBERS]);
    const members = [`${join(DIR, 'export.zip')}!export/2024/orders.csv.gz`, `${join(DIR, 'export.zip')}!export/members.csv`];
    expect(zip.map((f) => [f.file, f.table, f.format])).toEqual([
      [members[0], 'orders', 'csv'],
      [members[1], 'members', 'csv'],
    ]);
    expect(zip).toEqual(csv.map((f, i) => ({ ...f, file: members[i] })));
    const sorted = (list: Finding[]) => list.map(finding).sort((a, b) => `${a.table} ${a.ruleId} ${a.column}`.localeCompare(`${b.table} ${b.ruleId} ${b.column}`));
    expect(sorted(findings(zip))).toEqual(sorted(findings(csv)));
  });

  it('members.xlsx gives what members.csv gives, line for line', async () => {
    const [csv, xlsx] = await scan([MEMBERS, join(DIR, 'members.xlsx')]);
    expect(xlsx).toMatchObject({ format: 'xlsx', table: 'members', records: 10, headerLine: 1 });
    expect(table(xlsx!)).toEqual(table(csv!));
    const lines = (list: Finding[]) => list.map((f) => [f.ruleId, f.line, f.rows]);
    expect(findings([xlsx!]).map(finding)).toEqual(findings([csv!]).map(finding));
    expect(lines(findings([xlsx!]))).toEqual(lines(findings([csv!])));
  });

  it('a workbook in a ZIP is the workbook', async () => {
    const { path } = tempFiles({ 'book.zip': Buffer.from(zipSync({ 'out/members.xlsx': readFileSync(join(DIR, 'members.xlsx')) })) });
    const [xlsx, zipped] = await scan([join(DIR, 'members.xlsx'), path('book.zip')]);
    expect(zipped).toEqual({ ...xlsx, file: `${path('book.zip')}!out/members.xlsx` });
  });

  it('a file is read by its bytes whatever its name: a .zst named .txt, a workbook named .csv', async () => {
    const { dir, path } = tempFiles({});
    copyFileSync(join(DIR, 'members.csv.zst'), join(dir, 'members.txt'));
    copyFileSync(join(DIR, 'members.xlsx'), join(dir, 'members.csv'));
    const [csv] = await scan([MEMBERS]);
    const [zst, xlsx] = await scan([path('members.txt'), path('members.csv')]);
    expect(zst).toMatchObject({ format: 'csv', table: 'members' });
    expect(xlsx).toMatchObject({ format: 'xlsx', table: 'members' });
    expect(table(zst!)).toEqual(table(csv!));
    expect(table(xlsx!)).toEqual(table(csv!));
  });
});

describe('damage', () => {
  it('a damaged member is named and reported; the other members are scanned', async () => {
    const bytes = Buffer.from(zipSync({ 'a.csv': strToU8('id,mobile\n1,13812345678\n'), 'b.csv': strToU8('id,mobile\n' + '2,13912345678\n'.repeat(5000)) }, { level: 9 }));
    const at = bytes.indexOf('b.csv') + 'b.csv'.length + 40;
    bytes.fill(0xff, at, at + 32);
    const { path } = tempFiles({ 'damaged.zip': bytes });
    const files = await scan([path('damaged.zip')]);
    expect(files.map((f) => [f.table, f.records])).toEqual([['a', 1]]);
    expect(files[0]!.problems).toHaveLength(1);
    expect(files[0]!.problems[0]!.message).toMatch(/^archive member 'b\.csv' cannot be read: /);
  });

  it('a member the archive holds whole but its reader cannot read (a Parquet without its footer) is named too', async () => {
    const bytes = Buffer.from(zipSync({ 'a.csv': strToU8('id,mobile\n1,13812345678\n'), 'b.parquet': readFileSync('fixtures/formats/bad/members-truncated.parquet') }, { level: 0 }));
    const { path } = tempFiles({ 'export.zip': bytes });
    const files = await scan([path('export.zip')]);
    expect(files.map((f) => [f.table, f.records])).toEqual([['a', 1]]);
    expect(files[0]!.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^in archive member 'b\.parquet': not a readable Parquet file/)]);
  });

  it('an archive whose only member its reader cannot read names the member once, in the place', async () => {
    const bytes = Buffer.from(zipSync({ 'b.parquet': readFileSync('fixtures/formats/bad/members-truncated.parquet') }, { level: 0 }));
    const { path } = tempFiles({ 'only.zip': bytes });
    const e = await scan([path('only.zip')]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).where).toMatchObject({ file: `${path('only.zip')}!b.parquet` });
    expect((e as InputError).message).toMatch(/^not a readable Parquet file/);
  });

  it('an archive none of whose members can be read is an error naming the first', async () => {
    const bytes = Buffer.from(zipSync({ 'b.csv': strToU8('id,mobile\n' + '2,13912345678\n'.repeat(5000)) }, { level: 9 }));
    const at = bytes.indexOf('b.csv') + 'b.csv'.length + 40;
    bytes.fill(0xff, at, at + 32);
    const { path } = tempFiles({ 'damaged.zip': bytes });
    const e = await scan([path('damaged.zip')]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(/^archive member 'b\.csv' cannot be read: /);
    expect((e as InputError).where).toMatchObject({ file: path('damaged.zip') });
  });

  it('a zstd file cut short is an error about the file', async () => {
    const zst = readFileSync(join(DIR, 'members.csv.zst'));
    const { path } = tempFiles({ 'cut.csv.zst': zst.subarray(0, zst.length - 200) });
    const e = await scan([path('cut.csv.zst')]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(/^not a readable zstd file/);
  });
});

/** Each fixture against its expectation: every table's columns and the findings. */
const FIXTURES = ['export.zip', 'members.csv.zst', 'members.xlsx', 'careless.xlsx'];

function expectation(files: ExportFile[]) {
  const all = findings(files);
  return {
    asOf: '2024-06-01',
    tables: files.map((f) => ({
      table: f.table,
      format: f.format,
      headerLine: f.headerLine,
      records: f.records,
      ragged: f.ragged,
      problems: f.problems.length,
      columns: expectedColumns(f),
      findings: expectedFindings(all.filter((x) => x.subject.table === f.table)),
    })),
  };
}

describe.each(FIXTURES)('fixture %s', (name) => {
  const expectedFile = join(DIR, `${name}.expected.yaml`);

  it('gives its expected tables and findings', async () => {
    const header = `# Expected scan of ${name} (test/scan/archives.test.ts). Regenerate: UPDATE_EXPECTED=1 npx vitest run test/scan/archives.test.ts\n`;
    expectAsFile(expectedFile, expectation(await scan([join(DIR, name)])), header);
  });
});
