/**
 * Same inputs, same bytes: every format twice, the second time with the clock moved (no timestamps) and
 * from another working folder; the inputs named in another order (stable sort); baselines; and a scan
 * split across two worker threads against one thread.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/formatters/index.js';
import { WorkerPool } from '../../src/scan/pool.js';
import { MIN_SPLIT_BYTES } from '../../src/scan/split.js';
import { REPO_ROOT, runCli, tempDir } from '../e2e/helpers.js';

const AS_OF = ['--as-of', '2026-11-23'];
/** Declarations and exports with findings of every severity, a baseline-able set, Chinese text and GBK. */
const AUDIT = ['audit', 'fixtures/inventory', 'fixtures/sdk', 'fixtures/leak/inventory', 'fixtures/leak/sdk', ...AS_OF];
const SCAN = ['scan', 'fixtures/exports', 'fixtures/leak/exports', '-p', 'fixtures/leak/declares-little.yaml', ...AS_OF];

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** An ISO timestamp or a time of day: a report may carry --as-of, never the clock. */
const CLOCK = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\b\d{2}:\d{2}:\d{2}\b/;

/** The fixtures copied under a fresh folder elsewhere: the same relative paths from another working folder. */
let elsewhere: string;
const home = process.cwd();
beforeAll(() => {
  elsewhere = tempDir('privaudit-cwd-');
  for (const sub of ['inventory', 'sdk', 'exports', 'leak']) cpSync(join(REPO_ROOT, 'fixtures', sub), join(elsewhere, 'fixtures', sub), { recursive: true });
});

async function runElsewhere(argv: string[]) {
  process.chdir(elsewhere);
  try {
    return await runCli(argv, { cwd: elsewhere });
  } finally {
    process.chdir(home);
  }
}

describe.each(['audit', 'scan'] as const)('%s', (command) => {
  const argv = command === 'audit' ? AUDIT : SCAN;

  it.each(FORMAT_NAMES)('%s: byte-identical twice (the second time with the clock a year later) and from another working folder', async (format) => {
    const first = await runCli([...argv, '-f', format]);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-12-31T23:59:58Z'));
    const later = await runCli([...argv, '-f', format]);
    vi.useRealTimers();
    const moved = await runElsewhere([...argv, '-f', format]);
    expect(first.code).toBe(1);
    expect(first.stdout.length).toBeGreaterThan(500);
    expect(later.stdout).toBe(first.stdout);
    expect(later.stderr).toBe(first.stderr);
    expect(moved.stdout).toBe(first.stdout);
    expect(first.stdout).not.toMatch(CLOCK);
    expect(first.stdout).not.toContain(REPO_ROOT);
  });

  it('the inputs named in another order give the same report (sorted inputs and findings)', async () => {
    const forward = await runCli([...argv, '-f', 'json']);
    const [cmd, a, b, c, d, ...rest] = argv;
    const shuffled = command === 'audit' ? [cmd!, d!, b!, c!, a!, ...rest] : [cmd!, b!, a!, c!, d!, ...rest];
    const backward = await runCli([...shuffled, '-f', 'json']);
    expect(JSON.parse(forward.stdout).findings.length).toBeGreaterThan(10);
    expect(backward.stdout).toBe(forward.stdout);
  });

  it('the baseline written twice is the same file', async () => {
    const dir = tempDir('privaudit-determinism-');
    await runCli([...argv, '-f', 'json', '--write-baseline', join(dir, 'one.json')]);
    await runCli([...argv, '-f', 'json', '--write-baseline', join(dir, 'two.json')]);
    const one = readFileSync(join(dir, 'one.json'), 'utf8');
    expect(JSON.parse(one).entries.length).toBeGreaterThan(10);
    expect(readFileSync(join(dir, 'two.json'), 'utf8')).toBe(one);
  });
});

describe('scan workers', () => {
  let dir: string;
  let big: string;

  /**
   * Deterministic records just over the split threshold: plaintext and masked identifiers, cancelled
   * accounts, and a long catalogue path (not personal information) so the file is big but quick to tally.
   */
  function writeBigExport(): void {
    const lines = ['user_id,mobile,id_card,status,cancelled_at,catalogue_path'];
    const path = Array.from({ length: 24 }, (_, k) => `category-${k}`).join('/');
    let size = 0;
    for (let i = 1; size < MIN_SPLIT_BYTES + 256 * 1024; i++) {
      const mobile = i % 7 === 0 ? `138****${String(i % 10000).padStart(4, '0')}` : `138${String(10000000 + i).slice(-8)}`;
      const id = i % 5 === 0 ? '110101********123X' : i % 3 === 0 ? '110101199003071233' : '11010519491231002X';
      const cancelled = i % 11 === 0;
      const line = `${i},${mobile},${id},${cancelled ? '已注销' : '正常'},${cancelled ? `2020-01-0${(i % 9) + 1}` : ''},${path}/${i % 97}`;
      lines.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    writeFileSync(big, lines.join('\n') + '\n');
  }

  beforeAll(() => {
    dir = tempDir('privaudit-workers-');
    mkdirSync(join(dir, 'exports'));
    big = join(dir, 'exports', 'users.csv');
    writeBigExport();
  });

  it('--workers 1 and --workers 2 give byte-identical JSON (and the file really is split)', async () => {
    const argv = ['scan', big, '-f', 'json', '-p', 'fixtures/leak/declares-little.yaml', ...AS_OF];
    const one = await runCli([...argv, '--workers', '1']);
    const start = vi.spyOn(WorkerPool, 'start');
    const two = await runCli([...argv, '--workers', '2']);
    // The main thread scans one range itself; the pool adds the other worker.
    expect(start).toHaveBeenCalledWith(1);
    expect(start.mock.results[0]!.value).not.toBeNull();
    expect(one.code).toBe(1);
    const report = JSON.parse(one.stdout);
    expect(report.inputs[0].records).toBeGreaterThan(40_000);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('undeclared-category');
    expect(two.stdout).toBe(one.stdout);
    // On a one-processor machine --workers 2 also says it is more than the processors.
    expect(two.stderr.replace(/^privaudit: --workers 2 is more than .*\n/m, '')).toBe(one.stderr);
  }, 120_000);
});
