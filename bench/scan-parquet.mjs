#!/usr/bin/env node
/**
 * How fast `privaudit scan` reads the same rows as CSV, Parquet and JSON Lines, and in how much memory
 * (issue 15: Parquet at least as many rows/s as the CSV scan; peak RSS ≤ 256 MB for every format).
 *
 *   npm run build && node bench/scan-parquet.mjs [--size <bytes>] [--runs <n>] [--row-group <rows>]
 *
 * 1. bench/gen-export.mjs writes the CSV (deterministic; default 250 MB) to bench/out/formats-export.csv.
 * 2. The same rows go to Parquet (hyparquet-writer's parquetWriteRows, streamed, row groups of
 *    --row-group rows, default 122,880 as DuckDB writes them; user_id INT64, register_time and
 *    cancelled_at TIMESTAMP adjusted to UTC, holding the instants the CSV's China-time text names, the
 *    rest UTF-8 strings, empty fields NULL, Snappy) and to JSON Lines (one
 *    object a line, the contact fields nested as mongoexport would give them). Both are reused when
 *    already made from the same CSV.
 * 3. Each file is scanned by the real CLI (`node bin/privaudit.js scan <f> -f json -o /dev/null
 *    --fail-on never --as-of 2024-06-01`), formats interleaved over --runs rounds (default 3) so a busy
 *    machine slows them alike, under /usr/bin/time -v for the peak RSS. Printed: median wall time,
 *    rows/s, peak RSS, and each format's rows/s against the CSV's (median of the per-round ratios).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { fileWriter, parquetWriteRows } from 'hyparquet-writer';
import { ensureExport, HEADER } from './gen-export.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench/out');
const AS_OF = '2024-06-01';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const size = Number(arg('size', '2.5e8'));
const runs = Math.max(1, Number(arg('runs', '3')));
const rowGroup = Number(arg('row-group', '122880'));
const seed = 20240601;

const csv = join(OUT, 'formats-export.csv');
const meta = await ensureExport({ size, seed, out: csv });
const parquet = join(OUT, `formats-export-rg${rowGroup}.parquet`);
const jsonl = join(OUT, 'formats-export.jsonl');

/** A derived file is reused when the stamp beside it names the same CSV. */
async function derived(file, make) {
  const stamp = `${file}.meta.json`;
  const want = JSON.stringify({ from: meta, version: 2 });
  if (existsSync(file) && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  const t0 = performance.now();
  await make(file);
  writeFileSync(stamp, want);
  console.log(`wrote ${file}: ${(statSync(file).size / 1e6).toFixed(0)} MB (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
}

/** The CSV's records as arrays of strings, header left out. */
async function* csvRows() {
  let first = true;
  for await (const r of createReadStream(csv).pipe(parse({ relax_column_count: true }))) {
    if (first) {
      first = false;
      continue;
    }
    yield r;
  }
}

const TIMESTAMPS = new Set(['register_time', 'cancelled_at']);

function typed(name, text) {
  if (text === '' || text === undefined) return null;
  if (name === 'user_id') return BigInt(text);
  if (TIMESTAMPS.has(name)) {
    // China time, as the CSV's text is read: the Parquet holds the same instant.
    const ms = Date.parse(`${text.includes(' ') ? text.replace(' ', 'T') : `${text}T00:00:00`}+08:00`);
    return Number.isNaN(ms) ? null : new Date(ms);
  }
  return text;
}

await derived(parquet, async (file) => {
  const columns = HEADER.map((name) => ({ name, type: name === 'user_id' ? 'INT64' : TIMESTAMPS.has(name) ? 'TIMESTAMP' : 'STRING', nullable: true }));
  async function* rows() {
    for await (const r of csvRows()) yield Object.fromEntries(HEADER.map((name, i) => [name, typed(name, r[i])]));
  }
  await parquetWriteRows({ writer: fileWriter(file), columns, rows: rows(), rowGroupSize: rowGroup });
});

await derived(jsonl, async (file) => {
  const out = createWriteStream(file);
  for await (const r of csvRows()) {
    const doc = {};
    HEADER.forEach((name, i) => {
      const v = r[i] ?? '';
      if (name === 'mobile' || name === 'email') (doc.contact ??= {})[name] = v;
      else if (name === 'user_id') doc[name] = Number(v);
      else if (v !== '') doc[name] = v;
    });
    if (!out.write(JSON.stringify(doc) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
});

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function scanOnce(file, extra = []) {
  const argv = [process.execPath, join(ROOT, 'bin/privaudit.js'), 'scan', file, ...extra, '-f', 'json', '-o', '/dev/null', '--fail-on', 'never', '--as-of', AS_OF];
  const t0 = performance.now();
  const r = spawnSync(TIME ?? argv[0], TIME ? ['-v', ...argv] : argv.slice(1), { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`scan of ${file} failed (${r.status}):\n${r.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  return { ms, rssMb: rss ? Number(rss[1]) / 1024 : null };
}

// Each as the CLI scans it by default (one thread), and CSV and Parquet on two threads too (CSV byte
// ranges, Parquet row groups: scan/tables.ts scanEntryInParts), each against CSV under the same flags.
const FORMATS = [
  ['csv', csv],
  ['parquet', parquet],
  ['jsonl', jsonl],
  ['csv -w2', csv, ['--workers', '2']],
  ['parquet -w2', parquet, ['--workers', '2']],
];
const yardstick = (f) => (f.endsWith(' -w2') ? 'csv -w2' : 'csv');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const results = Object.fromEntries(FORMATS.map(([f]) => [f, []]));
for (const [, file, extra] of FORMATS) scanOnce(file, extra); // page cache warm-up, not counted
for (let round = 0; round < runs; round++) for (const [f, file, extra] of FORMATS) results[f].push(scanOnce(file, extra));

const rows = meta.records;
console.log(`\nscan of the same ${rows.toLocaleString('en')} rows, ${runs} runs each (Parquet row groups of ${rowGroup.toLocaleString('en')} rows)`);
console.log('format       file MB   median s    rows/s    peak RSS   rows/s vs CSV with the same flags (median of rounds)');
for (const [f, file] of FORMATS) {
  const rs = results[f];
  const ms = median(rs.map((r) => r.ms));
  const rss = Math.max(...rs.map((r) => r.rssMb ?? 0));
  const ratio = median(rs.map((r, i) => results[yardstick(f)][i].ms / r.ms));
  console.log(
    `${f.padEnd(11)} ${(statSync(file).size / 1e6).toFixed(0).padStart(8)} ${(ms / 1000).toFixed(2).padStart(10)} ${Math.round(rows / (ms / 1000)).toLocaleString('en').padStart(9)} ${rss ? `${rss.toFixed(0)} MB` : '?'.padStart(6)}   ${ratio.toFixed(2)}×`,
  );
}
writeFileSync(join(OUT, 'scan-parquet-bench.json'), JSON.stringify({ rows, runs, rowGroup, results }, null, 2) + '\n');
