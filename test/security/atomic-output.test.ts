/**
 * Output is written whole or not at all, and inputs are never touched.
 *
 * - The real executable (bin/privaudit.js over dist/, built here unless dist is fresh) is interrupted by
 *   SIGINT or SIGTERM mid-scan, and killed (SIGKILL) halfway through writing the report: the previous report
 *   is intact, byte for byte; no temp file is left (SIGKILL cannot be caught: its temp file may stay, the
 *   report itself is never truncated).
 * - A run that fails (exit 2) or crashes while writing leaves the previous -o file untouched.
 * - Input files are opened read-only (every open is traced in-process) and are unchanged afterwards:
 *   same bytes, mode and modification time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MIN_SPLIT_BYTES } from '../../src/scan/split.js';
import { listDir, REPO_ROOT, runCli, sha256, STACK_FRAME, tempDir } from '../e2e/helpers.js';

/** Every open of a file, with its flags, and a switch that makes the next big write crash halfway. */
const trace = vi.hoisted(() => ({ opens: [] as { path: string; flags: string }[], crashBigWrite: false }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  type Fs = typeof import('node:fs');
  const note = (path: unknown, flags: unknown) => trace.opens.push({ path: String(path), flags: String(flags ?? 'r') });
  const openSync = ((path: Parameters<Fs['openSync']>[0], flags?: Parameters<Fs['openSync']>[1], mode?: Parameters<Fs['openSync']>[2]) => {
    note(path, flags);
    return real.openSync(path, flags as never, mode);
  }) as Fs['openSync'];
  const readFileSync = ((path: Parameters<Fs['readFileSync']>[0], options?: unknown) => {
    note(path, (options as { flag?: string } | undefined)?.flag);
    return real.readFileSync(path, options as never);
  }) as Fs['readFileSync'];
  const createReadStream = ((path: Parameters<Fs['createReadStream']>[0], options?: unknown) => {
    note(path, (options as { flags?: string } | undefined)?.flags);
    return real.createReadStream(path, options as never);
  }) as Fs['createReadStream'];
  const writeFileSync = ((path: Parameters<Fs['writeFileSync']>[0], data: never, options?: never) => {
    note(path, 'w');
    return real.writeFileSync(path, data, options);
  }) as Fs['writeFileSync'];
  const writeSync = ((fd: number, data: unknown, ...rest: unknown[]) => {
    if (trace.crashBigWrite && typeof data === 'string' && data.length > 1000) {
      real.writeSync(fd, data.slice(0, data.length >> 1));
      throw Object.assign(new Error('EIO: i/o error, write (simulated)'), { code: 'EIO' });
    }
    return (real.writeSync as (...a: unknown[]) => number)(fd, data, ...rest);
  }) as Fs['writeSync'];
  const patched = { openSync, readFileSync, createReadStream, writeFileSync, writeSync };
  return { ...real, ...patched, default: { ...real, ...patched } };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open = ((path: Parameters<typeof real.open>[0], flags?: string | number, mode?: number) => {
    trace.opens.push({ path: String(path), flags: String(flags ?? 'r') });
    return real.open(path, flags, mode);
  }) as typeof real.open;
  const readFile = ((path: Parameters<typeof real.readFile>[0], options?: never) => {
    trace.opens.push({ path: String(path), flags: String((options as { flag?: string } | undefined)?.flag ?? 'r') });
    return real.readFile(path, options);
  }) as typeof real.readFile;
  return { ...real, open, readFile, default: { ...real, open, readFile } };
});

const AS_OF = ['--as-of', '2026-11-23'];
const TEMP_FILE = /\.privaudit-tmp-/;

afterEach(() => {
  trace.crashBigWrite = false;
});

interface Snapshot {
  hash: string;
  mode: number;
  mtimeMs: number;
  size: number;
}

/** Bytes, mode and modification time of every file under the given paths. */
function snapshot(paths: string[]): Map<string, Snapshot> {
  const out = new Map<string, Snapshot>();
  const visit = (p: string) => {
    const st = statSync(p);
    if (st.isDirectory()) return readdirSync(p).forEach((name) => visit(join(p, name)));
    out.set(p, { hash: sha256(p), mode: st.mode, mtimeMs: st.mtimeMs, size: st.size });
  };
  paths.forEach(visit);
  return out;
}

/** Everything left in a folder tree, to prove no temp file stayed behind. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('in-process: inputs are opened read-only and never change', () => {
  const INPUTS = ['fixtures/inventory', 'fixtures/sdk', 'fixtures/exports', 'fixtures/leak/exports'];

  it('audit and scan open every input read-only and write only in the output folder', async () => {
    const before = snapshot(INPUTS);
    const out = tempDir('privaudit-atomic-');
    trace.opens.length = 0;
    const audit = await runCli(['audit', 'fixtures/inventory', 'fixtures/sdk', ...AS_OF, '-f', 'json', '-o', join(out, 'audit.json'), '--write-baseline', join(out, 'audit-baseline.json')]);
    const scan = await runCli(['scan', 'fixtures/exports', 'fixtures/leak/exports', ...AS_OF, '-f', 'sarif', '-o', join(out, 'scan.sarif'), '--write-baseline', join(out, 'scan-baseline.json')]);
    expect([audit.code, scan.code]).toEqual([1, 1]);
    expect(listDir(out)).toEqual(['audit-baseline.json', 'audit.json', 'scan-baseline.json', 'scan.sarif']);

    const inputFiles = new Set([...before.keys()].map((p) => resolve(p)));
    const opened = trace.opens.filter((o) => inputFiles.has(resolve(o.path)));
    // Every input file read, each only with read flags.
    expect(new Set(opened.map((o) => resolve(o.path))).size).toBeGreaterThan(10);
    expect(opened.filter((o) => o.flags !== 'r' && o.flags !== '0')).toEqual([]);
    const writes = trace.opens.filter((o) => o.flags !== 'r' && o.flags !== '0');
    expect(writes.length).toBeGreaterThanOrEqual(4);
    for (const w of writes) expect(relative(out, resolve(w.path))).toMatch(/^\.[\w.-]+\.privaudit-tmp-\d+$/);
    expect(snapshot(INPUTS)).toEqual(before);
  });
});

describe('in-process: a failed or crashed run leaves the previous report untouched', () => {
  const previous = '{"previous": "report"}\n';

  function outputWithPrevious(): { dir: string; target: string } {
    const dir = tempDir('privaudit-atomic-');
    const target = join(dir, 'report.json');
    writeFileSync(target, previous);
    return { dir, target };
  }

  it.each([
    ['audit of a malformed file', ['audit', 'fixtures/bad/unterminated-quote.csv']],
    ['audit with a bad flag value', ['audit', 'fixtures/inventory', '--fail-on', 'sometimes']],
    ['audit with an unknown pack', ['audit', 'fixtures/inventory', '-p', 'no-such-pack']],
    ['scan of a binary file', ['scan', 'fixtures/exports/bad/binary.csv']],
    ['scan of a table with a header and no records', ['scan', 'fixtures/exports/bad/header-only.csv']],
    ['scan with a mapping naming a missing column', ['scan', 'fixtures/exports/users.csv', '--mapping', 'fixtures/exports/bad/missing-column.mapping.yaml']],
  ])('%s: exit 2, the previous -o file is the same bytes, nothing else left', async (_name, argv) => {
    const { dir, target } = outputWithPrevious();
    const r = await runCli([...argv, ...AS_OF, '-f', 'json', '-o', target, '--write-baseline', join(dir, 'baseline.json')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(previous);
    expect(listDir(dir)).toEqual(['report.json']);
  });

  it('a write that fails halfway (disk error): exit 2 with a one-line internal error, the previous report intact, no temp file', async () => {
    const { dir, target } = outputWithPrevious();
    trace.crashBigWrite = true;
    const r = await runCli(['scan', 'fixtures/leak/exports', ...AS_OF, '-f', 'html', '-o', target]);
    expect(r.code).toBe(2);
    // -f html into report.json: the format/extension warning comes first.
    expect(r.stderr).toMatch(/^(?:privaudit: warning: --format html does not match[^\n]*\n)?privaudit: internal error: EIO: i\/o error, write \(simulated\)\n {2}rerun with --debug/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(readFileSync(target, 'utf8')).toBe(previous);
    expect(listDir(dir)).toEqual(['report.json']);
  });
});

// --- The real executable --------------------------------------------------------------------------

const BIN = join(REPO_ROOT, 'bin', 'privaudit.js');
const DIST = join(REPO_ROOT, 'dist');

/** Every src/**.ts has its dist/**.js, and the bundle bin/ runs (dist/bundle/), at least as new. */
function distIsFresh(): boolean {
  const src = join(REPO_ROOT, 'src');
  const bundle = join(DIST, 'bundle', 'main.js');
  if (!existsSync(bundle)) return false;
  for (const rel of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
    if (!rel.endsWith('.ts') || rel.endsWith('.d.ts')) continue;
    const built = join(DIST, rel.replace(/\.ts$/, '.js'));
    const edited = statSync(join(src, rel)).mtimeMs;
    if (!existsSync(built) || statSync(built).mtimeMs < edited || statSync(bundle).mtimeMs < edited) return false;
  }
  return true;
}

function ensureBuilt(): void {
  if (distIsFresh()) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
  // tsc emits even when a file elsewhere has a type error; what matters here is an up-to-date dist/.
  if (!distIsFresh()) throw new Error(`npm run build did not refresh dist/ (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** True once the process holds a file open whose path contains `part` (Linux: /proc/<pid>/fd). */
function holdsOpen(pid: number, part: string): boolean {
  const fds = `/proc/${pid}/fd`;
  try {
    return readdirSync(fds).some((fd) => {
      try {
        return readlinkSync(join(fds, fd)).includes(part);
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

/**
 * Run the executable. With `interrupt`, the signal is sent once the process is reading its input (so its
 * handlers are installed and the scan is under way), or after `afterMs` where /proc cannot tell.
 */
function runBinary(argv: string[], opts: { cwd: string; interrupt?: NodeJS.Signals; reading?: string; afterMs?: number; nodeArgs?: string[]; closeStdout?: boolean }): Promise<Exit> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...argv], { cwd: opts.cwd, env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    // A reader that stops at once, as `| head` does.
    if (opts.closeStdout) child.stdout.destroy();
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const started = Date.now();
    const poll = opts.interrupt
      ? setInterval(() => {
          const ready = existsSync('/proc/self/fd') ? holdsOpen(child.pid!, opts.reading ?? '') : Date.now() - started > (opts.afterMs ?? 1500);
          if (!ready) return;
          clearInterval(poll);
          child.kill(opts.interrupt);
        }, 10)
      : undefined;
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      done({ code, signal, stdout, stderr });
    });
  });
}

/**
 * exports/: five copies of about 8 MiB of records with identifiers in several columns (a few seconds'
 * scan); big/users.csv: two of them in one file, over the size at which --workers splits a file.
 */
function writeExports(dir: string): void {
  const lines = ['user_id,name,mobile,id_card,email,status,cancelled_at,remark'];
  for (let i = 1, size = 0; size < 8.5 * 1024 * 1024; i++) {
    const line = `${i},张${i % 50},138${String(10000000 + i).slice(-8)},${i % 3 === 0 ? '110101199003071233' : '11010519491231002X'},user${i}@example.com,${i % 11 === 0 ? '已注销' : '正常'},${i % 11 === 0 ? '2020-01-02' : ''},${i % 13 === 0 ? `来电 139${String(10000000 + i).slice(-8)} 要求回访` : '正常客户'}`;
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  const text = lines.join('\n') + '\n';
  mkdirSync(join(dir, 'exports'));
  writeFileSync(join(dir, 'exports', 'part-1.csv'), text);
  for (let k = 2; k <= 5; k++) copyFileSync(join(dir, 'exports', 'part-1.csv'), join(dir, 'exports', `part-${k}.csv`));
  mkdirSync(join(dir, 'big'));
  writeFileSync(join(dir, 'big', 'users.csv'), text + text.slice(text.indexOf('\n') + 1));
  expect(statSync(join(dir, 'big', 'users.csv')).size).toBeGreaterThan(MIN_SPLIT_BYTES);
}

describe('the executable (bin/privaudit.js)', () => {
  let dir: string;
  let previous: string;
  const target = () => join(dir, 'out', 'report.json');

  beforeAll(async () => {
    ensureBuilt();
    dir = tempDir('privaudit-atomic-bin-');
    writeExports(dir);
    mkdirSync(join(dir, 'out'));
    // The previous report: a complete one, from a small scan.
    writeFileSync(join(dir, 'small.csv'), 'user_id,mobile\n1,13812345678\n2,13912345678\n');
    const first = await runBinary(['scan', 'small.csv', ...AS_OF, '-f', 'json', '-o', 'out/report.json', '--fail-on', 'never'], { cwd: dir });
    expect(first.code).toBe(0);
    previous = readFileSync(target(), 'utf8');
    expect(JSON.parse(previous).inputs[0].file).toBe('small.csv');
  }, 300_000);

  it.each([
    ['SIGINT', 130, 'exports', 1],
    ['SIGTERM', 143, 'big', 2],
  ] as const)('%s mid-scan: exit %i, the previous report intact, no temp file, inputs unchanged (%s/, --workers %i)', async (signal, code, input, workers) => {
    const before = snapshot([join(dir, input)]);
    const r = await runBinary(['scan', input, ...AS_OF, '-f', 'json', '-o', 'out/report.json', '--workers', String(workers)], { cwd: dir, interrupt: signal, reading: `/${input}/` });
    expect({ code: r.code, signal: r.signal }).toEqual({ code, signal: null });
    expect(r.stdout).toBe('');
    expect(readFileSync(target(), 'utf8')).toBe(previous);
    expect(allFiles(join(dir, 'out'))).toEqual(['report.json']);
    expect(allFiles(dir).filter((f) => TEMP_FILE.test(f))).toEqual([]);
    expect(snapshot([join(dir, input)])).toEqual(before);
  }, 60_000);

  it('killed (SIGKILL) halfway through writing: the report is the previous one, never a truncated one', async () => {
    // Preloaded into the executable: the first large write stops halfway and the process is killed on the spot.
    const crash = join(dir, 'crash-mid-write.mjs');
    writeFileSync(
      crash,
      [
        "import fs from 'node:fs';",
        "import { syncBuiltinESMExports } from 'node:module';",
        'const write = fs.writeSync;',
        'fs.writeSync = (fd, data, ...rest) => {',
        "  if (typeof data === 'string' && data.length > 1000) { write(fd, data.slice(0, data.length >> 1)); fs.fsyncSync(fd); process.kill(process.pid, 'SIGKILL'); }",
        '  return write(fd, data, ...rest);',
        '};',
        'syncBuiltinESMExports();',
      ].join('\n'),
    );
    mkdirSync(join(dir, 'out-kill'));
    writeFileSync(join(dir, 'out-kill', 'report.json'), previous);
    const r = await runBinary(['scan', 'small.csv', ...AS_OF, '-f', 'html', '-o', 'out-kill/report.json'], { cwd: dir, nodeArgs: ['--import', `file://${crash}`] });
    expect(r.signal).toBe('SIGKILL');
    expect(readFileSync(join(dir, 'out-kill', 'report.json'), 'utf8')).toBe(previous);
    // The half-written temp file proves the kill came mid-write; it sits beside the report under another name.
    const [report, left, ...more] = allFiles(join(dir, 'out-kill')).sort((a, b) => Number(TEMP_FILE.test(a)) - Number(TEMP_FILE.test(b)));
    expect(report).toBe('report.json');
    expect(more).toEqual([]);
    expect(left).toMatch(/^\.report\.json\.privaudit-tmp-\d+$/);
    const half = readFileSync(join(dir, 'out-kill', left!), 'utf8');
    expect(half).toMatch(/^<!doctype html>/);
    expect(half).not.toMatch(/<\/html>\n$/);
  }, 60_000);

  it('a run that fails (exit 2) leaves the previous report untouched and no temp file', async () => {
    writeFileSync(join(dir, 'broken.csv'), 'user_id,remark\n1,"never closed\n2,x\n');
    const r = await runBinary(['scan', 'broken.csv', ...AS_OF, '-f', 'json', '-o', 'out/report.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^privaudit: broken\.csv:2: unterminated quoted field/);
    expect(readFileSync(target(), 'utf8')).toBe(previous);
    expect(allFiles(join(dir, 'out'))).toEqual(['report.json']);
  }, 60_000);

  it('a reader that closes the pipe (`| head`): no stack trace, and the exit code is the run\'s', async () => {
    const r = await runBinary(['scan', 'small.csv', ...AS_OF, '-f', 'json'], { cwd: dir, closeStdout: true });
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr).not.toMatch(/EPIPE/);
    // small.csv holds mobiles in clear: findings, so 1, as when the whole report is read.
    expect(r.code).toBe(1);
  }, 60_000);

  it('an uninterrupted run replaces the report whole and removes its temp file', async () => {
    writeFileSync(join(dir, 'out', 'fresh.json'), previous);
    const r = await runBinary(['scan', 'small.csv', ...AS_OF, '-f', 'sarif', '-o', 'out/fresh.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/→ out\/fresh\.json\n$/);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'fresh.json'), 'utf8')).version).toBe('2.1.0');
    expect(allFiles(join(dir, 'out'))).toEqual(['fresh.json', 'report.json']);
  }, 60_000);
});
