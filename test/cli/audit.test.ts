/** `privaudit audit` end to end: what the inputs are read as (merge keys, folders, repeated paths, old reports). */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CSV_REPORT_COLUMNS } from '../../src/report/types.js';
import { ROWS, runCli, tempDir, writeInventory } from '../e2e/helpers.js';

const JSON_RUN = ['--format', 'json', '--fail-on', 'never', '--as-of', '2024-06-01'];

interface JsonReport {
  inputs: { file: string; kind: string; records: number }[];
  findings: { ruleId: string; file: string; line: number; subject: { system?: string } }[];
}

async function auditJson(args: string[]): Promise<{ report: JsonReport; stderr: string }> {
  const r = await runCli(['audit', ...args, ...JSON_RUN]);
  expect(r.code, r.stderr).toBe(0);
  return { report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}

describe('audit: YAML merge keys', () => {
  it('a system merging `<<: *defaults` is audited with the merged storage region', async () => {
    const dir = tempDir();
    const file = join(dir, 'inv.yaml');
    const text = [
      'defaults: &d {storage_region: 新加坡}',
      'systems:',
      '  - <<: *d',
      '    name: crm',
      '    datasets:',
      '      - name: users',
      '        fields:',
      '          - { field: id_no, category: identity.resident-id, encrypted: AES-256, masked: yes, consent: explicit, retention: 3个工作日, retention_trigger: account-cancellation }',
      '',
    ].join('\n');
    writeFileSync(file, text);
    const { report, stderr } = await auditJson([file]);
    expect(report.findings.filter((f) => f.ruleId === 'cross-border-storage')).toEqual([expect.objectContaining({ file, line: 8, subject: expect.objectContaining({ system: 'crm' }) })]);
    expect(stderr).not.toMatch(/'<<'|defaults/);
  });
});

describe('audit: privaudit reports in the audited folder', () => {
  const csvRun = (dir: string, out: string) => runCli(['audit', dir, '-o', out, '--fail-on', 'never', '--as-of', '2024-06-01']);

  it('`audit dir -o dir/report.csv` run twice writes the same report: the last run\'s output is not read', async () => {
    const dir = tempDir();
    writeInventory(dir, 'inv.csv', [ROWS.errors, ROWS.warningOnly]);
    const out = join(dir, 'report.csv');
    const first = await csvRun(dir, out);
    const report = readFileSync(out, 'utf8');
    const second = await csvRun(dir, out);
    expect([first.code, second.code], second.stderr).toEqual([0, 0]);
    expect(readFileSync(out, 'utf8')).toBe(report);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(first.stderr);
  });

  it('an older CSV report in the folder (another name, or empty) is skipped with a note, not audited', async () => {
    const dir = tempDir();
    const inv = writeInventory(dir, 'inv.csv', [ROWS.errors]);
    const alone = await auditJson([dir]);
    await csvRun(dir, join(dir, 'old-report.csv'));
    writeFileSync(join(dir, 'empty-report.csv'), `\uFEFF${CSV_REPORT_COLUMNS.join(',')}\r\n`);
    const { report, stderr } = await auditJson([dir]);
    expect(report).toEqual(alone.report);
    expect(report.inputs.map((i) => i.file)).toEqual([inv]);
    expect(stderr).toContain(`privaudit: skipped 2 privaudit CSV reports, not audited: ${join(dir, 'empty-report.csv')}, ${join(dir, 'old-report.csv')}\n`);
  });

  it('a report named on its own is an error that says what it is', async () => {
    const dir = tempDir();
    writeInventory(dir, 'inv.csv', [ROWS.errors]);
    const out = join(dir, 'r.csv');
    await csvRun(dir, out);
    copyFileSync(out, join(dir, 'copy.csv'));
    const r = await runCli(['audit', join(dir, 'copy.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("this is a privaudit report (its header is the CSV report's), not an inventory or SDK list");
  });
});

describe('audit: a file reached twice', () => {
  it('is audited once, listed once in inputs, under the first spelling (`audit cm.csv cm.csv`, `audit dd dd/cm.csv`)', async () => {
    const dir = tempDir();
    const cm = writeInventory(dir, 'cm.csv', [ROWS.errors]);
    const once = await auditJson([cm]);
    expect(once.report.findings.length).toBeGreaterThan(0);
    for (const args of [[cm, cm], [dir, cm], [cm, join(dir, '.', 'cm.csv')]]) {
      const { report } = await auditJson(args);
      expect(report, args.join(' ')).toEqual(once.report);
    }
  });
});

describe('audit: hints name what an installed privaudit has (fixtures/ is not published)', () => {
  it('no inputs: names a file of the user\'s own and privaudit init, in English and Chinese', async () => {
    const cwd = tempDir();
    const en = await runCli(['audit'], { cwd });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('hint: e.g. privaudit audit inventory.csv, or set inputs: in privaudit.config.yaml (privaudit init writes one, with a starter inventory)');
    const zh = await runCli(['audit', '--lang', 'zh'], { cwd });
    expect(zh.stderr).toContain('例如 privaudit audit inventory.csv，或在 privaudit.config.yaml 中设置 inputs:（privaudit init 会生成该文件和一份示例清单）');
    const scan = await runCli(['scan'], { cwd });
    expect(scan.stderr).toContain('hint: e.g. privaudit scan exports/, or set inputs: in privaudit.config.yaml\n');
    expect(en.stderr + zh.stderr + scan.stderr).not.toContain('fixtures');
  });

  it('privaudit init writes the config that hint names, whose inputs: is the starter inventory', async () => {
    const cwd = tempDir();
    expect((await runCli(['init'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'privaudit.config.yaml'), 'utf8')).toMatch(/^inputs:\n {2}- inventory\.example\.csv$/m);
  });
});
