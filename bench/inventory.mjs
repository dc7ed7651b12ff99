#!/usr/bin/env node
/**
 * `npm run bench`: how much slower and bigger a whole `privaudit audit` of a 100,000-row inventory is
 * than a bare csv-parse read of the same file. Targets (issue 2): audit ≤ 2× the bare read, peak RSS
 * under 200 MB. Each is measured as its own child process, process start to exit, several times.
 *
 *   node bench/inventory.mjs [--runs <n ≥ 3>] [--rows <n>] [--seed <n>] [--profile | --profile-only] [--rss-hook]
 *
 * --profile adds a CPU profile of one audit (self and inclusive time by file:function) and an
 * in-process walk through the audit's phases with time and memory after each; --profile-only prints just
 * those, without the timed runs. --rss-hook reads peak RSS
 * and CPU time from process.resourceUsage() in the child even when GNU time is there. See bench/README.md.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateInventory } from './gen-inventory.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'bench/out';
const TARGET = { ratio: 2, peakRssMB: 200 };

/** (a): read + parse + count, nothing else. Whole-file sync parse, as the inventory reader does. */
const BARE_READ = `import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
const rows = parse(readFileSync(process.argv[1]), { bom: true, relax_column_count: true, skip_empty_lines: true });
process.stdout.write(rows.length + '\\n');`;

/** Fallback when GNU time is missing: the child reports its own maxRSS (KiB) and CPU time (µs) at exit. */
const RSS_HOOK =
  'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nbench-usage="+u.maxRSS+","+(u.userCPUTime+u.systemCPUTime)+"\\n")})';

function option(argv, name, fallback) {
  const i = argv.indexOf(name);
  return i === -1 ? fallback : Number(argv[i + 1]);
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** The bench runs the built binary: refuse a missing build, warn about a stale one. */
function checkBuild() {
  const entry = 'dist/cli/main.js';
  if (!existsSync(entry)) throw new Error(`bench: ${entry} is missing; run \`npm run build\` first`);
  if (newestMtime('src') > statSync(entry).mtimeMs) console.warn('bench: warning: src/ is newer than dist/; run `npm run build` to measure the current code');
}

/** GNU time with -v and -o, or null (BusyBox, macOS): then the RSS hook is used. */
function gnuTime() {
  const probe = spawnSync('/usr/bin/time', ['-v', process.execPath, '-e', '0'], { encoding: 'utf8' });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr) ? '/usr/bin/time' : null;
}

/** Peak RSS (KiB) and CPU time (ms) from GNU time's -v report or from the hook's line. */
function usageOf(text, gnu) {
  if (!gnu) {
    const [kb, us] = (/bench-usage=(\d+),(\d+)/.exec(text) ?? []).slice(1).map(Number);
    return { kb, cpuMs: us / 1000 };
  }
  const num = (label) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(text)?.[1] ?? NaN);
  return { kb: num('Maximum resident set size \\(kbytes\\)'), cpuMs: (num('User time \\(seconds\\)') + num('System time \\(seconds\\)')) * 1000 };
}

/** One child process: wall time (ms, process start to exit), CPU time (ms), peak RSS (MB), exit code, output. */
function measure(nodeArgs, time) {
  const timeFile = join(OUT, '.time-output');
  const [cmd, args] = time ? [time, ['-v', '-o', timeFile, process.execPath, ...nodeArgs]] : [process.execPath, ['--import', RSS_HOOK, ...nodeArgs]];
  const start = process.hrtime.bigint();
  const child = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const { kb, cpuMs } = usageOf(time ? readFileSync(timeFile, 'utf8') : child.stderr, !!time);
  if (time) rmSync(timeFile, { force: true });
  return { wallMs, cpuMs, peakRssMB: kb / 1024, code: child.status, stdout: child.stdout, stderr: child.stderr.replace(/\n?bench-usage=\d+,\d+\n/, '') };
}

/** Median, min and max, rounded to a tenth (ms and MB need no more). */
function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const round = (v) => Math.round(v * 10) / 10;
  return { median: round(median), min: round(sorted[0]), max: round(sorted[sorted.length - 1]) };
}

/** Fail loudly when a command did not do its job: a fast wrong answer is not a measurement. */
function expectOk(name, result, check) {
  if (result.code !== 0 || !check(result)) {
    throw new Error(`bench: ${name} failed (exit ${result.code}):\n${result.stderr || result.stdout}`);
  }
}

function runAll(file, rows, runs, time) {
  const report = join(OUT, 'report.json');
  const commands = {
    bare: ['--input-type=module', '-e', BARE_READ, file],
    audit: ['bin/privaudit.js', 'audit', file, '--format', 'json', '-o', report, '--fail-on', 'never'],
  };
  const checks = {
    bare: (r) => Number(r.stdout.trim()) === rows + 1, // the header is a record to a bare parser
    audit: () => existsSync(report) && JSON.parse(readFileSync(report, 'utf8')).inputs[0]?.records === rows,
  };
  const samples = { bare: [], audit: [] };
  for (let i = 0; i <= runs; i++) {
    // Interleaved, so drift in machine load hits both alike; run 0 warms the page cache and is not kept.
    for (const name of ['bare', 'audit']) {
      if (name === 'audit') rmSync(report, { force: true });
      const r = measure(commands[name], time);
      expectOk(name, r, checks[name]);
      if (i > 0) samples[name].push(r);
      process.stderr.write(`  ${i === 0 ? 'warm-up' : `run ${i}/${runs}`}  ${name.padEnd(5)}  ${(r.wallMs / 1000).toFixed(2)} s wall  ${(r.cpuMs / 1000).toFixed(2)} s CPU  ${r.peakRssMB.toFixed(0)} MB\n`);
    }
  }
  return { samples, report: JSON.parse(readFileSync(report, 'utf8')) };
}

function summarise(samples) {
  return {
    wallMs: stats(samples.map((s) => s.wallMs)),
    cpuMs: stats(samples.map((s) => s.cpuMs)),
    peakRssMB: stats(samples.map((s) => s.peakRssMB)),
    runsMs: samples.map((s) => Math.round(s.wallMs)),
    runsCpuMs: samples.map((s) => Math.round(s.cpuMs)),
  };
}

function printTable(input, a, b, ratio, cpuRatio) {
  const sec = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(9);
  const mb = (v) => `${v.toFixed(0)} MB`.padStart(8);
  const line = (label, m) => `${label.padEnd(34)}${sec(m.wallMs.median)}${sec(m.wallMs.min)}${sec(m.wallMs.max)}${sec(m.cpuMs.median)}${mb(m.peakRssMB.max)}`;
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  console.log(`\ninventory benchmark: ${input.file} (${input.rows.toLocaleString('en')} rows, ${(input.bytes / 1e6).toFixed(1)} MB), ${a.runsMs.length} runs each`);
  console.log(`${'wall time, CPU time, peak RSS'.padEnd(34)}${['median', 'min', 'max', 'CPU', 'peak RSS'].map((h) => h.padStart(9)).join('')}`);
  console.log(line('(a) bare csv-parse read', a));
  console.log(line('(b) privaudit audit --format json', b));
  console.log(`ratio b/a (wall medians): ${ratio.toFixed(2)}×   target ≤ ${TARGET.ratio}×   ${verdict(ratio <= TARGET.ratio)}   (CPU-time ratio ${cpuRatio.toFixed(2)}×)`);
  console.log(`peak RSS of (b):          ${b.peakRssMB.max.toFixed(0)} MB   target < ${TARGET.peakRssMB} MB   ${verdict(b.peakRssMB.max < TARGET.peakRssMB)}`);
}

// ---- --profile: where the time and memory of one audit go ----

/** Self and inclusive time per file:function from a .cpuprofile (recursion counted once per sample). */
function summariseCpuProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const where = (url) => (!url ? '(native)' : url.startsWith('file:') ? relative(ROOT, fileURLToPath(url)) : url);
  const name = (n) => `${where(n.callFrame.url)}:${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
  const self = new Map();
  const inclusive = new Map();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    totalUs += us;
    const key = name(byId.get(id));
    self.set(key, (self.get(key) ?? 0) + us);
    const seen = new Set();
    for (let node = id; node !== undefined; node = parent.get(node)) {
      const k = name(byId.get(node));
      if (!seen.has(k)) inclusive.set(k, (inclusive.get(k) ?? 0) + us);
      seen.add(k);
    }
  });
  const top = (map, n, keep = () => true) =>
    [...map].filter(([k]) => keep(k)).sort((x, y) => y[1] - x[1]).slice(0, n).map(([where, us]) => ({ where, ms: Math.round(us / 1000), share: +(us / totalUs).toFixed(3) }));
  return { totalMs: Math.round(totalUs / 1000), self: top(self, 25), inclusive: top(inclusive, 30, (k) => k.startsWith('dist/')) };
}

function cpuProfile(file) {
  const dir = join(OUT, 'profile');
  rmSync(dir, { recursive: true, force: true });
  // dist/ rather than bin/'s bundle, so each frame names its module: dist/x.js is src/x.ts.
  const entry = ['--input-type=module', '-e', "import { main } from './dist/cli/main.js'; process.exitCode = await main(process.argv.slice(1));"];
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...entry, 'audit', file, '--format', 'json', '-o', join(OUT, 'report.json'), '--fail-on', 'never'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`bench: profiled audit failed:\n${r.stderr}`);
  const name = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  return { file: join(dir, name), ...summariseCpuProfile(JSON.parse(readFileSync(join(dir, name), 'utf8'))) };
}

/**
 * The audit's phases run in-process from dist/ with time, RSS and live heap (after a full GC) at each
 * step. Mirrors src/cli/audit.ts and src/load/index.ts (the file is parsed twice: once alone, to time
 * csv-parse, then into records); if those modules change shape this reports the error and moves on.
 */
const PHASES = `
const [file] = process.argv.slice(1);
const mark = (phase, t0) => { const ms = Math.round(performance.now() - t0); const rss = process.memoryUsage().rss; gc(); const m = process.memoryUsage(); return { phase, ms, rssMB: Math.round(rss / 1048576), heapLiveMB: Math.round(m.heapUsed / 1048576), externalMB: Math.round(m.external / 1048576) }; };
const out = []; let t = performance.now();
const { buildContext } = await import('./dist/cli/context.js');
const { readFileBytes } = await import('./dist/io/file.js');
const { visitCsvText } = await import('./dist/io/csv.js');
const { inventoryFromCsvText } = await import('./dist/load/inventory-csv.js');
const { runRules } = await import('./dist/check/engine.js');
const { RULES } = await import('./dist/check/registry.js');
const { buildReport } = await import('./dist/report/build.js');
const { formatJson } = await import('./dist/report/formatters/json.js');
out.push(mark('import modules', t)); t = performance.now();
const ctx = buildContext({}, { stdout() {}, stderr() {}, env: process.env, cwd: process.cwd(), stdoutIsTTY: false, stderrIsTTY: false });
out.push(mark('context: config, taxonomy, packs', t)); t = performance.now();
// As src/load/index.ts reads a UTF-8 CSV inventory: its bytes, parsed without decoding them whole.
let text = readFileBytes(file).bytes;
out.push(mark('read file (bytes)', t)); t = performance.now();
let rows = 0;
visitCsvText(file, text, () => () => rows++);
out.push(mark('visitCsvText alone (' + rows + ' rows, dropped)', t)); t = performance.now();
const inventory = inventoryFromCsvText(file, text, ctx.taxonomy);
text = null;
out.push(mark('inventoryFromCsvText (parse again + normalise)', t)); t = performance.now();
const findings = runRules([inventory], RULES, ctx);
out.push(mark('runRules (' + findings.length + ' findings)', t)); t = performance.now();
const report = buildReport({ version: '0', policy: ctx.policy, asOf: ctx.asOf, inputs: [{ file, kind: 'inventory', records: inventory.records.length }], findings, suppressed: 0 });
const json = formatJson(report, { lang: 'en', color: false, rules: [] });
out.push(mark('buildReport + formatJson (' + Math.round(json.length / 1048576) + ' M chars)', t));
out.push({ phase: 'peak RSS of this process', ms: 0, rssMB: Math.round(process.resourceUsage().maxRSS / 1024), heapLiveMB: NaN, externalMB: NaN });
process.stdout.write(JSON.stringify(out));`;

function phases(file) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', PHASES, file], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) return { error: r.stderr.trim().split('\n').slice(0, 5).join('\n') };
  return { steps: JSON.parse(r.stdout) };
}

function printProfile(cpu, walk) {
  console.log(`\nCPU profile of one audit (${cpu.totalMs} ms sampled; ${cpu.file}):`);
  console.log('  self time, top 15:');
  for (const f of cpu.self.slice(0, 15)) console.log(`    ${String(f.ms).padStart(6)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.where}`);
  console.log('  inclusive time in dist/ (= src/), top 20:');
  for (const f of cpu.inclusive.slice(0, 20)) console.log(`    ${String(f.ms).padStart(6)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.where}`);
  if (walk.error) return console.log(`\nphase walk skipped: ${walk.error}`);
  console.log('\nphases, in-process (RSS before GC; live heap and external after a full GC):');
  for (const s of walk.steps) console.log(`  ${s.phase.padEnd(48)} ${String(s.ms).padStart(6)} ms  RSS ${String(s.rssMB).padStart(4)} MB  heap ${String(s.heapLiveMB).padStart(4)} MB  ext ${String(s.externalMB).padStart(4)} MB`);
}

async function main() {
  const argv = process.argv.slice(2);
  process.chdir(ROOT);
  const runs = Math.max(3, option(argv, '--runs', 3));
  checkBuild();
  mkdirSync(OUT, { recursive: true });
  const rows = option(argv, '--rows', 100_000);
  const input = await generateInventory({ rows, seed: option(argv, '--seed', 20240601), out: join(OUT, rows === 100_000 ? 'inventory-100k.csv' : `inventory-${rows}.csv`) });
  const time = argv.includes('--rss-hook') ? null : gnuTime();
  const load = [loadavg()[0]];
  process.stderr.write(`bench: ${input.reused ? 'reusing' : 'generated'} ${input.file}; peak RSS via ${time ? 'GNU time -v' : 'process.resourceUsage() at exit'}\n`);
  if (argv.includes('--profile-only')) {
    // Quick look while working on it: no timed runs, nothing written.
    return printProfile(cpuProfile(input.file), phases(input.file));
  }
  const { samples, report } = runAll(input.file, input.rows, runs, time);
  load.push(loadavg()[0]);
  const a = summarise(samples.bare);
  const b = summarise(samples.audit);
  const ratio = b.wallMs.median / a.wallMs.median;
  const cpuRatio = b.cpuMs.median / a.cpuMs.median;
  printTable(input, a, b, ratio, cpuRatio);
  if (Math.max(...load) > cpus().length) console.log(`note: load average ${load.map((l) => l.toFixed(1)).join(' → ')} on ${cpus().length} CPUs; absolute times are inflated, the ratio less so`);
  const result = {
    input: { file: input.file, rows: input.rows, bytes: input.bytes },
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, loadAverage: load },
    peakRssSource: time ? 'GNU time -v' : 'process.resourceUsage().maxRSS at exit',
    bareRead: a,
    audit: { ...b, findings: report.summary },
    ratio: +ratio.toFixed(3),
    cpuRatio: +cpuRatio.toFixed(3),
    targets: TARGET,
    met: { ratio: ratio <= TARGET.ratio, peakRss: b.peakRssMB.max < TARGET.peakRssMB },
  };
  if (argv.includes('--profile')) {
    const cpu = cpuProfile(input.file);
    const walk = phases(input.file);
    printProfile(cpu, walk);
    result.profile = { cpu, phases: walk };
  }
  writeFileSync(join(OUT, 'inventory-bench.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(`\nwrote ${join(OUT, 'inventory-bench.json')}`);
}

main().catch((e) => {
  console.error(e.message);
  process.exitCode = 2;
});
