/**
 * The SQL dumps of fixtures/formats, made by the real mysqldump (MariaDB 10.11) and pg_dump (15) with
 * make-dumps.sh, scanned end to end: every table of a dump against `<dump>.expected.yaml` (columns,
 * records, problems, findings with their lines in the dump); each dump's `members` table gives the
 * findings members.csv gives; no report holds a whole identifier; and dumps cut short, broken or
 * compressed are read as far as they can be.
 *
 * After a deliberate change, rewrite the expectations with UPDATE_EXPECTED=1 and review the diff. A
 * dump without its expectation file fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/report/types.js';
import type { ExportFile } from '../../src/scan/types.js';
import { expectAsFile, expectedColumns, expectedFindings, findings, scan, scanOne, tempFiles } from './helpers.js';

const DIR = 'fixtures/formats';
const DUMPS = readdirSync(DIR)
  .filter((n) => n.endsWith('.sql'))
  .sort();
const POLICIES = ['jdcloud-privacy-2020-07'];

interface TableExpectation {
  format: string;
  headerLine: number;
  encoding: string;
  records: number;
  ragged: number;
  columns: Record<string, unknown>;
  problems: unknown[];
  findings: unknown[];
}

interface Expected {
  asOf: string;
  policies: string[];
  tables: Record<string, TableExpectation>;
}

function actual(files: ExportFile[], list: Finding[]): Expected {
  const tables = Object.fromEntries(
    files.map((f) => [
      f.table,
      { format: f.format, headerLine: f.headerLine, encoding: f.encoding, records: f.records, ragged: f.ragged, columns: expectedColumns(f), problems: f.problems, findings: expectedFindings(list.filter((x) => x.subject.table === f.table)) },
    ]),
  );
  return { asOf: '2024-06-01', policies: POLICIES, tables };
}

const HEADER = '# Expected scan of this dump (test/scan/dumps.test.ts). Regenerate: UPDATE_EXPECTED=1 npx vitest run test/scan/dumps.test.ts\n';

describe.each(DUMPS)('dump %s', (name) => {
  const expectedFile = join(DIR, `${name}.expected.yaml`);

  it('reads every table and reports as expected', async () => {
    const files = await scan([join(DIR, name)], { packs: POLICIES });
    expectAsFile(expectedFile, actual(files, findings(files, undefined, { packs: POLICIES })), HEADER);
  });

  it('gives its members table the findings and column counts members.csv gives', async () => {
    const csv = await scanOne(join(DIR, 'members.csv'));
    const members = (await scan([join(DIR, name)])).find((f) => f.table === 'members');
    expect(members).toBeDefined();
    // Lines differ (the dump's are where its rows are); everything else is the same.
    const same = (list: Finding[]) => list.map((f) => ({ ruleId: f.ruleId, severity: f.severity, column: f.subject.column, item: f.item, count: f.count, evidence: f.evidence, message: f.message }));
    const counts = (f: ExportFile) => f.columns.map((c) => ({ name: c.name, kind: c.kind, role: c.role, item: c.item, detector: c.detector, nonEmpty: c.nonEmpty, matched: c.matched, share: c.share, plain: c.plain, masked: c.masked, hashed: c.hashed, checked: c.checked, valid: c.valid, evidence: c.evidence }));
    expect(members!.records).toBe(csv.records);
    expect(counts(members!)).toEqual(counts(csv));
    expect(same(findings([members!]))).toEqual(same(findings([csv])));
    expect(findings([csv]).length).toBeGreaterThan(4);
  });
});

describe('dumps: no whole identifier in a report', () => {
  it.each(DUMPS)('%s', async (name) => {
    const { ROWS } = (await import('../../fixtures/formats/make-source.mjs' as string)) as { ROWS: string[][] };
    const fromRows = ROWS.flatMap((r) => [r[2]!, r[3]!, r[4]!, r[5]!]).filter((v) => v !== '' && !v.includes('*'));
    const identifiers = [...(JSON.parse(readFileSync('fixtures/exports/identifiers.json', 'utf8')) as string[]), ...fromRows];
    expect(fromRows.length).toBeGreaterThan(20);
    const files = await scan([join(DIR, name)]);
    const json = JSON.stringify(files) + JSON.stringify(findings(files));
    for (const value of identifiers) expect(json).not.toContain(value);
  });
});

describe('dumps: bad input, read as far as it can be', () => {
  const mysql = readFileSync(join(DIR, 'mysqldump.sql'));
  const pg = readFileSync(join(DIR, 'pg_dump.sql'));
  const lineOf = (dump: Buffer, text: string) => dump.subarray(0, dump.indexOf(text)).toString('latin1').split('\n').length;

  it('a mysqldump cut inside a row: the rows before it, and the cut at its line', async () => {
    const at = mysql.indexOf("(5,'陈静'");
    const { path } = tempFiles({ 'cut.sql': mysql.subarray(0, at + 12) });
    const files = await scan([path('cut.sql')]);
    expect(files.map((f) => [f.table, f.records])).toEqual([
      ['devices', 3],
      ['members', 4],
    ]);
    expect(files[1]!.problems).toEqual([expect.objectContaining({ line: lineOf(mysql, "(5,'陈静'"), column: 1, message: 'the dump ends inside this row: the file is cut short' })]);
  });

  it('a pg_dump cut inside COPY data: the lines before it, and the cut line named', async () => {
    const at = pg.indexOf('6\t杨磊');
    const { path } = tempFiles({ 'cut.sql': pg.subarray(0, at + 5) });
    const files = await scan([path('cut.sql')]);
    const members = files.find((f) => f.table === 'members')!;
    expect(members.records).toBe(5);
    expect(members.problems).toEqual([expect.objectContaining({ line: lineOf(pg, '6\t杨磊'), column: 1 })]);
  });

  it('garbage between statements: reported at its line, every table still read', async () => {
    const at = pg.indexOf('COPY public.members');
    const broken = Buffer.concat([pg.subarray(0, at), Buffer.from('这不是 SQL )));\n'), pg.subarray(at)]);
    const { path } = tempFiles({ 'broken.sql': broken });
    const files = await scan([path('broken.sql')]);
    expect(files.map((f) => [f.table, f.records])).toEqual([
      ['devices', 3],
      ['members', 10],
      ['orders', 3],
    ]);
    const problems = files.flatMap((f) => f.problems);
    expect(problems).toEqual([expect.objectContaining({ line: lineOf(pg, 'COPY public.members'), column: 1 })]);
    expect(JSON.stringify(problems)).not.toContain('这不是');
  });

  it('a file with no readable row is refused', async () => {
    const { path } = tempFiles({ 'garbage.sql': '))) not sql at all (((\n', 'schema.sql': 'CREATE TABLE `t` (`a` int);\n' });
    await expect(scan([path('garbage.sql')])).rejects.toThrow(/does not start a SQL statement|not the start of a SQL statement/);
    await expect(scan([path('schema.sql')])).rejects.toThrow('no rows: the dump holds no INSERT or COPY data');
  });

  it('a gzipped dump reads as the plain one; a cut .gz is read up to the cut', async () => {
    const { path } = tempFiles({ 'dump.sql.gz': gzipSync(mysql), 'cut.sql.gz': gzipSync(mysql).subarray(0, 1500) });
    const plain = await scan([join(DIR, 'mysqldump.sql')]);
    const zipped = await scan([path('dump.sql.gz')]);
    expect(zipped.map((f) => [f.table, f.records, f.format])).toEqual(plain.map((f) => [f.table, f.records, f.format]));
    const cut = await scan([path('cut.sql.gz')]);
    expect(cut.map((f) => f.table)).toEqual(['devices', 'members']);
    expect(cut[1]!.records).toBeGreaterThan(0);
    expect(cut[1]!.problems.map((p) => p.message)).toEqual([
      'the file breaks off here (not a readable gzip file (unexpected end of file)): what came before it is read',
      'the dump ends inside this row: the file is cut short',
    ]);
  });

  it('--sample reads the first records of each table', async () => {
    const files = await scan([join(DIR, 'mysqldump-skip-extended.sql')], { sample: 2 });
    expect(files.map((f) => [f.table, f.records])).toEqual([
      ['devices', 2],
      ['members', 2],
      ['orders', 2],
    ]);
  });

  it('a dump is known by its content, whatever its name', async () => {
    const { path } = tempFiles({ 'backup.txt': pg, 'export.dat': mysql });
    const [a, b] = [await scan([path('backup.txt')]), await scan([path('export.dat')])];
    expect(a.map((f) => [f.table, f.format])).toEqual([
      ['devices', 'pgdump'],
      ['members', 'pgdump'],
      ['orders', 'pgdump'],
    ]);
    expect(b.map((f) => f.format)).toEqual(['mysqldump', 'mysqldump', 'mysqldump']);
  });
});
