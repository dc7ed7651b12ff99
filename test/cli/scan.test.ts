/**
 * `privaudit scan` options beyond the shared ones: --workers above the processor count is said, not refused.
 * What exports really hold: title lines, Excel's sep= line, pretty JSON; markup and unparsable JSON refused.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../e2e/helpers.js';

const SCAN = ['scan', 'fixtures/exports/users.csv', '--as-of', '2024-06-01', '--format', 'json', '--fail-on', 'never'];
const WARNING = /--workers \d+ is more than the \d+ processors here/;

/** What Excel and WPS users export to keep long numbers as text (="…", a leading '), and full-width digits typed with a Chinese IME. */
const EXCEL_FORMS = '身份证号,手机号\n="110101199003071233",１３８１２３４５６７８\n="11010519491231002X",１３９１２３４５６７８\n="440524188001010014",１３７１２３４５６７０\n';

describe('scan of identifiers as spreadsheets export them', () => {
  it('="…" guards and full-width digits: both columns hold plaintext identifiers, counted and masked', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x2.csv'), EXCEL_FORMS);
    const r = await runCli(['scan', join(dir, 'x2.csv'), '--as-of', '2024-06-01', '--format', 'json']);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { findings: { ruleId: string; subject: { column: string }; count: number; evidence: string; rows: number[] }[] }).findings;
    const plaintext = found.filter((f) => f.ruleId === 'plaintext-sensitive-data').map((f) => [f.subject.column, f.count, f.evidence, f.rows]);
    expect(plaintext).toEqual([
      ['手机号', 3, '138****5678', [2, 3, 4]],
      ['身份证号', 3, '110101********1233', [2, 3, 4]],
    ]);
    for (const value of ['110101199003071233', '11010519491231002X', '440524188001010014', '１３８１２３４５６７８', '13812345678']) expect(r.stdout).not.toContain(value);
  });

  it('a remark column: full-width and grouped identifiers are found and quoted masked', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'remarks.csv'), '订单号,备注\nA1,客户电话１３８１２３４５６７８请回电\nA2,身份证 440305 20020904 5979 已核验\nA3,无\n');
    const r = await runCli(['scan', join(dir, 'remarks.csv'), '--as-of', '2024-06-01', '--format', 'json', '--fail-on', 'never']);
    const found = (JSON.parse(r.stdout) as { findings: { ruleId: string; count: number; evidence: string; rows: number[] }[] }).findings;
    expect(found.map((f) => [f.ruleId, f.count, f.evidence, f.rows])).toEqual([['pii-in-free-text', 2, '138****5678', [2, 3]]]);
    for (const value of ['１３８１２３４５６７８', '440305 20020904 5979', '20020904']) expect(r.stdout).not.toContain(value);
  });
});

describe('scan --workers', () => {
  it('more workers than processors: a warning on stderr, the same report', async () => {
    const many = String(availableParallelism() + 1);
    const [one, more] = [await runCli([...SCAN, '--workers', '1']), await runCli([...SCAN, '--workers', many])];
    expect(more.stderr).toMatch(new RegExp(`--workers ${many} is more than the ${availableParallelism()} processors here`));
    expect(more.code).toBe(0);
    expect(more.stdout).toBe(one.stdout);
    expect(one.stderr).not.toMatch(WARNING);
  });
});

describe('scan: a file reached twice', () => {
  it('is scanned once: `scan users.csv users.csv` is `scan users.csv`', async () => {
    const [one, twice] = [await runCli(SCAN), await runCli([...SCAN, 'fixtures/exports/users.csv'])];
    expect(twice.code).toBe(0);
    expect(twice.stdout).toBe(one.stdout);
  });
});

describe('scan: columns named for an attribute of an item', () => {
  it('an account table: its status and type columns hold no account, its user ID still counts', async () => {
    const file = join(tempDir(), 'hdr.csv');
    writeFileSync(file, '用户ID,账号状态,账号类型,最后登录时间\nU1,正常,个人,2025-01-01\nU2,冻结,企业,2024-01-01\nU3,已注销,个人,2023-01-01\n');
    const run = await runCli(['scan', file, '-p', 'jdcloud-privacy-2020-03', '--as-of', '2025-11-10', '--format', 'json']);
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; subject: { column: string } }[] }).findings;
    expect(findings.map((f) => [f.ruleId, f.subject.column])).toEqual([['undeclared-category', '用户ID']]);
  });

  it('a patient table: the type of a disease and the date of a surgery are health information in clear', async () => {
    const file = join(tempDir(), 'patients.csv');
    writeFileSync(file, '用户ID,疾病类型,手术日期,账号状态\nU1,高血压,2024-01-05,正常\nU2,糖尿病,2023-11-20,冻结\nU3,哮喘,2022-06-30,正常\n');
    const run = await runCli(['scan', file, '-p', 'jdcloud-privacy-2020-03', '--as-of', '2025-11-10', '--format', 'json']);
    const findings = (JSON.parse(run.stdout) as { findings: { ruleId: string; subject: { column: string } }[] }).findings;
    expect(findings.map((f) => [f.ruleId, f.subject.column])).toEqual([
      ['plaintext-sensitive-data', '手术日期'],
      ['plaintext-sensitive-data', '疾病类型'],
      // The pack declares no health information; its account status is still no account.
      ['undeclared-category', '手术日期'],
      ['undeclared-category', '用户ID'],
      ['undeclared-category', '疾病类型'],
    ]);
  });
});

describe('scan reads what exports really hold (title lines, sep=, pretty JSON) and refuses what it cannot read', () => {
  const dir = tempDir();
  const write = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
  const TABLE = '编号,姓名,手机号,身份证号\r\n1,张三,13812345678,110101199003071233\r\n2,李四,13912345678,11010519491231002X\r\n3,王五,13712345670,440524188001010014\r\n';
  const run = (file: string) => runCli(['scan', file, '--as-of', '2024-06-01', '--format', 'json']);
  const rowsOf = (stdout: string) => Object.fromEntries((JSON.parse(stdout) as { findings: { ruleId: string; subject: { column: string }; line: number; rows?: number[] }[] }).findings.map((f) => [f.subject.column, [f.ruleId, f.line, f.rows]]));

  it("a title line above the header: the header under it (the findings' line), records at their physical lines, no ragged rows", async () => {
    const r = await run(write('客户.csv', '客户信息导出报表\r\n' + TABLE));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(rowsOf(r.stdout)).toEqual({ 手机号: ['plaintext-sensitive-data', 2, [3, 4, 5]], 身份证号: ['plaintext-sensitive-data', 2, [3, 4, 5]] });
  });

  it("Excel's sep= first line names the delimiter and is skipped", async () => {
    const r = await run(write('sep.csv', 'sep=;\r\n' + TABLE.replaceAll(',', ';')));
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(rowsOf(r.stdout)).toEqual({ 手机号: ['plaintext-sensitive-data', 2, [3, 4, 5]], 身份证号: ['plaintext-sensitive-data', 2, [3, 4, 5]] });
  });

  it('records consistently wider than the header: a note names the file and the line, and says what is not scanned', async () => {
    const file = write('wide.csv', '导出时间,2024-01-01\r\n' + TABLE);
    const r = await run(file);
    expect(r.stderr).toContain(`privaudit: ${file}:2: 4 fields where the header (line 1) has 2, as in most records: the fields past column 2 are not scanned\n`);
  });

  it('pretty-printed documents one after another (mongoexport --pretty) are JSON documents, each at its first line', async () => {
    const docs = [
      { mobile: '13812345678', id_card: '110101199003071233' },
      { mobile: '13912345678', id_card: '11010519491231002X' },
      { mobile: '13712345670', id_card: '440524188001010014' },
    ];
    const r = await run(write('p.json', docs.map((d) => JSON.stringify(d, null, 2)).join('\n') + '\n'));
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(rowsOf(r.stdout)).toEqual({ mobile: ['plaintext-sensitive-data', 1, [1, 5, 9]], id_card: ['plaintext-sensitive-data', 1, [1, 5, 9]] });
  });

  it('JSON Lines none of whose lines parses: exit 2 at the first bad line and column, not a CSV of JSON fragments', async () => {
    const cut = write('cut.jsonl', '{"mobile": "13812345678", "note": "cut\n'.repeat(6));
    const r = await run(cut);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^privaudit: ${cut.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:39: no line could be read as a JSON document; line 1: not valid JSON`));
    const broken = write('allbroken.jsonl', '{"a": 1\n{"b":\n');
    const b = await run(broken);
    expect(b.code).toBe(2);
    expect(b.stderr).toContain(`${broken}:1:8: no line could be read as a JSON document`);
  });

  it('a mysqldump --xml file: exit 2, the format is not read, export SQL or CSV instead', async () => {
    const xml = write('shop.xml', '<?xml version="1.0"?>\n<mysqldump xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<database name="shop">\n<table_data name="customers">\n<row><field name="mobile">13812345678</field></row>\n</table_data>\n</database>\n</mysqldump>\n');
    const r = await run(xml);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`privaudit: ${xml}:1: not a format scan reads: a mysqldump --xml file\n  hint: dump the database as SQL (mysqldump without --xml), or export each table as CSV\n`);
    expect(r.stdout).toBe('');
  });

  it('a tar archive (pg_dump -Ft, a packed folder), gzipped or not: exit 2, saying to extract it or pg_restore it', async () => {
    write('users.csv', 'mobile\n13812345678\n');
    const tar = join(dir, 'exports.tar');
    execFileSync('tar', ['-cf', tar, '-C', dir, 'users.csv']);
    const tgz = join(dir, 'exports.tar.gz');
    writeFileSync(tgz, gzipSync(readFileSync(tar)));
    for (const file of [tar, tgz]) {
      const r = await run(file);
      expect(r.code, file).toBe(2);
      expect(r.stderr).toBe(`privaudit: ${file}:1: not a format scan reads: a tar archive\n  hint: extract it (tar -xf) and scan the files it holds; for a pg_dump -Ft archive, pg_restore -f dump.sql makes the plain dump scan reads\n`);
    }
    const zh = await runCli(['scan', tar, '--as-of', '2024-06-01', '--lang', 'zh']);
    expect(zh.stderr).toContain('scan 不读取这种格式：`tar` 归档');
    expect(zh.stderr).toContain('请先解包（`tar -xf`）');
  });
});
