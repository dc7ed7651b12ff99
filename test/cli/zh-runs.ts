/**
 * The runs `--lang zh` must print in Chinese: every bad-input case of the end-to-end suite, the output
 * folder refusal, audits and scans of the fixtures (notes, warnings, skipped files, summaries), and scans
 * of damaged exports (zh-export-runs.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDER_CASES, FILE_CASES, FLAG_CASES } from '../e2e/bad-input-cases.js';
import { ROWS, runCli, tempDir, writeInventory, type RunResult } from '../e2e/helpers.js';
import { exportRuns } from './zh-export-runs.js';

export interface ZhRun {
  name: string;
  argv: string[];
  /** The exit code the run must end with. */
  code: number;
  env?: Record<string, string>;
  cwd?: string;
}

const AS_OF = ['--as-of', '2026-01-05'];

/** Built in a temp folder (removed when the caller's test file ends: test/helpers/temp-folder.ts). */
export function zhRuns(): ZhRun[] {
  const work = tempDir('privaudit-zh-');
  const good = writeInventory(work, 'good.csv', [ROWS.clean]);
  // A case about --lang itself gets Chinese from the locale: a second --lang would replace its value.
  const bad = [...FILE_CASES, ...FLAG_CASES, ...COMMANDER_CASES].map((c): ZhRun => {
    const argv = c.argv(good);
    return argv.includes('--lang') ? { name: `bad input: ${c.name}`, argv, code: 2, env: { LC_ALL: 'zh_CN.UTF-8' } } : { name: `bad input: ${c.name}`, argv: [...argv, '--lang', 'zh'], code: 2 };
  });
  return [
    ...bad,
    { name: 'output folder missing', argv: ['audit', good, '-o', join(work, 'no-such-folder', 'r.json'), '--lang', 'zh'], code: 2 },
    { name: 'audit fixtures/inventory', argv: ['audit', 'fixtures/inventory', '--lang', 'zh', ...AS_OF], code: 1 },
    { name: 'audit fixtures/sdk', argv: ['audit', 'fixtures/sdk', '--lang', 'zh', ...AS_OF], code: 1 },
    { name: 'audit fixtures/cells', argv: ['audit', 'fixtures/cells', '--lang', 'zh', ...AS_OF], code: 1 },
    { name: 'scan fixtures/exports', argv: ['scan', 'fixtures/exports', '--lang', 'zh', ...AS_OF], code: 1 },
    { name: 'audit with -o (summary line)', argv: ['audit', 'fixtures/inventory', '--lang', 'zh', ...AS_OF, '-f', 'json', '-o', join(work, 'r.json')], code: 1 },
    { name: 'baseline written', argv: ['audit', good, '--lang', 'zh', ...AS_OF, '--write-baseline', join(work, 'baseline.json')], code: 0 },
    { name: 'LANG=zh_CN: a bad flag before any config is read', argv: ['audit', good, '--fail-on', 'bogus'], code: 2, env: { LANG: 'zh_CN.UTF-8' } },
    { name: 'LC_ALL=zh_CN: commander', argv: ['audit', good, '--formt', 'json'], code: 2, env: { LC_ALL: 'zh_CN.UTF-8' } },
    { name: 'config lang: zh', argv: ['audit', join(work, 'missing.csv')], code: 2, cwd: configDir('lang: zh\n') },
    { name: '--workers beyond the processors', argv: ['scan', 'fixtures/exports/users.csv', '--workers', '64', '--lang', 'zh', ...AS_OF], code: 1 },
    { name: '--workers not a number', argv: ['scan', 'fixtures/exports/users.csv', '--workers', 'many', '--lang', 'zh'], code: 2 },
    { name: 'a file of no known kind', argv: ['audit', write(work, 'notes.md', 'meeting notes\n'), '--lang', 'zh'], code: 2 },
    { name: 'a YAML system without datasets', argv: ['audit', write(work, 'inv.yaml', 'systems:\n  - name: crm\n'), '--lang', 'zh'], code: 2 },
    ...mergeRuns(work),
    { name: '--shard out of range', argv: ['scan', 'fixtures/exports/users.csv', '--shard', '4/3', '--lang', 'zh'], code: 2 },
    { name: '--shard with a report format', argv: ['scan', 'fixtures/exports/users.csv', '--shard', '1/2', '-f', 'html', '--lang', 'zh'], code: 2 },
    { name: 'a shard written', argv: ['scan', 'fixtures/exports/users.csv', '--shard', '1/1', '-o', join(work, 'part.json'), '--lang', 'zh', ...AS_OF], code: 0 },
    ...exportRuns(work),
    { name: 'policies lint under LANG=zh_CN', argv: ['policies', 'lint', 'jdcloud-privacy-2020-07'], code: 0, env: { LANG: 'zh_CN.UTF-8' } },
    { name: 'policies lint --lang zh', argv: ['policies', 'lint', 'jingkefu-privacy', '--lang', 'zh'], code: 0 },
    { name: 'init under LANG=zh_CN', argv: ['init'], code: 0, env: { LANG: 'zh_CN.UTF-8' }, cwd: tempDir('privaudit-zh-init-') },
    { name: 'a pack with two schema problems', argv: ['audit', good, '--policy', write(work, 'pack.yaml', `${readFileSync('fixtures/bad/pack-schema-error.yaml', 'utf8')}colour: blue\n`), '--lang', 'zh'], code: 2 },
  ];
}

/** privaudit merge refusing parts, in the locale's language (merge takes its --lang from the parts). */
function mergeRuns(work: string): ZhRun[] {
  const part = (name: string, over: Record<string, unknown>) =>
    write(work, name, JSON.stringify({ privauditShard: 1, tool: { name: 'privaudit', version: '0' }, shard: { index: 1, count: 2 }, run: { asOf: '2026-01-05' }, files: ['a.csv'], unitCount: 1, units: [], ...over }));
  const one = part('p1.json', {});
  const zh = { LC_ALL: 'zh_CN.UTF-8' };
  const cases: [string, string[]][] = [
    ['no part of the scan but one', [one]],
    ['a part twice', [one, one]],
    ['parts of other counts', [one, part('p3.json', { shard: { index: 2, count: 3 } })]],
    ['parts of other inputs', [one, part('p2.json', { shard: { index: 2, count: 2 }, files: ['b.csv'] })]],
    ['parts of other options', [one, part('p2b.json', { shard: { index: 2, count: 2 }, run: { asOf: '2026-01-06' } })]],
    ['a finished report', [write(work, 'report.json', '{"schemaVersion": 1}')]],
    ['not a part', [write(work, 'other.json', '{}')]],
    ['broken JSON', [write(work, 'broken.json', '{"privauditShard": 1,')]],
  ];
  return cases.map(([name, files]) => ({ name: `merge: ${name}`, argv: ['merge', ...files], code: 2, env: zh }));
}

function write(dir: string, name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

function configDir(config: string): string {
  const dir = tempDir('privaudit-zh-config-');
  writeInventory(dir, 'unused.csv', [ROWS.clean]);
  writeFileSync(join(dir, 'privaudit.config.yaml'), config);
  return dir;
}

export function runZh(run: ZhRun): Promise<RunResult> {
  return runCli(run.argv, { env: run.env, cwd: run.cwd });
}
