/**
 * Bad input, end to end (issue 2 "Bad input"): every case exits 2, names the file, line and
 * column where known, says what would fix it, prints no stack trace, and leaves no report behind.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD, COMMANDER_CASES, FILE_CASES, FLAG_CASES, type Case } from './bad-input-cases.js';
import { listDir, ROWS, runCli, sha256, STACK_FRAME, tempDir, writeInventory } from './helpers.js';

let work: string;
let good: string;

beforeAll(async () => {
  work = tempDir();
  good = writeInventory(work, 'good.csv', [ROWS.clean]);
  await runCli(['audit', good, '--as-of', '2026-01-05']); // warm up: load taxonomy and packs once, so timings below measure the case
});

/** Run a case with `-o` into a fresh folder; return the result and what the folder holds afterwards. */
async function runWithOutput(c: Case) {
  const outDir = tempDir();
  const r = await runCli([...c.argv(good), '-o', join(outDir, 'report.json')]);
  return { ...r, left: listDir(outDir) };
}

describe.each([
  ['input files', FILE_CASES, 'privaudit: '],
  ['flag values', FLAG_CASES, 'privaudit: '],
  ['commander', COMMANDER_CASES, 'error: '],
])('bad %s exit 2 with a located message and its fix', (_group, cases, prefix) => {
  it.each(cases)('$name', async (c) => {
    const r = await runWithOutput(c);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const head = c.where ? `${prefix}${c.where}: ` : prefix;
    expect(r.stderr.startsWith(head), `stderr should start with "${head}":\n${r.stderr}`).toBe(true);
    if (typeof c.message === 'string') expect(r.stderr).toContain(c.message);
    else expect(r.stderr).toMatch(c.message);
    if (typeof c.fix === 'string') expect(r.stderr).toContain(c.fix);
    else expect(r.stderr).toMatch(c.fix);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.left).toEqual([]);
  });
});

describe('alias bombs are refused fast', () => {
  it.each([
    ['inventory', `${BAD}/alias-bomb.yaml`],
    ['policy pack', `${BAD}/pack-alias-bomb.yaml`],
  ])('%s: < 2 s', async (kind, file) => {
    const argv = kind === 'inventory' ? ['audit', file] : ['audit', good, '--policy', file];
    const start = performance.now();
    const r = await runCli(argv);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(r.code).toBe(2);
  });
});

describe('output folder', () => {
  it('an output path in a folder that does not exist: exit 2 before any work, nothing created', async () => {
    const outDir = tempDir();
    const target = join(outDir, 'no-such-folder', 'report.json');
    const r = await runCli(['audit', good, '-o', target]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`privaudit: ${target}: the output folder '${join(outDir, 'no-such-folder')}' does not exist\n  hint: create the folder first, or write to an existing one\n`);
    expect(listDir(outDir)).toEqual([]);
  });
});

describe('input files are read, never written', () => {
  it('every fixtures/bad file is byte-for-byte unchanged after every bad-input case ran', async () => {
    const files = readdirSync(BAD).map((name) => join(BAD, name));
    const before = new Map(files.map((f) => [f, sha256(f)]));
    for (const c of [...FILE_CASES, ...FLAG_CASES]) await runWithOutput(c);
    expect(new Map(files.map((f) => [f, sha256(f)]))).toEqual(before);
    expect(readdirSync(BAD).sort()).toEqual(files.map((f) => f.slice(BAD.length + 1)).sort());
  });
});
