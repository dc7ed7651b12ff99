/**
 * The single executable (build/privaudit, Node SEA): built by scripts/build-binary.mjs unless a fresh one is
 * there, copied out of the repository (so nothing can be read from src/, node_modules or policies/ on disk),
 * and run for --version and real audits.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from './helpers/temp-folder.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILT = join(ROOT, 'build', 'privaudit');
const SENTINEL_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** Why this machine cannot build a SEA at all, or null. Anything else that fails is a test failure. */
function cannotBuild(): string | null {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  if (major < 20 || (major === 20 && minor < 12)) return `Node ${process.versions.node} has no SEA assets (needs >= 20.12)`;
  if (process.platform === 'win32') return 'the test runs the binary by a POSIX path';
  if (!readFileSync(process.execPath).includes(SENTINEL_FUSE)) return `${process.execPath} was built without single-executable support (no SEA fuse)`;
  return null;
}

function newestInput(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newestInput(join(path, name))));
}

/** Reuse build/privaudit when it is newer than everything it is built from. */
function isFresh(): boolean {
  if (!existsSync(BUILT)) return false;
  const inputs = ['src', 'policies', 'schemas', 'package.json', 'scripts/build-binary.mjs'].map((p) => newestInput(join(ROOT, p)));
  return statSync(BUILT).mtimeMs > Math.max(...inputs);
}

/** A node_modules above the test's folder would let the binary load from disk a module it must carry inside. */
function nodeModulesAbove(dir: string): string | null {
  for (let d = dirname(dir); ; d = dirname(d)) {
    if (existsSync(join(d, 'node_modules'))) return join(d, 'node_modules');
    if (dirname(d) === d) return null;
  }
}

const reason = cannotBuild();
if (reason) console.warn(`binary test skipped: ${reason}`);

describe.skipIf(reason !== null)('build/privaudit (single executable)', () => {
  let dir: string;
  let binary: string;

  const run = (args: string[]) => {
    const r = spawnSync(binary, args, { cwd: dir, encoding: 'utf8', env: { PATH: '/usr/bin:/bin', NO_COLOR: '1' }, timeout: 60_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  beforeAll(() => {
    if (!isFresh()) {
      const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-binary.mjs')], { cwd: ROOT, encoding: 'utf8' });
      if (build.status !== 0) throw new Error(`build-binary failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
    }
    dir = tempFolder('privaudit-binary-');
    const stray = nodeModulesAbove(dir);
    if (stray) throw new Error(`${stray} would let the binary find its modules on disk: remove it, or set TMPDIR elsewhere`);
    binary = join(dir, 'privaudit');
    copyFileSync(BUILT, binary);
  }, 300_000);

  it('prints its version', () => {
    const r = run(['--version']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${VERSION}\n`);
    expect(r.code).toBe(0);
  });

  it('audits an inventory with the bundled packs, taxonomy, regions and holiday calendar', () => {
    const header = 'system,table,field,category,sensitive,encrypted,masked,storage_region,retention,retention_trigger,shared_with,consent,purpose';
    writeFileSync(
      join(dir, 'crm.csv'),
      [
        header,
        'crm,users,real_name,basic.name,no,AES-256,yes,cn-north-1,3 working days,account-cancellation,,explicit,account management',
        'crm,users,id_no,身份证号,yes,AES-256,yes,香港,30d,account-cancellation,,explicit,identity verification',
      ].join('\n') + '\n',
    );
    const r = run(['audit', 'crm.csv', '--as-of', '2026-01-05', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { tool: { version: string }; policies: { id: string }[]; findings: { ruleId: string; line: number; file: string; subject: { field: string } }[] };
    expect(report.tool.version).toBe(VERSION);
    expect(report.policies.map((p) => p.id)).toEqual(['jdcloud-privacy-2020-07']);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.subject.field])).toEqual([
      ['cross-border-storage', 'crm.csv', 3, 'id_no'],
      ['retention-exceeds-limit', 'crm.csv', 3, 'id_no'],
    ]);
  });

  it('reads a GBK inventory (decoded by the executable\'s own TextDecoder; iconv-lite, its fallback, is inside too)', () => {
    copyFileSync(join(ROOT, 'fixtures', 'inventory', '支付系统清单.csv'), join(dir, 'gbk.csv'));
    const r = run(['audit', 'gbk.csv', '--policy', 'jdcloud-privacy-2020-03', '--policy', 'jdcloud-terms-2020-03', '--as-of', '2026-11-23', '--format', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; line: number; subject: { field: string } }[] };
    // fixtures/inventory/支付系统清单.expected.yaml: line 8's resident ID is unmasked, in use and when shared;
    // without that file's recipients registry, the recipient (国政通) is undeclared too.
    expect(report.findings.filter((f) => f.line === 8).map((f) => [f.ruleId, f.subject.field])).toEqual([
      ['recipient-unmasked', '身份证号'],
      ['sensitive-unmasked', '身份证号'],
      ['undeclared-recipient', '身份证号'],
    ]);
  });

  it('reads an Excel inventory (SheetJS, loaded on first use, is inside the executable), naming cells as Excel does', () => {
    copyFileSync(join(ROOT, 'fixtures', 'inventory', '数据资产清单.xlsx'), join(dir, 'book.xlsx'));
    const r = run(['audit', 'book.xlsx', '--policy', 'jdcloud-privacy-2020-03', '--policy', 'jdcloud-terms-2020-03', '--as-of', '2026-11-23', '--format', 'json']);
    expect(r.stderr).toContain("book.xlsx: ignored column(s) privaudit does not use: '负责人', '备注'");
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; line: number; subject: { field: string } }[] };
    // fixtures/inventory/数据资产清单.expected.yaml: the workbook twin of 支付系统清单.csv, its line 8 at sheet row 10.
    expect(report.findings.filter((f) => f.line === 10).map((f) => [f.ruleId, f.subject.field])).toEqual([
      ['recipient-unmasked', '身份证号'],
      ['sensitive-unmasked', '身份证号'],
      ['undeclared-recipient', '身份证号'],
    ]);
  });

  it('finds a bundled pack by id and reads waivers against the embedded schema', () => {
    writeFileSync(join(dir, 'one.csv'), 'system,table,field,category,storage_region,retention,consent\ncrm,users,mobile,basic.phone,cn-north-1,,explicit\n');
    writeFileSync(join(dir, 'waivers.yaml'), 'waivers:\n  - rule: retention-missing\n    file: one.csv\n    field: mobile\n    reason: schedule under review\n    approver: DPO\n    expires: 2026-12-31\n');
    const r = run(['audit', 'one.csv', '--policy', 'jdcloud-privacy-2020-03', '--waivers', 'waivers.yaml', '--as-of', '2026-01-05', '--format', 'json']);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { policies: { id: string }[]; summary: { suppressed: number }; findings: unknown[] };
    expect(report.policies.map((p) => p.id)).toEqual(['jdcloud-privacy-2020-03']);
    expect(report.summary.suppressed).toBe(1);
  });

  it('exits 2 on bad input with a located message and no stack trace', () => {
    writeFileSync(join(dir, 'bad-waivers.yaml'), 'waivers:\n  - rule: retention-mising\n    field: x\n    reason: r\n    approver: a\n    expires: 2026-12-31\n');
    const r = run(['audit', 'crm.csv', '--waivers', 'bad-waivers.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^privaudit: bad-waivers\.yaml:2:11: unknown rule 'retention-mising'\n  hint: did you mean 'retention-missing'/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
