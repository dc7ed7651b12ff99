#!/usr/bin/env node
/**
 * `npm run bench:scan`: how fast `privaudit scan` reads a large export, against the bare parse time of
 * papaparse (the fastest mainstream JS CSV parser, streaming, doing nothing per row) and of csv-parse,
 * and in how much memory.
 *
 *   node bench/scan.mjs [--size <bytes>] [--runs <n>] [--seed <n>] [--file <csv>]
 *
 * Generates bench/out/export.csv (bench/gen-export.mjs: deterministic, ≥ 1 GB by default, reused when
 * already there), then runs each contender `--runs` times (default 3), interleaved so that a busy
 * machine slows all of them alike, each in its own process, and prints the median wall time, the peak
 * RSS (/usr/bin/time when present, else the child's own report) and the ratios against the targets,
 * each the median of the ratios within a round (so a slow spell hits both sides of a ratio):
 *   scan --workers 1 ≤ 1.5 × papaparse;  scan --workers 2 ≥ 1.7 × faster than 1;  peak RSS ≤ 256 MB.
 * For scale, it also times two `--workers 1` scans of the file run at once, each its own process: two
 * files in that time against one in a lone scan's is what the machine's two cores give when nothing is
 * shared, the ceiling for any split of one file across two threads.
 * The scan runs through the real CLI (bin/privaudit.js, needs `npm run build`) with its report sent to
 * /dev/null; should the CLI not scan yet, the same engine is called from dist/ directly.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureExport } from './gen-export.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const AS_OF = '2024-06-01';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

// ---------------------------------------------------------------------------------------------
// Children: one contender per process, so each has its own heap and peak RSS.

async function papaparseBare(file) {
  const { default: Papa } = await import('papaparse');
  let rows = 0;
  await new Promise((resolve, reject) =>
    Papa.parse(createReadStream(file, { encoding: 'utf8' }), {
      step: () => {
        rows++;
      },
      complete: resolve,
      error: reject,
    }),
  );
  return rows;
}

async function csvParseBare(file) {
  const { parse } = await import('csv-parse');
  let rows = 0;
  for await (const _ of createReadStream(file).pipe(parse({ relax_column_count: true, relax_quotes: true }))) rows++;
  return rows;
}

/** The scan engine from dist/, for when the CLI cannot scan yet. */
async function scanFromDist(file, workers) {
  const dist = (p) => new URL(`../dist/${p}`, import.meta.url).href;
  const { scanFiles } = await import(dist('scan/index.js'));
  const { loadTaxonomy } = await import(dist('taxonomy/load.js'));
  const { loadPack } = await import(dist('policy/load.js'));
  const { Policy } = await import(dist('policy/policy.js'));
  const { createCalendar } = await import(dist('calendar/calendar.js'));
  const taxonomy = loadTaxonomy();
  const policy = new Policy([loadPack('jdcloud-privacy-2020-07')], taxonomy);
  const [out] = await scanFiles([file], { policy, taxonomy, calendar: createCalendar(), asOf: AS_OF, workers, progress: false });
  return out.records;
}

/**
 * Milliseconds to touch 100 MB of fresh memory once (one write per 4 KiB page, so 25,600 page faults).
 * Every scan's heap is fresh memory, and a virtual machine may make each fault many times dearer.
 */
function firstTouchMs() {
  const bytes = 100 * 1024 * 1024;
  const started = performance.now();
  const buffer = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i += 4096) buffer[i] = 1;
  return performance.now() - started;
}

async function child(kind, file, workers) {
  if (kind === 'first-touch') return process.stdout.write(JSON.stringify({ ms: firstTouchMs() }) + '\n');
  const rows = kind === 'papaparse' ? await papaparseBare(file) : kind === 'csv-parse' ? await csvParseBare(file) : await scanFromDist(file, workers);
  process.stdout.write(JSON.stringify({ rows, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
}

// ---------------------------------------------------------------------------------------------
// Parent.

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function cliScans() {
  const cli = join(ROOT, 'bin/privaudit.js');
  if (!existsSync(cli) || !existsSync(join(ROOT, 'dist/cli/main.js'))) return false;
  const r = spawnSync(process.execPath, [cli, 'scan', join(ROOT, 'fixtures/exports/users.csv'), '--format', 'json', '--fail-on', 'never', '--as-of', AS_OF], { encoding: 'utf8' });
  return r.status === 0;
}

function cliScan(file, workers) {
  return [process.execPath, join(ROOT, 'bin/privaudit.js'), 'scan', file, '--workers', String(workers), '--format', 'json', '--fail-on', 'never', '--as-of', AS_OF];
}

const shellQuote = (arg) => `'${arg.replaceAll("'", `'\\''`)}'`;

function commandFor(contender, file, useCli) {
  if (contender.kind === 'scan' && useCli) return cliScan(file, contender.workers);
  if (contender.kind === 'pair') {
    // Two whole scans at once, each in its own process: what the two cores give when nothing is shared.
    const one = cliScan(file, 1).map(shellQuote).join(' ');
    return ['/bin/sh', '-c', `${one} >/dev/null & ${one} >/dev/null; wait`];
  }
  return [process.execPath, SELF, '--child', contender.kind, '--file', file, '--workers', String(contender.workers ?? 1)];
}

/** Runs one contender once: wall seconds, CPU seconds (user + system, when /usr/bin/time is there) and peak RSS (MB). Its report goes to /dev/null. */
function measure(contender, file, useCli, scratch) {
  const cmd = commandFor(contender, file, useCli);
  const timeOut = join(scratch, 'time.out');
  const argv = TIME ? [TIME, '-f', '%M %U %S', '-o', timeOut, ...cmd] : cmd;
  const started = performance.now();
  const quiet = (contender.kind === 'scan' && useCli) || contender.kind === 'pair';
  const r = spawnSync(argv[0], argv.slice(1), { cwd: ROOT, stdio: ['ignore', quiet ? 'ignore' : 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 20 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${contender.label} failed (exit ${r.status}):\n${r.stderr}`);
  const reported = r.stdout ? JSON.parse(r.stdout.trim().split('\n').at(-1)) : null;
  const [rssKb, user, system] = TIME ? readFileSync(timeOut, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : [reported?.maxRssKb, NaN, NaN];
  return { seconds, cpu: user + system, rssMb: rssKb / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** factor × a/b wall time per round (run k of a against run k of b), summarised. */
function pairedRatios(as, bs, factor = 1) {
  const ratios = as.map((a, i) => (factor * a.seconds) / bs[i].seconds);
  return { median: median(ratios), low: Math.min(...ratios), high: Math.max(...ratios) };
}
const fmt = (x, d = 2) => x.toFixed(d);

async function main() {
  const size = Number(arg('size', '1.1e9'));
  const seed = Number(arg('seed', '20240601'));
  const runs = Number(arg('runs', '3'));
  const given = arg('file', null);
  const file = given ?? join(ROOT, 'bench/out/export.csv');
  if (!given) {
    process.stderr.write(`generating ${file} (${fmt(size / 1e9)} GB, seed ${seed}) if needed…\n`);
    await ensureExport({ size, seed, out: file });
  }
  const useCli = cliScans();
  const contenders = [
    { label: 'papaparse (bare)', kind: 'papaparse' },
    { label: 'csv-parse (bare)', kind: 'csv-parse' },
    { label: 'scan --workers 1', kind: 'scan', workers: 1 },
    { label: 'scan --workers 2', kind: 'scan', workers: 2 },
    ...(useCli ? [{ label: '2 scans at once', kind: 'pair' }] : []),
  ];
  const scratch = mkdtempSync(join(tmpdir(), 'privaudit-bench-'));
  const results = new Map(contenders.map((c) => [c.label, []]));
  try {
    for (let run = 1; run <= runs; run++) {
      for (const c of contenders) {
        const m = measure(c, file, useCli, scratch);
        results.get(c.label).push(m);
        process.stderr.write(`run ${run}/${runs} ${c.label}: ${fmt(m.seconds)} s (cpu ${fmt(m.cpu)} s), ${fmt(m.rssMb, 0)} MB\n`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  report(file, useCli, results, runs, freshMemoryMs());
}

/** Median of three first-touch measurements, each in a new process (fresh memory, as a scan gets). */
function freshMemoryMs() {
  const one = () => JSON.parse(spawnSync(process.execPath, [SELF, '--child', 'first-touch'], { encoding: 'utf8' }).stdout).ms;
  return median([one(), one(), one()]);
}

function report(file, useCli, results, runs, touchMs) {
  const rows = [...results].map(([label, ms]) => ({
    label,
    time: median(ms.map((m) => m.seconds)),
    best: Math.min(...ms.map((m) => m.seconds)),
    cpu: median(ms.map((m) => m.cpu)),
    all: ms.map((m) => fmt(m.seconds)).join(' '),
    rss: Math.max(...ms.map((m) => m.rssMb)),
  }));
  const by = Object.fromEntries(rows.map((r) => [r.label, r]));
  const mb = statSync(file).size / 1e6;
  console.log(`\n${file}: ${fmt(mb, 0)} MB; Node ${process.version}; ${runs} runs each (median, and best, wall time); scan through ${useCli ? 'bin/privaudit.js' : 'dist/scan (the CLI does not scan yet)'}\n`);
  console.log(`${'contender'.padEnd(20)}${'median'.padStart(9)}${'best'.padStart(9)}  ${'MB/s'.padStart(6)}  ${'CPU'.padStart(8)}  ${'peak RSS'.padStart(9)}   runs (s)`);
  for (const r of rows) console.log(`${r.label.padEnd(20)}${fmt(r.time).padStart(7)} s${fmt(r.best).padStart(7)} s  ${fmt(mb / r.time, 0).padStart(6)}  ${fmt(r.cpu).padStart(6)} s  ${fmt(r.rss, 0).padStart(6)} MB   ${r.all}`);
  const ratio = (a, b, key) => by[a][key] / by[b][key];
  // Paired: the two contenders' times in the same round (the machine's load shared), then the median.
  const paired = (a, b) => pairedRatios(results.get(a), results.get(b));
  const one = paired('scan --workers 1', 'papaparse (bare)');
  const two = paired('scan --workers 1', 'scan --workers 2');
  const rss = Math.max(...rows.filter((r) => r.label.startsWith('scan --')).map((r) => r.rss));
  const verdict = (ok) => (ok ? 'met' : 'MISSED');
  console.log('\nratios: median over the rounds of the ratio within each round [lowest–highest]');
  console.log(`scan --workers 1 / papaparse bare = ${fmt(one.median)} [${fmt(one.low)}–${fmt(one.high)}]  (target ≤ 1.50: ${verdict(one.median <= 1.5)}; CPU ${fmt(ratio('scan --workers 1', 'papaparse (bare)', 'cpu'))})`);
  console.log(`scan --workers 1 / --workers 2    = ${fmt(two.median)} [${fmt(two.low)}–${fmt(two.high)}]  (target ≥ 1.70: ${verdict(two.median >= 1.7)}; CPU ${fmt(ratio('scan --workers 2', 'scan --workers 1', 'cpu'))} × more with 2)`);
  console.log(`scan peak RSS                     = ${fmt(rss, 0)} MB  (target ≤ 256: ${verdict(rss <= 256)})`);
  if (results.has('2 scans at once')) {
    // Two files in the time of the pair against one in the time of a lone scan: the most any split of one file across two threads could gain here.
    const c = pairedRatios(results.get('scan --workers 1'), results.get('2 scans at once'), 2);
    console.log(`\nthe machine's two cores: 2 × (scan --workers 1) / (2 scans at once) = ${fmt(c.median)} [${fmt(c.low)}–${fmt(c.high)}]; --workers 2 gains ${fmt((100 * two.median) / c.median, 0)} % of it`);
  }
  // A scan's peak RSS is all memory it touched for the first time during the run.
  console.log(`fresh memory: ${fmt(touchMs, 0)} ms to touch 100 MB for the first time (${fmt((touchMs * 1000) / 25600, 1)} µs a page); a scan touches its peak RSS once`);
  const load = loadavg()[0];
  if (load > cpus().length) console.log(`\nnote: load average ${fmt(load)} on ${cpus().length} CPUs — other processes share the machine, so times (and the parallel speedup above all) are noisy.`);
}

if (process.argv.includes('--child')) {
  await child(arg('child'), arg('file'), Number(arg('workers', '1')));
} else {
  await main();
}
