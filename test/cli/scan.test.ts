/** `privaudit scan` options beyond the shared ones: --workers above the processor count is said, not refused. */
import { writeFileSync } from 'node:fs';
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
