/**
 * A cell never stops the run (SPEC decision 12, issue 14 §1): every unreadable cell of every file is an
 * `unrecognized-value` finding at its file, line and column, in one run; the rest of each row is audited.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, STACK_FRAME, tempDir, writeInventory } from './helpers.js';

const CELLS = 'fixtures/cells';

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  column?: number;
  message: string;
  subject: { field: string | null; column: string | null };
}

async function auditJson(files: string[], ...rest: string[]) {
  const r = await runCli(['audit', ...files, '-f', 'json', '--as-of', '2026-11-23', ...rest]);
  return { ...r, findings: JSON.parse(r.stdout || '{"findings":[]}').findings as JsonFinding[] };
}

describe('unreadable cells', () => {
  it('are all reported in one run, each at its file, line and column, with the nearest readings', async () => {
    const r = await auditJson([`${CELLS}/unknown-category.csv`, `${CELLS}/bad-duration.csv`, `${CELLS}/bad-region.csv`]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    const cells = r.findings.filter((f) => f.ruleId === 'unrecognized-value').map((f) => `${f.file}:${f.line} ${f.subject.column} ${f.message}`);
    expect(cells).toEqual([
      `${CELLS}/bad-duration.csv:3 retention retention 'a while' (column 9) cannot be read; not checked on this row: retention-below-minimum, retention-exceeds-limit, retention-missing`,
      `${CELLS}/bad-region.csv:3 storage_region storage_region 'moon-base-1' (column 8) cannot be read; not checked on this row: cross-border-storage`,
      expect.stringMatching(
        new RegExp(`^${CELLS}/unknown-category\\.csv:3 category category 'identty\\.resident-id' \\(column 4\\) cannot be read \\(did you mean 'identity\\.resident-id'.*\\?\\); not checked on this row: category-mismatch, undeclared-category$`),
      ),
    ]);
  });

  it('leave the rest of their row audited: rules that need the cell skip the row, the others fire', async () => {
    const dir = tempDir();
    // Hong Kong storage (cross-border-storage) with a retention nobody can read (no retention rule may guess).
    const file = writeInventory(dir, 'inv.csv', ['crm,users,id_no,identity.resident-id,yes,AES-256,yes,cn-hongkong,a while,account-cancellation,,explicit,kyc']);
    const r = await auditJson([file]);
    expect(r.findings.map((f) => f.ruleId).sort()).toEqual(['cross-border-storage', 'unrecognized-value']);
  });

  it('a column privaudit does not use is ignored with one note on stderr, and the file is audited', async () => {
    const r = await auditJson([`${CELLS}/unknown-column.csv`]);
    expect(r.code).not.toBe(2);
    expect(r.stderr).toContain(`privaudit: note: ${CELLS}/unknown-column.csv: ignored column(s) privaudit does not use: 'storage_regoin' (did you mean 'storage_region'`);
    expect(r.stderr.match(/ignored column/g)).toHaveLength(1);
    expect(JSON.parse(r.stdout).inputs).toEqual([{ file: `${CELLS}/unknown-column.csv`, kind: 'inventory', records: 1 }]);
  });

  it('in an SDK list as apps publish it: unknown or ambiguous labels reported, 不适用 in a list read as nothing', async () => {
    const r = await auditJson(['fixtures/sdk/第三方SDK共享清单.csv']);
    const cells = r.findings.filter((f) => f.ruleId === 'unrecognized-value').map((f) => `${f.line} ${f.subject.column} ${f.message.split(' cannot be read')[0]}`);
    expect(cells).toEqual(["2 涉及个人信息 涉及个人信息 '网络信息' (column 5)", "3 涉及个人信息 涉及个人信息 'AAID' (column 5)", "3 涉及个人信息 涉及个人信息 '应用基本信息' (column 5)"]);
    expect(r.stderr).toContain("ignored column(s) privaudit does not use: '序号', '隐私政策链接'");
    // An ambiguous term is never guessed: the entries to write instead, as an inventory's category cell gets them.
    expect(r.findings.find((f) => f.message.includes("'网络信息'"))!.message).toContain("(did you mean 'network-identity', 'internet-records', 'device.carrier'?)");
  });

  it('suggest only readings that share something with a short Chinese value, never punctuation', async () => {
    const file = writeInventory(tempDir(), 'inv.csv', ['crm,users,x,basic.name,no,AES-256,部分地,火星,3 working days,account-cancellation,,explicit,a']);
    const messages = (await auditJson([file])).findings.filter((f) => f.ruleId === 'unrecognized-value').map((f) => f.message.split(';')[0]);
    expect(messages).toEqual(["masked '部分地' (column 7) cannot be read (did you mean '部分遮盖'?)", "storage_region '火星' (column 8) cannot be read"]);
  });

  it('are reported in Chinese with --lang zh, the column named as the file names it', async () => {
    const r = await auditJson([`${CELLS}/bad-region.csv`], '--lang', 'zh');
    const [cell] = r.findings.filter((f) => f.ruleId === 'unrecognized-value');
    expect(cell!.message).toBe("无法识别：「storage_region」列的值 'moon-base-1'（第 8 列）；本行未执行的检查：cross-border-storage");
  });

  it('carry their column into the JSON report, SARIF regions and GitHub annotations', async () => {
    const file = `${CELLS}/bad-region.csv`;
    const json = await auditJson([file]);
    expect(json.findings.find((f) => f.ruleId === 'unrecognized-value')).toMatchObject({ line: 3, column: 8 });
    const sarif = JSON.parse((await runCli(['audit', file, '-f', 'sarif', '--as-of', '2026-11-23'])).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'unrecognized-value');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 8 });
    const github = (await runCli(['audit', file, '-f', 'github', '--as-of', '2026-11-23'])).stdout;
    expect(github).toContain(`::error file=${file},line=3,col=8,title=unrecognized-value::`);
  });

  it('a YAML inventory gives its findings the column of the field node', async () => {
    const yaml = 'systems:\n  - name: crm\n    datasets:\n      - name: users\n        fields:\n          - name: id_no\n            category: identity.resident-id\n            storage_region: cn-hongkong\n            retention: forever-ish\n';
    const file = join(tempDir(), 'inv.yaml');
    writeFileSync(file, yaml);
    const findings = (await auditJson([file])).findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`);
    // The unreadable cell at its value's node; the field's findings at the field's node.
    expect(findings).toContain('unrecognized-value 9:24');
    expect(findings).toContain('cross-border-storage 6:13');
  });

  it('keep the configured level in SARIF results; the rule keeps its default as defaultConfiguration', async () => {
    const r = await runCli(['audit', `${CELLS}/bad-region.csv`, '-f', 'sarif', '--as-of', '2026-11-23', '-c', `${CELLS}/warn-unrecognized.yaml`]);
    const run = JSON.parse(r.stdout).runs[0];
    expect(run.results.filter((x: { ruleId: string }) => x.ruleId === 'unrecognized-value').map((x: { level: string }) => x.level)).toEqual(['warning']);
    expect(run.tool.driver.rules.find((x: { id: string }) => x.id === 'unrecognized-value').defaultConfiguration).toEqual({ level: 'error' });
  });

  it('can be set to a warning in the config like every rule', async () => {
    const r = await auditJson([`${CELLS}/bad-region.csv`], '--fail-on', 'error', '-c', `${CELLS}/warn-unrecognized.yaml`);
    const [cell] = r.findings.filter((f) => f.ruleId === 'unrecognized-value');
    expect(cell).toMatchObject({ severity: 'warning' });
  });
});
