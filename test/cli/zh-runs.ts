/**
 * The runs `--lang zh` must print in Chinese: every bad-input case of the end-to-end suite, the output
 * folder refusal, and audits and a scan of the fixtures (notes, warnings, skipped files, summaries).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDER_CASES, FILE_CASES, FLAG_CASES } from '../e2e/bad-input-cases.js';
import { ROWS, runCli, tempDir, writeInventory, type RunResult } from '../e2e/helpers.js';

export interface ZhRun {
  name: string;
  argv: string[];
  /** The exit code the run must end with. */
  code: number;
  env?: Record<string, string>;
  cwd?: string;
}

const AS_OF = ['--as-of', '2026-01-05'];

/** Built in a temp folder (removed by the caller's removeTempDirs). */
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
    { name: 'a pack with two schema problems', argv: ['audit', good, '--policy', write(work, 'pack.yaml', `${readFileSync('fixtures/bad/pack-schema-error.yaml', 'utf8')}colour: blue\n`), '--lang', 'zh'], code: 2 },
  ];
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
