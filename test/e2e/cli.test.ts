/**
 * The CLI end to end, in-process: exit codes, -o, language, config discovery, the
 * policies/rules/explain/init commands, --version/--help and colour control (SPEC "Commands").
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSI, listDir, REPO_ROOT, ROWS, runCli, sha256, STACK_FRAME, tempDir, writeInventory } from './helpers.js';

const AS_OF = ['--as-of', '2026-01-05'];

let dir: string;
const inv = { clean: '', warningOnly: '', errors: '', sharedWithAcme: '' };

beforeAll(() => {
  dir = tempDir();
  for (const key of Object.keys(inv) as (keyof typeof inv)[]) inv[key] = writeInventory(dir, `${key}.csv`, [ROWS[key]]);
});

const audit = (file: string, ...rest: string[]) => runCli(['audit', file, ...AS_OF, ...rest]);
const jsonOf = (stdout: string) => JSON.parse(stdout) as { policies: { id: string }[]; findings: { ruleId: string; severity: string; message: string }[] };

describe('exit codes', () => {
  it.each([
    ['clean input', 0, 'clean', []],
    ['errors, default --fail-on (error)', 1, 'errors', []],
    ['errors, --fail-on error', 1, 'errors', ['--fail-on', 'error']],
    ['errors, --fail-on never', 0, 'errors', ['--fail-on', 'never']],
    ['warning only, default --fail-on (error)', 0, 'warningOnly', []],
    ['warning only, --fail-on warning', 1, 'warningOnly', ['--fail-on', 'warning']],
    ['warning only, --fail-on info', 1, 'warningOnly', ['--fail-on', 'info']],
    ['warning only, --fail-on never', 0, 'warningOnly', ['--fail-on', 'never']],
  ] as const)('%s → exit %i', async (_name, code, key, flags) => {
    const r = await audit(inv[key], ...flags);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(code);
  });

  it('the findings behind those codes are the expected ones', async () => {
    const ids = async (file: string) => jsonOf((await audit(file, '--format', 'json')).stdout).findings.map((f) => `${f.ruleId}:${f.severity}`);
    expect(await ids(inv.clean)).toEqual([]);
    expect(await ids(inv.warningOnly)).toEqual(['retention-missing:warning']);
    expect(await ids(inv.errors)).toEqual(['cross-border-storage:error', 'retention-exceeds-limit:error']);
  });
});

describe('-o writes the report whole and prints a one-line summary', () => {
  it('json to a file: the same bytes as stdout would get, one summary line, no temp file left', async () => {
    const out = tempDir();
    const target = join(out, 'report.json');
    const toFile = await audit(inv.errors, '--format', 'json', '-o', target);
    const toStdout = await audit(inv.errors, '--format', 'json');
    expect(toFile.code).toBe(1);
    expect(toFile.stdout).toBe(`✖ 2 findings (2 error, 0 warning, 0 info; 0 suppressed) · policies: jdcloud-privacy-2020-07 · as of 2026-01-05 → ${target}\n`);
    expect(readFileSync(target, 'utf8')).toBe(toStdout.stdout);
    expect(listDir(out)).toEqual(['report.json']);
  });

  it('the same input gives the same bytes twice (no timestamps)', async () => {
    const out = tempDir();
    await audit(inv.errors, '--format', 'json', '-o', join(out, 'a.json'));
    await audit(inv.errors, '--format', 'json', '-o', join(out, 'b.json'));
    expect(sha256(join(out, 'a.json'))).toBe(sha256(join(out, 'b.json')));
  });

  it('overwrites an existing report; the input is untouched', async () => {
    const out = tempDir();
    const target = join(out, 'report.json');
    writeFileSync(target, 'stale');
    const before = sha256(inv.errors);
    await audit(inv.errors, '--format', 'json', '-o', target);
    expect(jsonOf(readFileSync(target, 'utf8')).findings).toHaveLength(2);
    expect(sha256(inv.errors)).toBe(before);
  });
});

describe('language', () => {
  const ZH = '字段「id_no」（身份证）存储于「cn-hongkong」（HK），位于中国大陆境外，且未取得单独同意';
  const EN = "field 'id_no' (resident identity card) is stored in cn-hongkong (HK), outside mainland China, without separate consent";

  it('--lang zh gives Chinese messages and summary', async () => {
    const r = await audit(inv.errors, '--lang', 'zh');
    expect(r.stdout).toContain(ZH);
    expect(r.stdout).toContain('✖ 2 项发现 (2 错误, 0 警告, 0 提示; 0 已抑制) · 政策: jdcloud-privacy-2020-07 · 基准日 2026-01-05');
  });

  it('LANG=zh_CN.UTF-8 gives the same output as --lang zh', async () => {
    const byEnv = await runCli(['audit', inv.errors, ...AS_OF], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(byEnv.stdout).toBe((await audit(inv.errors, '--lang', 'zh')).stdout);
  });

  it('--lang en overrides a Chinese locale', async () => {
    const r = await runCli(['audit', inv.errors, ...AS_OF, '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' } });
    expect(r.stdout).toContain(EN);
    expect(r.stdout).not.toContain('错误');
  });

  it('no locale at all: English', async () => {
    expect((await audit(inv.errors)).stdout).toContain(EN);
  });
});

describe('config discovery', () => {
  const CONFIG = `policies: [jdcloud-privacy-2020-03]
failOn: warning
lang: zh
recipients:
  - name: Acme Data Processing Ltd.
    aliases: [Acme]
    role: processor
`;
  let root: string;
  let deep: string;

  beforeAll(() => {
    root = tempDir();
    deep = join(root, 'team', 'service');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(root, 'privaudit.config.yaml'), CONFIG);
  });

  it('a config in a parent of the working folder is found: policies, failOn, lang and recipients apply', async () => {
    const r = await runCli(['audit', inv.sharedWithAcme, ...AS_OF], { cwd: deep });
    expect(r.code).toBe(0); // recipient registered → no undeclared-recipient
    expect(r.stdout).toBe('✔ 未发现问题。 (0 错误, 0 警告, 0 提示; 0 已抑制) · 政策: jdcloud-privacy-2020-03 · 基准日 2026-01-05\n');
    const warned = await runCli(['audit', inv.warningOnly, ...AS_OF], { cwd: deep });
    expect(warned.code).toBe(1); // failOn: warning from the config
  });

  it('without a config the same recipient is undeclared (proves the config did it)', async () => {
    const r = await runCli(['audit', inv.sharedWithAcme, ...AS_OF, '--format', 'json'], { cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(jsonOf(r.stdout).findings.map((f) => f.ruleId)).toEqual(['undeclared-recipient']);
  });

  it('--policy replaces the config policies, it does not add to them', async () => {
    const r = await runCli(['audit', inv.clean, ...AS_OF, '--format', 'json', '--policy', 'jdcloud-privacy-2020-07'], { cwd: deep });
    expect(jsonOf(r.stdout).policies.map((p) => p.id)).toEqual(['jdcloud-privacy-2020-07']);
  });

  it('flags beat the config: --fail-on never and --lang en', async () => {
    const r = await runCli(['audit', inv.warningOnly, ...AS_OF, '--fail-on', 'never', '--lang', 'en'], { cwd: deep });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("field 'real_name' (name) has no retention period");
  });

  it('-c names a config explicitly, wherever the working folder is', async () => {
    const r = await runCli(['audit', inv.clean, ...AS_OF, '--format', 'json', '-c', join(root, 'privaudit.config.yaml')], { cwd: tempDir() });
    expect(jsonOf(r.stdout).policies.map((p) => p.id)).toEqual(['jdcloud-privacy-2020-03']);
  });

  it('a bad discovered config exits 2 with its file, line and column', async () => {
    const bad = tempDir();
    writeFileSync(join(bad, 'privaudit.config.yaml'), 'policies: [jdcloud-privacy-2020-07]\nfailOn: sometimes\n');
    const r = await runCli(['audit', inv.clean, ...AS_OF], { cwd: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^privaudit: ${join(bad, 'privaudit.config.yaml')}:2:9: `));
    expect(r.stderr).toContain('allowed: error, warning, info, never');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('policies', () => {
  it('list: the four bundled packs', async () => {
    const r = await runCli(['policies', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0])).toEqual(['jdcloud-privacy-2020-03', 'jdcloud-privacy-2020-07', 'jdcloud-terms-2020-03', 'jingkefu-privacy']);
  });

  it('show: items with their section', async () => {
    const r = await runCli(['policies', 'show', 'jdcloud-privacy-2020-03']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('京东智联云隐私政策 — jdcloud-privacy-2020-03');
    expect(r.stdout).toMatch(/resident identity card \(identity\.resident-id\).*§二/);
    for (const heading of ['Collects:', 'Sensitive:', 'Recipients:', 'Storage:', 'Retention:']) expect(r.stdout).toContain(heading);
  });

  it('lint: the bundled 002 pack has no errors but reports the SDK items it does not collect (decision 6)', async () => {
    const r = await runCli(['policies', 'lint', 'jdcloud-privacy-2020-07']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/sdk-item-not-collected: .*biometric\.face/);
    expect(r.stdout).toMatch(/^jdcloud-privacy-2020-07: 0 errors, \d+ warnings, \d+ info$/m);
  });

  it('lint speaks the language of --lang, else of the locale', async () => {
    const zh = await runCli(['policies', 'lint', 'jdcloud-privacy-2020-07'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/^jdcloud-privacy-2020-07：0 个错误，\d+ 个警告，\d+ 个提示$/m);
    expect(zh.stdout).toMatch(/: 警告 sdk-item-not-collected: recipients\.sdks\[0\]：SDK 表向 /);
    const flag = await runCli(['policies', 'lint', 'jdcloud-privacy-2020-07', '--lang', 'zh']);
    expect(flag.stdout).toBe(zh.stdout);
    const en = await runCli(['policies', 'lint', 'jdcloud-privacy-2020-07', '--lang', 'en'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(en.stdout).toMatch(/^jdcloud-privacy-2020-07: 0 errors, \d+ warnings, \d+ info$/m);
  });

  it('lint: a pack failing the schema exits 2 at its line', async () => {
    const r = await runCli(['policies', 'lint', 'fixtures/bad/pack-schema-error.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^privaudit: fixtures\/bad\/pack-schema-error\.yaml:10:7: /);
  });

  it('diff 2020-03 → 2020-07: GPS, MAC, IMEI, Wi-Fi, Bluetooth and base-station dropped; SDK rows added', async () => {
    const r = await runCli(['policies', 'diff', 'jdcloud-privacy-2020-03', 'jdcloud-privacy-2020-07']);
    expect(r.code).toBe(0);
    const onlyA = r.stdout.slice(r.stdout.indexOf('Collected only in A'), r.stdout.indexOf('Collected only in B'));
    for (const item of ['location.gps', 'device.mac', 'device.imei', 'location.wifi', 'location.bluetooth', 'location.base-station']) expect(onlyA).toContain(item);
    expect(r.stdout).toMatch(/SDK rows only in A \(0\)/);
    expect(r.stdout).toMatch(/SDK rows only in B \([1-9]\d*\)/);
    expect(r.stdout).toContain('Huawei Push — Huawei Technologies Co. Ltd.');
  });
});

describe('rules and explain', () => {
  const INVENTORY_RULES = [
    'undeclared-category', 'category-mismatch', 'sensitive-unencrypted', 'sensitive-unmasked', 'credential-not-hashed', 'cross-border-storage', 'sensitive-consent-missing',
    'undeclared-recipient', 'recipient-unmasked', 'retention-missing', 'retention-below-minimum', 'retention-exceeds-limit', 'minor-consent-missing', 'prohibited-marketing',
  ];

  it('rules lists every inventory rule of the SPEC with its default severity', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    const rows = new Map(r.stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/) as [string, string]));
    for (const id of INVENTORY_RULES) expect(rows.get(id), id).toBe(['category-mismatch', 'retention-missing'].includes(id) ? 'warning' : 'error');
  });

  it('rules --lang zh', async () => {
    expect((await runCli(['rules', '--lang', 'zh'])).stdout).toMatch(/^sensitive-unencrypted\s+错误\s+inventory\s+敏感个人信息未加密存储。$/m);
  });

  it('explain cites the default pack, or the pack given with -p', async () => {
    const en = await runCli(['explain', 'cross-border-storage']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('cites: jdcloud-privacy-2020-07 §6.2.1 “stored within the People\'s Republic of China.');
    const zh = await runCli(['explain', 'cross-border-storage', '-p', 'jdcloud-privacy-2020-03', '--lang', 'zh']);
    expect(zh.stdout).toContain('引用条款: jdcloud-privacy-2020-03 §6.2.1 “您的个人信息将全被存储于中华人民共和国境内。');
  });

  it('explain of an unknown id exits 2 with the nearest id', async () => {
    const r = await runCli(['explain', 'cross-border']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("privaudit: unknown rule 'cross-border'\n  hint: did you mean 'cross-border-storage'?\n");
  });
});

describe('init', () => {
  const FILES = ['inventory.example.csv', 'privaudit.config.yaml', 'waivers.example.yaml'];

  it('writes the starter files; the folder then audits cleanly with no arguments', async () => {
    const here = tempDir();
    const r = await runCli(['init'], { cwd: here });
    expect(r.code).toBe(0);
    expect(listDir(here)).toEqual(FILES);
    const audited = await runCli(['audit', ...AS_OF, '--format', 'json'], { cwd: here });
    expect(audited.stderr).toBe('');
    expect(audited.code).toBe(0);
    expect(JSON.parse(audited.stdout).inputs).toEqual([{ file: join(here, 'inventory.example.csv'), kind: 'inventory', records: 4 }]);
  });

  it('speaks the language of --lang, else of the locale', async () => {
    const zh = await runCli(['init'], { cwd: tempDir(), env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh).toMatchObject({ code: 0, stdout: '已写入 privaudit.config.yaml\n已写入 inventory.example.csv\n已写入 waivers.example.yaml\n下一步：privaudit audit\n' });
    const en = await runCli(['init', '--lang', 'en'], { cwd: tempDir(), env: { LANG: 'zh_CN.UTF-8' } });
    expect(en.stdout).toBe('wrote privaudit.config.yaml\nwrote inventory.example.csv\nwrote waivers.example.yaml\nnext: privaudit audit\n');
    expect((await runCli(['init', '--lang', 'zh'], { cwd: tempDir() })).stdout).toBe(zh.stdout);
  });

  it('--force overwrites a broken config: init does not read the config it replaces', async () => {
    const here = tempDir();
    writeFileSync(join(here, 'privaudit.config.yaml'), 'lang: [\n');
    expect((await runCli(['init', '--force'], { cwd: here })).code).toBe(0);
  });

  it('twice without --force: exit 2, files untouched; with --force: 0', async () => {
    const here = tempDir();
    await runCli(['init'], { cwd: here });
    writeFileSync(join(here, 'privaudit.config.yaml'), 'failOn: never\n');
    const again = await runCli(['init'], { cwd: here });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exist');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(join(here, 'privaudit.config.yaml'), 'utf8')).toBe('failOn: never\n');
    expect((await runCli(['init', '--force'], { cwd: here })).code).toBe(0);
    expect(readFileSync(join(here, 'privaudit.config.yaml'), 'utf8')).toContain('jdcloud-privacy-2020-07');
  });
});

describe('--version and --help', () => {
  it('--version prints package.json version, exit 0', async () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists every command, exit 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['audit', 'scan', 'policies', 'rules', 'explain', 'init']) expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
  });

  it('audit --help lists the SPEC options', async () => {
    const r = await runCli(['audit', '--help']);
    expect(r.code).toBe(0);
    for (const opt of ['--policy', '--format', '--output', '--fail-on', '--as-of', '--lang', '--config', '--baseline', '--no-color']) expect(r.stdout).toContain(opt);
  });
});

describe('colour', () => {
  const pretty = (env: Record<string, string>, tty: boolean, ...flags: string[]) => runCli(['audit', inv.errors, ...AS_OF, ...flags], { env, stdoutIsTTY: tty });

  it.each([
    ['not a TTY', false, {}, false, []],
    ['not a TTY, FORCE_COLOR=1', true, { FORCE_COLOR: '1' }, false, []],
    ['not a TTY, FORCE_COLOR=0', false, { FORCE_COLOR: '0' }, false, []],
    ['FORCE_COLOR=1 and --no-color', false, { FORCE_COLOR: '1' }, false, ['--no-color']],
    ['a TTY', true, {}, true, []],
    ['a TTY, NO_COLOR=1', false, { NO_COLOR: '1' }, true, []],
    ['a TTY, --no-color', false, {}, true, ['--no-color']],
    ['a TTY, TERM=dumb', false, { TERM: 'dumb' }, true, []],
  ] as const)('%s → colour: %s', async (_name, coloured, env, tty, flags) => {
    const r = await pretty({ ...env }, tty, ...flags);
    expect(r.code).toBe(1);
    expect(ANSI.test(r.stdout)).toBe(coloured);
  });

  it('a report written with -o has no colour even with FORCE_COLOR=1', async () => {
    const out = tempDir();
    const target = join(out, 'report.txt');
    await pretty({ FORCE_COLOR: '1' }, true, '-o', target);
    expect(existsSync(target)).toBe(true);
    expect(ANSI.test(readFileSync(target, 'utf8'))).toBe(false);
  });
});
