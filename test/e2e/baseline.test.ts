/**
 * Adopting privaudit on an existing project, end to end in-process: --write-baseline / --baseline,
 * waivers (active, expired, invalid) with --as-of, the config's baseline:/waivers:/rules:, and bad input.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { listDir, ROWS, runCli, sha256, STACK_FRAME, tempDir, writeInventory } from './helpers.js';

interface JsonReport {
  summary: { error: number; warning: number; info: number; suppressed: number };
  findings: { ruleId: string; severity: string; file: string; line: number; message: string; subject: { field: string | null }; fingerprint: string }[];
}

const AS_OF = ['--as-of', '2026-01-05'];
const json = (stdout: string) => JSON.parse(stdout) as JsonReport;

let dir: string;
beforeEach(() => {
  dir = tempDir('privaudit-baseline-e2e-');
});

/** Errors (cross-border-storage, retention-exceeds-limit on id_no) and a warning (retention-missing on real_name). */
const ADOPTION_ROWS = [ROWS.errors, ROWS.warningOnly];

const audit = (...args: string[]) => runCli(['audit', ...args, ...AS_OF, '--format', 'json'], { cwd: dir });

describe('baseline round trip', () => {
  it('records the findings, reports them as usual, then suppresses them all', async () => {
    const inv = writeInventory(dir, 'crm.csv', ADOPTION_ROWS);
    const base = join(dir, 'privaudit-baseline.json');

    const first = await audit(inv, '--write-baseline', base);
    expect(first.code).toBe(1);
    const report = json(first.stdout);
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['cross-border-storage', 'retention-exceeds-limit', 'retention-missing']);
    expect(report.summary.suppressed).toBe(0);
    expect(first.stderr).toBe(`privaudit: baseline of 3 finding(s) written to ${base}\n`);

    const written = JSON.parse(readFileSync(base, 'utf8')) as { schemaVersion: number; tool: string; entries: { fingerprint: string; ruleId: string }[] };
    expect(written.schemaVersion).toBe(2);
    expect(written.tool).toBe('privaudit');
    expect(written.entries.map((e) => e.fingerprint).sort()).toEqual(report.findings.map((f) => f.fingerprint).sort());

    const second = await audit(inv, '--baseline', base);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    expect(json(second.stdout).findings).toEqual([]);
    expect(json(second.stdout).summary).toEqual({ error: 0, warning: 0, info: 0, suppressed: 3 });
  });

  it('keeps suppressing when the rows move to other lines', async () => {
    const inv = writeInventory(dir, 'crm.csv', ADOPTION_ROWS);
    const base = join(dir, 'b.json');
    await audit(inv, '--write-baseline', base);
    writeInventory(dir, 'crm.csv', [ROWS.clean, ROWS.clean.replace('real_name', 'nickname'), ...ADOPTION_ROWS]);
    const r = await audit(inv, '--baseline', base);
    expect(r.code).toBe(0);
    expect(json(r.stdout).summary.suppressed).toBe(3);
  });

  it('reports a new finding while the recorded ones stay suppressed', async () => {
    const inv = writeInventory(dir, 'crm.csv', [ROWS.errors]);
    const base = join(dir, 'b.json');
    await audit(inv, '--write-baseline', base);
    writeInventory(dir, 'crm.csv', ADOPTION_ROWS);
    const r = json((await audit(inv, '--baseline', base)).stdout);
    expect(r.findings.map((f) => [f.ruleId, f.line])).toEqual([['retention-missing', 3]]);
    expect(r.summary.suppressed).toBe(2);
  });

  it('notes stale entries on stderr when a row is gone, and keeps the report shape', async () => {
    const inv = writeInventory(dir, 'crm.csv', ADOPTION_ROWS);
    const base = join(dir, 'b.json');
    await audit(inv, '--write-baseline', base);
    writeInventory(dir, 'crm.csv', [ROWS.warningOnly]);
    const r = await audit(inv, '--baseline', base);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')[0]).toBe(`privaudit: 2 baseline entries in ${base} no longer match; rerun --write-baseline to prune`);
    // The entry's file as the baseline records it: from the fingerprint root (here the working folder).
    expect(r.stderr).toContain(`  - cross-border-storage crm.csv crm.users.id_no (identity.resident-id)\n`);
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual(['schemaVersion', 'tool', 'policies', 'asOf', 'inputs', 'summary', 'findings']);
  });

  it('writes the same bytes on every run, and a rewrite prunes what went stale', async () => {
    const inv = writeInventory(dir, 'crm.csv', ADOPTION_ROWS);
    const one = join(dir, 'one.json');
    const two = join(dir, 'two.json');
    await audit(inv, '--write-baseline', one);
    writeInventory(dir, 'crm.csv', [...ADOPTION_ROWS].reverse());
    await audit(inv, '--write-baseline', two);
    expect(sha256(two)).toBe(sha256(one));
    expect(readFileSync(one, 'utf8')).not.toMatch(/20\d\d-\d\d-\d\dT/);

    writeInventory(dir, 'crm.csv', [ROWS.warningOnly]);
    const r = await audit(inv, '--baseline', one, '--write-baseline', one);
    expect(r.stderr).toBe(`privaudit: baseline of 1 finding(s) written to ${one}\n`);
    expect((JSON.parse(readFileSync(one, 'utf8')) as { entries: unknown[] }).entries).toHaveLength(1);
  });

  it('takes the baseline from the config, relative to the config file', async () => {
    const inv = writeInventory(dir, 'crm.csv', ADOPTION_ROWS);
    mkdirSync(join(dir, 'ci'));
    writeFileSync(join(dir, 'privaudit.config.yaml'), 'baseline: ci/baseline.json\n');
    // The config names a baseline not written yet: without --write-baseline that is an error…
    const missing = await audit(inv);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/ci\/baseline\.json: baseline file not found\n {2}hint: create it with --write-baseline /);
    // …but the first --write-baseline may create it.
    expect((await audit(inv, '--write-baseline', join(dir, 'ci', 'baseline.json'))).code).toBe(1);
    const r = await audit(inv);
    expect(r.code).toBe(0);
    expect(json(r.stdout).summary.suppressed).toBe(3);
  });
});

/** Run with the process in `cwd` too: relative input paths are read from the process's working folder. */
async function runIn(cwd: string, argv: string[]) {
  const home = process.cwd();
  process.chdir(cwd);
  try {
    return await runCli(argv, { cwd });
  } finally {
    process.chdir(home);
  }
}

const auditIn = (cwd: string, ...args: string[]) => runIn(cwd, ['audit', ...args, ...AS_OF, '--format', 'json']);

describe('a baseline matches wherever the project is checked out, however its inputs are named', () => {
  it("the config's inputs: reported and recorded relative, so a copy of the folder elsewhere still matches", async () => {
    const a = join(dir, 'a');
    mkdirSync(join(a, 'sub'), { recursive: true });
    writeInventory(join(a, 'sub'), 'inv.csv', ADOPTION_ROWS);
    writeFileSync(join(a, 'privaudit.config.yaml'), 'inputs: [sub/inv.csv]\n');
    const first = await auditIn(a, '--write-baseline', 'bl.json');
    expect(first.code).toBe(1);
    expect(json(first.stdout).findings.map((f) => f.file)).toEqual(['sub/inv.csv', 'sub/inv.csv', 'sub/inv.csv']);
    const written = readFileSync(join(a, 'bl.json'), 'utf8');
    expect(written).not.toContain(dir);
    expect(JSON.parse(written)).toMatchObject({ schemaVersion: 2, root: '.', entries: [{ file: 'sub/inv.csv' }, { file: 'sub/inv.csv' }, { file: 'sub/inv.csv' }] });
    const sarif = (await runIn(a, ['audit', ...AS_OF, '--format', 'sarif'])).stdout;
    type Sarif = { runs: { results: { locations: { physicalLocation: { artifactLocation: object } }[] }[] }[] };
    const locations = (JSON.parse(sarif) as Sarif).runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation);
    expect(locations).toEqual(Array(3).fill({ uri: 'sub/inv.csv', uriBaseId: '%SRCROOT%' }));

    const b = join(dir, 'b');
    cpSync(a, b, { recursive: true });
    const moved = await auditIn(b, '--baseline', 'bl.json');
    expect(moved.stderr).toBe('');
    expect(moved.code).toBe(0);
    expect(json(moved.stdout).summary.suppressed).toBe(3);
    // From a subfolder, the config (found upward) names the inputs from there, and its folder is the root.
    const fromSub = await auditIn(join(b, 'sub'), '--baseline', '../bl.json');
    expect(json(fromSub.stdout).findings.map((f) => f.file)).toEqual([]);
    expect(json(fromSub.stdout).summary.suppressed).toBe(3);
  });

  it('without a config: written as inv.csv, it matches /abs/inv.csv, and ../inv.csv from a subfolder', async () => {
    const inv = writeInventory(dir, 'inv.csv', ADOPTION_ROWS);
    mkdirSync(join(dir, 'sub'));
    expect((await auditIn(dir, 'inv.csv', '--write-baseline', 'bl.json')).code).toBe(1);
    for (const [cwd, ...args] of [
      [dir, inv, '--baseline', 'bl.json'],
      [dir, './inv.csv', '--baseline', join(dir, 'bl.json')],
      [join(dir, 'sub'), '../inv.csv', '--baseline', '../bl.json'],
    ] as const) {
      const r = await auditIn(cwd, ...args);
      expect(r.stderr, `${cwd} ${args.join(' ')}`).toBe('');
      expect(json(r.stdout).summary.suppressed, `${cwd} ${args.join(' ')}`).toBe(3);
    }
  });

  it('a baseline written from a subfolder into another folder records the root, so it matches from the top', async () => {
    writeInventory(dir, 'inv.csv', ADOPTION_ROWS);
    mkdirSync(join(dir, 'sub'));
    mkdirSync(join(dir, 'ci'));
    writeFileSync(join(dir, 'privaudit.config.yaml'), 'failOn: error\n');
    await auditIn(join(dir, 'sub'), '../inv.csv', '--write-baseline', '../ci/bl.json');
    expect(JSON.parse(readFileSync(join(dir, 'ci', 'bl.json'), 'utf8'))).toMatchObject({ root: '..', entries: [{ file: 'inv.csv' }, { file: 'inv.csv' }, { file: 'inv.csv' }] });
    const r = await auditIn(dir, 'inv.csv', '--baseline', 'ci/bl.json');
    expect(json(r.stdout).summary.suppressed).toBe(3);
  });
});

describe('a malformed baseline', () => {
  it.each([
    ['broken JSON', '{\n  "schemaVersion": 1,\n  "tool": "privaudit",\n  "entries": [\n    {"fingerprint": "0123"\n', /b\.json:\d+:\d+: not valid JSON: /],
    ['the wrong schema', '{\n  "schemaVersion": 1,\n  "tool": "privaudit",\n  "entries": [\n    {"fingerprint": "0123456789abcdef0123456789abcdef"}\n  ]\n}\n', /b\.json:5:5: 'entries\[0\]' has no 'ruleId'/],
    ['not a baseline at all', '[]\n', /b\.json:1:1: the baseline must be object/],
  ])('%s: exit 2 with file, line and column, no report written', async (_name, text, message) => {
    const inv = writeInventory(dir, 'crm.csv', ADOPTION_ROWS);
    writeFileSync(join(dir, 'b.json'), text);
    const out = join(dir, 'report.json');
    const before = listDir(dir);
    const r = await audit(inv, '--baseline', join(dir, 'b.json'), '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/hint: .*--write-baseline/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(listDir(dir)).toEqual(before);
  });

  it('refuses --write-baseline into a folder that does not exist, before any output', async () => {
    const inv = writeInventory(dir, 'crm.csv', ADOPTION_ROWS);
    const r = await audit(inv, '--write-baseline', join(dir, 'nope', 'b.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the output folder '.*nope' does not exist/);
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });
});

describe('waivers', () => {
  const WAIVERS = `waivers:
  - rule: cross-border-storage
    file: crm.csv
    field: id_no
    reason: Hong Kong subsidiary; migration to cn-north-1 planned for Q2
    approver: DPO
    expires: 2026-03-31
    reference: DPIA-2026-014
`;

  async function run(asOf: string, waivers = WAIVERS, ...flags: string[]) {
    const inv = writeInventory(dir, 'crm.csv', ADOPTION_ROWS);
    const file = join(dir, 'waivers.yaml');
    writeFileSync(file, waivers);
    const r = await runCli(['audit', inv, '--as-of', asOf, '--format', 'json', '--waivers', file, ...flags], { cwd: dir });
    return { ...r, file, inv };
  }

  it('suppresses a waived finding while the waiver is active (through its expiry day)', async () => {
    for (const day of ['2026-01-05', '2026-03-31']) {
      const r = await run(day);
      const report = json(r.stdout);
      expect(report.findings.map((f) => f.ruleId)).toEqual(['retention-exceeds-limit', 'retention-missing']);
      expect(report.summary).toEqual({ error: 1, warning: 1, info: 0, suppressed: 1 });
      expect(r.stderr).toBe('');
    }
  });

  it('brings the finding back after expiry, with a waiver-expired error at the waiver line', async () => {
    const r = await run('2026-04-01');
    expect(r.code).toBe(1);
    const report = json(r.stdout);
    expect(report.summary).toEqual({ error: 3, warning: 1, info: 0, suppressed: 0 });
    const expired = report.findings.find((f) => f.ruleId === 'waiver-expired')!;
    expect(expired).toMatchObject({ severity: 'error', file: r.file, line: 2, subject: { field: 'id_no' } });
    expect(expired.message).toBe(
      "the waiver for 'cross-border-storage' (file=crm.csv, field=id_no) expired on 2026-03-31 (ref. DPIA-2026-014): 1 finding(s) it accepted are reported again; fix them, or renew the waiver with a new approval",
    );
    expect(report.findings.some((f) => f.ruleId === 'cross-border-storage' && f.file === r.inv)).toBe(true);
  });

  it('makes an expired waiver fail the build even when --fail-on is error and the rest is only a warning', async () => {
    const waivers = WAIVERS.replace('cross-border-storage', 'retention-missing').replace('field: id_no', 'field: real_name');
    const inv = writeInventory(dir, 'crm.csv', [ROWS.warningOnly]);
    writeFileSync(join(dir, 'w.yaml'), waivers);
    const active = await runCli(['audit', inv, '--as-of', '2026-01-05', '--waivers', join(dir, 'w.yaml')], { cwd: dir });
    expect(active.code).toBe(0);
    const expired = await runCli(['audit', inv, '--as-of', '2026-04-01', '--waivers', join(dir, 'w.yaml')], { cwd: dir });
    expect(expired.code).toBe(1);
  });

  it('takes the waiver file from the config', async () => {
    writeInventory(dir, 'crm.csv', ADOPTION_ROWS);
    writeFileSync(join(dir, 'waivers.yaml'), WAIVERS);
    writeFileSync(join(dir, 'privaudit.config.yaml'), 'waivers: waivers.yaml\n');
    const r = await runCli(['audit', join(dir, 'crm.csv'), ...AS_OF, '--format', 'json'], { cwd: dir });
    expect(json(r.stdout).summary.suppressed).toBe(1);
  });

  it('notes a waiver that matches nothing', async () => {
    const r = await run('2026-01-05', WAIVERS.replace('field: id_no', 'field: passport_no'));
    expect(json(r.stdout).summary.suppressed).toBe(0);
    expect(r.stderr).toBe(`privaudit: 1 waiver matches no finding; remove it:\n  - ${r.file}:2:5 cross-border-storage\n`);
  });

  it.each([
    ['no approver', WAIVERS.replace('    approver: DPO\n', ''), /waivers\.yaml:2:5: 'waivers\[0\]' has no 'approver'/],
    ['no reason', WAIVERS.replace(/ {4}reason: .*\n/, ''), /waivers\.yaml:2:5: 'waivers\[0\]' has no 'reason'/],
    ['no expiry', WAIVERS.replace('    expires: 2026-03-31\n', ''), /waivers\.yaml:2:5: 'waivers\[0\]' has no 'expires'/],
    ['an unknown rule', WAIVERS.replace('rule: cross-border-storage', 'rule: cross-border-storge'), /waivers\.yaml:2:11: unknown rule 'cross-border-storge'\n {2}hint: did you mean 'cross-border-storage'/],
    ['an invalid date', WAIVERS.replace('2026-03-31', '2026-04-31'), /waivers\.yaml:7:14: expires: '2026-04-31' is not a calendar date/],
  ])('%s: exit 2 with the waiver file line, no report', async (_name, text, message) => {
    const out = join(dir, 'report.json');
    const r = await run('2026-01-05', text, '-o', out);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the config rules: list', () => {
  it('refuses an unknown rule id at its line, suggesting the nearest', async () => {
    const inv = writeInventory(dir, 'crm.csv', ADOPTION_ROWS);
    writeFileSync(join(dir, 'privaudit.config.yaml'), 'failOn: error\nrules:\n  retention-missing: off\n  cross-border-storge: warning\n');
    const r = await audit(inv);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`privaudit: ${join(dir, 'privaudit.config.yaml')}:4:3: unknown rule 'cross-border-storge' in rules:\n  hint: did you mean 'cross-border-storage'?\n`);
  });
});
