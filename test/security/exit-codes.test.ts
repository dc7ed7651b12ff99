/**
 * Exit codes as SPEC.md says, on every path of audit and scan: 0 nothing at or above --fail-on, 1 something,
 * 2 the run could not be done (bad flags, bad files, internal errors). An internal error is one line plus a
 * hint to rerun with --debug; --debug shows the stack; neither shows an identifier the error happened to carry.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RULES } from '../../src/check/registry.js';
import { FORMATTERS } from '../../src/report/formatters/index.js';
import { listDir, ROWS, runCli, STACK_FRAME, tempDir, writeInventory } from '../e2e/helpers.js';

const AS_OF = ['--as-of', '2026-11-23'];
type Level = 'none' | 'info' | 'warning' | 'error';
type FailOn = 'error' | 'warning' | 'info' | 'never';

let dir: string;
/** Inputs whose only finding is one rule, whose severity a config sets (or turns off). */
const inputs = { audit: '', scan: '' };
const ONLY_RULE = { audit: 'retention-missing', scan: 'undeclared-category' } as const;

beforeAll(() => {
  dir = tempDir('privaudit-exit-');
  // retention-missing (a warning by default) and nothing else.
  inputs.audit = writeInventory(dir, 'inventory.csv', [ROWS.warningOnly]);
  // An IMEI column: undeclared-category under the default pack, and nothing else.
  inputs.scan = join(dir, 'devices.csv');
  writeFileSync(inputs.scan, 'imei\n490154203237518\n356938035643809\n861382054417704\n');
  for (const command of ['audit', 'scan'] as const) {
    for (const level of ['none', 'info', 'warning', 'error'] as const) {
      writeFileSync(join(dir, `${command}-${level}.yaml`), `rules:\n  ${ONLY_RULE[command]}: ${level === 'none' ? 'off' : level}\n`);
    }
  }
});
afterEach(() => vi.restoreAllMocks());

const RANK = { info: 1, warning: 2, error: 3 } as const;
function expectedCode(level: Level, failOn: FailOn): number {
  return level !== 'none' && failOn !== 'never' && RANK[level] >= RANK[failOn] ? 1 : 0;
}

const matrix = (['audit', 'scan'] as const).flatMap((command) =>
  (['none', 'info', 'warning', 'error'] as const).flatMap((level) => (['error', 'warning', 'info', 'never'] as const).map((failOn) => ({ command, level, failOn, code: expectedCode(level, failOn) }))),
);

describe('findings × --fail-on', () => {
  it.each(matrix)('$command, highest finding $level, --fail-on $failOn → exit $code', async ({ command, level, failOn, code }) => {
    const r = await runCli([command, inputs[command], ...AS_OF, '-c', join(dir, `${command}-${level}.yaml`), '--fail-on', failOn, '-f', 'json']);
    expect(r.stderr).toBe('');
    const findings = JSON.parse(r.stdout).findings as { ruleId: string; severity: string }[];
    expect(findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(level === 'none' ? [] : [`${ONLY_RULE[command]}:${level}`]);
    expect(r.code).toBe(code);
  });

  it.each(['audit', 'scan'] as const)('%s: the default --fail-on is error; a config failOn applies; -o and a baseline keep the rule', async (command) => {
    expect((await runCli([command, inputs[command], ...AS_OF, '-c', join(dir, `${command}-warning.yaml`)])).code).toBe(0);
    expect((await runCli([command, inputs[command], ...AS_OF, '-c', join(dir, `${command}-error.yaml`)])).code).toBe(1);
    const strict = join(dir, `${command}-strict.yaml`);
    writeFileSync(strict, `failOn: info\nrules:\n  ${ONLY_RULE[command]}: info\n`);
    expect((await runCli([command, inputs[command], ...AS_OF, '-c', strict])).code).toBe(1);
    // --fail-on on the command line wins over the config.
    expect((await runCli([command, inputs[command], ...AS_OF, '-c', strict, '--fail-on', 'warning'])).code).toBe(0);
    // Written to a file: the same code, the summary on stdout.
    const out = tempDir('privaudit-exit-out-');
    const toFile = await runCli([command, inputs[command], ...AS_OF, '-c', join(dir, `${command}-error.yaml`), '-o', join(out, 'r.sarif'), '-f', 'sarif']);
    expect(toFile.code).toBe(1);
    expect(toFile.stdout).toMatch(/^✖ 1 finding .*→ .*r\.sarif\n$/);
    // Every finding in the baseline: suppressed, so exit 0 even at --fail-on info.
    const baseline = join(out, 'baseline.json');
    expect((await runCli([command, inputs[command], ...AS_OF, '-c', join(dir, `${command}-error.yaml`), '--write-baseline', baseline])).code).toBe(1);
    const suppressed = await runCli([command, inputs[command], ...AS_OF, '-c', join(dir, `${command}-error.yaml`), '--baseline', baseline, '--fail-on', 'info', '-f', 'json']);
    expect(JSON.parse(suppressed.stdout).summary).toMatchObject({ error: 0, suppressed: 1 });
    expect(suppressed.code).toBe(0);
  });
});

describe('bad arguments → 2, before any report is written', () => {
  const BAD_FLAGS: [string, string[], RegExp][] = [
    ['unknown option', ['--bogus'], /error: unknown option '--bogus'/],
    ['unknown format', ['-f', 'xml'], /argument 'xml' is invalid/],
    ['-o without a file', ['-o'], /argument missing/],
    ['unknown --fail-on level', ['--fail-on', 'sometimes'], /--fail-on: 'sometimes' is not one of/],
    ['impossible --as-of date', ['--as-of', '2026-02-30'], /--as-of: '2026-02-30' is not a calendar date/],
    ['unknown --lang', ['--lang', 'fr'], /--lang: 'fr'/],
    ['unknown policy pack', ['-p', 'no-such-pack'], /unknown policy pack 'no-such-pack'/],
    ['missing config file', ['-c', 'no-such-config.yaml'], /no-such-config\.yaml/],
    ['output folder that does not exist', ['-o', 'no/such/folder/report.json'], /the output folder 'no\/such\/folder' does not exist/],
    ['missing baseline file', ['--baseline', 'no-such-baseline.json'], /baseline file not found/],
  ];

  it.each((['audit', 'scan'] as const).flatMap((command) => BAD_FLAGS.map(([name, flags, message]) => ({ command, name, flags, message }))))(
    '$command: $name',
    async ({ command, flags, message }) => {
      const before = listDir(dir);
      const r = await runCli([command, inputs[command], ...AS_OF, ...flags]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(listDir(dir)).toEqual(before);
    },
  );

  it.each([
    ['scan --workers 0', ['scan', 'x.csv', '--workers', '0'], /--workers: '0' is not a positive whole number/],
    ['scan --sample -1', ['scan', 'x.csv', '--sample', '-1'], /--sample/],
    ['audit --kind table', ['audit', 'x.csv', '--kind', 'table'], /option '--kind <inventory\|sdk>' argument 'table' is invalid\. Allowed choices are inventory, sdk\./],
    ['audit --platform symbian', ['audit', 'x.csv', '--platform', 'symbian'], /--platform: 'symbian' is not a platform/],
    ['unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
    ['explain an unknown rule', ['explain', 'no-such-rule'], /unknown rule 'no-such-rule'/],
    ['policies show an unknown pack', ['policies', 'show', 'no-such-pack'], /unknown policy pack 'no-such-pack'/],
  ])('%s', async (_name, argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('--help and --version exit 0', async () => {
    expect((await runCli(['--help'])).code).toBe(0);
    expect((await runCli(['scan', '--help'])).code).toBe(0);
    expect((await runCli(['policies', '--help'])).code).toBe(0);
    expect((await runCli(['help'])).code).toBe(0);
    expect((await runCli(['help', 'policies'])).code).toBe(0);
    expect((await runCli(['--version'])).code).toBe(0);
  });

  it.each([
    ['no command', [], /Usage: privaudit \[options\] \[command\]/],
    ['policies without its command', ['policies'], /Usage: privaudit policies \[options\] \[command\]/],
  ])('%s: exit 2, the help on stderr (an empty $ARGS in CI must not pass)', async (_name, argv, usage) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(usage);
    expect(r.stdout).toBe('');
  });
});

describe('bad files → 2, naming the file', () => {
  it.each([
    ['audit', 'a missing file', ['audit', 'fixtures/bad/does-not-exist.csv'], /fixtures\/bad\/does-not-exist\.csv: file not found/],
    ['audit', 'a malformed CSV', ['audit', 'fixtures/bad/unterminated-quote.csv'], /unterminated-quote\.csv:3: unterminated quoted field/],
    ['audit', 'an empty file', ['audit', 'fixtures/bad/empty.csv'], /empty\.csv:1: no records/],
    ['audit', 'a YAML alias bomb', ['audit', 'fixtures/bad/alias-bomb.yaml'], /alias-bomb\.yaml:\d+:\d+: too many YAML aliases/],
    ['scan', 'a missing file', ['scan', 'fixtures/exports/does-not-exist.csv'], /does-not-exist\.csv: file not found/],
    ['scan', 'a folder without exports', ['scan', 'fixtures/packs'], /fixtures\/packs: no exported tables in this folder/],
    ['scan', 'a binary file', ['scan', 'fixtures/exports/bad/binary.csv'], /binary\.csv/],
    ['scan', 'an empty file', ['scan', 'fixtures/exports/bad/empty.csv'], /empty\.csv/],
    ['scan', 'a header without records', ['scan', 'fixtures/exports/bad/header-only.csv'], /header-only\.csv:1: no records/],
    ['scan', 'an unterminated quote', ['scan', 'fixtures/exports/bad/unterminated.csv'], /unterminated\.csv:\d+: unterminated quoted field/],
    ['scan', 'a mapping naming a missing column', ['scan', 'fixtures/exports/users.csv', '--mapping', 'fixtures/exports/bad/missing-column.mapping.yaml'], /missing-column\.mapping\.yaml:3: column 'cell_phone' is not in users\.csv/],
  ])('%s: %s', async (_command, _name, argv, message) => {
    const r = await runCli([...argv, ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^privaudit: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('audit: a folder without declarations', async () => {
    const notes = tempDir('privaudit-exit-notes-');
    writeFileSync(join(notes, 'README.md'), '# nothing to audit here\n');
    const r = await runCli(['audit', notes, ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no inventory or SDK list found/);
  });

  it('a good file and a bad one: 2, not the good file\'s 1 (the run could not be done)', async () => {
    const r = await runCli(['audit', inputs.audit, 'fixtures/bad/ragged-row.csv', ...AS_OF, '--fail-on', 'info']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});

describe('internal errors → 2, one line and a hint; --debug shows the stack', () => {
  /** An internal error that happens to carry a resident ID and a second line (as library messages do). */
  const BUG = () => new TypeError('cannot read value 110101199003071233 of row\n    at the second line of the message');

  async function expectInternalError(argv: string[]): Promise<void> {
    const plain = await runCli(argv);
    expect(plain.code).toBe(2);
    expect(plain.stdout).toBe('');
    expect(plain.stderr).toBe('privaudit: internal error: cannot read value 110101********1233 of row\n  rerun with --debug for details, and report it\n');

    const debug = await runCli([...argv, '--debug']);
    expect(debug.code).toBe(2);
    const [first, ...frames] = debug.stderr.trimEnd().split('\n');
    expect(first).toBe('privaudit: internal error: cannot read value 110101********1233 of row');
    expect(frames.length).toBeGreaterThan(2);
    for (const frame of frames) expect(frame).toMatch(/^\s+at\s/);
    expect(debug.stderr).toMatch(/exit-codes\.test\.ts/);
    expect(debug.stderr).not.toContain('110101199003071233');
  }

  it.each(['audit', 'scan'] as const)('%s: a formatter that throws', async (command) => {
    vi.spyOn(FORMATTERS, 'sarif').mockImplementation(() => {
      throw BUG();
    });
    await expectInternalError([command, inputs[command], ...AS_OF, '-f', 'sarif']);
  });

  it.each(['audit', 'scan'] as const)('%s: a rule that throws', async (command) => {
    const rule = RULES.find((r) => r.meta.id === ONLY_RULE[command])!;
    vi.spyOn(rule, 'check').mockImplementation(() => {
      throw BUG();
    });
    await expectInternalError([command, inputs[command], ...AS_OF]);
  });

  it('a rule that throws a non-Error value', async () => {
    // A rule the audit of an inventory runs (the registry's first may read only exports).
    const inventoryRule = RULES.find((r) => r.meta.appliesTo.includes('inventory'))!;
    vi.spyOn(inventoryRule, 'check').mockImplementation(() => {
      throw 'plain string 13812345678';
    });
    const r = await runCli(['audit', inputs.audit, ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('privaudit: internal error: plain string 138****5678\n  rerun with --debug for details, and report it\n');
  });

  it('an input error is not an internal error: no hint to report it; --debug adds the stack', async () => {
    const argv = ['audit', 'fixtures/bad/ragged-row.csv', ...AS_OF];
    const plain = await runCli(argv);
    expect(plain.code).toBe(2);
    expect(plain.stderr).not.toMatch(/internal error|rerun with --debug/);
    expect(plain.stderr).not.toMatch(STACK_FRAME);
    const debug = await runCli([...argv, '--debug']);
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(STACK_FRAME);
  });
});
