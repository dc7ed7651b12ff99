/**
 * `privaudit scan` options beyond the shared ones: --workers above the processor count is said, not refused.
 * What exports really hold: title lines, Excel's sep= line.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../e2e/helpers.js';

const SCAN = ['scan', 'fixtures/exports/users.csv', '--as-of', '2024-06-01', '--format', 'json', '--fail-on', 'never'];
const WARNING = /--workers \d+ is more than the \d+ processors here/;

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

describe('scan reads what exports really hold: title lines, sep=', () => {
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
});
