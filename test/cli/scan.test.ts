/** `privaudit scan` options beyond the shared ones: --workers above the processor count is said, not refused. */
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
