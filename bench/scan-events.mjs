#!/usr/bin/env node
/**
 * How much checking a request log's deadlines costs a scan (issue 16): a ticket export of `--rows`
 * requests (10 million by default) scanned against Jingkefu's reply periods (003: 30 days after the
 * identity verification for access, correction, deletion and complaints, 15 days for other inquiries),
 * against the same bytes under header names no role recognises — the plain export scan of the same
 * rows and size. Target: the log checked at ≥ 80 % of the plain scan's rows/s, in bounded memory.
 *
 *   npm run build && node bench/scan-events.mjs [--rows <n>] [--runs <n>] [--seed <n>]
 *
 * Both files are generated once (bench/out/, seeded: the same rows and seed give the same bytes) and
 * reused. Each round scans both, one after the other, each in its own process through the real CLI
 * (bin/privaudit.js, --workers 1, JSON report to /dev/null); the ratio is the median over rounds of the
 * ratio within a round, so a slow spell hits both sides. Before timing, one scan of the log is checked
 * against what the generator planted (late and still-open requests per period, unreadable dates): a
 * fast wrong answer is not a measurement. Peak RSS comes from /usr/bin/time when present.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timedRun } from './timed.mjs';
import { prng } from '../scripts/synth.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const AS_OF = '2026-11-23';
const PACK = 'jingkefu-privacy';
const GENERATOR_VERSION = 2;
const DAY_MS = 86_400_000;
const AS_OF_DAY = Date.UTC(2026, 10, 23) / DAY_MS;

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

// ---------------------------------------------------------------------------------------------
// The log. Columns: ticket, mobile, type, requested, verified, replied. Types: the rights requests
// (30 days from the verification) and inquiries (15 days from the request); an empty type gets the
// longest period (30 days from the verification), as the rule reads it.

const HEADER = ['工单号', '手机号', '类型', '申请时间', '身份核验时间', '答复时间'];
const PLAIN_HEADER = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
const RIGHTS = ['查阅', '更正', '删除个人信息', '投诉', 'access', 'deletion'];
const INQUIRIES = ['咨询', '意见建议', 'inquiry'];

const pad = (n, w) => String(n).padStart(w, '0');

function ymd(day) {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/**
 * A day (and a time) as a ticket system exports it: its own timestamps (90 %), dates without a time
 * (4 %), and the other forms of records merged in from other systems (6 %: 2026/3/5 10:30, 2026年3月5日,
 * Unix milliseconds).
 */
function written(day, rnd) {
  const [y, m, d] = ymd(day);
  const hh = pad(Math.floor(rnd() * 24), 2);
  const mm = pad(Math.floor(rnd() * 60), 2);
  const r = rnd();
  if (r < 0.9) return `${y}-${pad(m, 2)}-${pad(d, 2)} ${hh}:${mm}:${pad(Math.floor(rnd() * 60), 2)}`;
  if (r < 0.94) return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
  if (r < 0.96) return `${y}/${m}/${d} ${Number(hh)}:${mm}`;
  if (r < 0.98) return `${y}年${m}月${d}日`;
  // Unix milliseconds of a Beijing time before 16:00 on that day.
  return String((day * 86400 + Math.floor(rnd() * 16 * 3600) - 8 * 3600) * 1000);
}

function mobile(rnd) {
  return ['138', '139', '150', '186', '177'][Math.floor(rnd() * 5)] + pad(Math.floor(rnd() * 1e8), 8);
}

/** One request and what it must count as: late (by period), open or not, an unreadable date. */
function request(i, rnd) {
  const t = rnd();
  const inquiry = t < 0.3;
  const type = t < 0.97 ? (inquiry ? INQUIRIES[Math.floor(rnd() * INQUIRIES.length)] : RIGHTS[Math.floor(rnd() * RIGHTS.length)]) : '';
  // At least 40 days old: an unanswered one is past its deadline whatever its period.
  const requested = AS_OF_DAY - 40 - Math.floor(rnd() * 600);
  const verified = requested + Math.floor(rnd() * 5);
  const due = inquiry ? requested + 15 : verified + 30;
  const r = rnd();
  let replied = null;
  let late = false;
  let open = false;
  if (r < 0.9) replied = due - Math.floor(rnd() * (inquiry ? 15 : 30)); // on time, the last day included
  else if (r < 0.96) {
    replied = due + 1 + Math.floor(rnd() * 60);
    late = true;
  } else {
    open = true;
    late = true;
  }
  const unreadable = rnd() < 0.0001;
  const cells = [
    `TK${pad(i, 9)}`,
    mobile(rnd),
    type,
    written(requested, rnd),
    inquiry ? (rnd() < 0.5 ? '' : written(verified, rnd)) : written(verified, rnd),
    unreadable ? '上周二' : replied === null ? '' : written(replied, rnd),
  ];
  return { line: cells.join(','), period: inquiry ? 'inquiries' : 'rights', late: late && !unreadable, open, unreadable };
}

async function generate(rows, seed, events, plain) {
  mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
  const rnd = prng(seed);
  const a = createWriteStream(events);
  const b = createWriteStream(plain);
  const expected = { rights: 0, inquiries: 0, open: 0, unreadable: 0 };
  let batch = '';
  const flush = async () => {
    const buf = Buffer.from(batch, 'utf8');
    batch = '';
    // Listen before waiting: the second stream may drain while the first is awaited.
    const waits = [a.write(buf) ? null : once(a, 'drain'), b.write(buf) ? null : once(b, 'drain')];
    await Promise.all(waits);
  };
  a.write(HEADER.join(',') + '\n');
  b.write(PLAIN_HEADER.join(',') + '\n');
  for (let i = 1; i <= rows; i++) {
    const q = request(i, rnd);
    if (q.late) expected[q.period]++;
    if (q.late && q.open) expected.open++;
    if (q.unreadable) expected.unreadable++;
    batch += q.line + '\n';
    if (i % 5000 === 0) await flush();
  }
  await flush();
  a.end();
  b.end();
  await Promise.all([once(a, 'finish'), once(b, 'finish')]);
  return expected;
}

async function ensureFiles(rows, seed) {
  const events = join(ROOT, `bench/out/requests-${rows}.csv`);
  const plain = join(ROOT, `bench/out/requests-${rows}-plain.csv`);
  const metaFile = `${events}.meta.json`;
  const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : null;
  if (meta?.version === GENERATOR_VERSION && meta.seed === seed && existsSync(events) && existsSync(plain)) return { events, plain, expected: meta.expected };
  process.stderr.write(`generating ${rows.toLocaleString('en')} requests (seed ${seed})…\n`);
  const expected = await generate(rows, seed, events, plain);
  writeFileSync(metaFile, JSON.stringify({ version: GENERATOR_VERSION, seed, rows, expected }) + '\n');
  return { events, plain, expected };
}

// ---------------------------------------------------------------------------------------------

const scanArgs = (file, out) => [join(ROOT, 'bin/privaudit.js'), 'scan', file, '-p', PACK, '--as-of', AS_OF, '--workers', '1', '--format', 'json', '--fail-on', 'never', ...(out ? ['-o', out] : [])];

function measure(file, scratch) {
  return timedRun([process.execPath, ...scanArgs(file)], ROOT, scratch);
}

/** One scan of the log, its findings against what was planted. */
function verify(events, expected, scratch) {
  const out = join(scratch, 'report.json');
  const r = spawnSync(process.execPath, scanArgs(events, out), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`scan failed (exit ${r.status}):\n${r.stderr}`);
  const findings = JSON.parse(readFileSync(out, 'utf8')).findings.filter((f) => f.ruleId === 'request-reply-overdue');
  const late = (section) => findings.find((f) => f.clause.section === section && f.lateness)?.count ?? 0;
  const open = findings.filter((f) => f.lateness).reduce((n, f) => n + f.lateness.open, 0);
  const unreadable = findings.filter((f) => !f.lateness).reduce((n, f) => n + f.count, 0);
  const got = { rights: late('五6'), inquiries: late('八2'), open, unreadable };
  if (JSON.stringify(got) !== JSON.stringify(expected)) throw new Error(`the scan did not find what was planted: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  return got;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x, d = 2) => x.toFixed(d);

async function main() {
  const rows = Number(arg('rows', '10000000'));
  const runs = Number(arg('runs', '3'));
  const seed = Number(arg('seed', '20261123'));
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('run `npm run build` first');
  const { events, plain, expected } = await ensureFiles(rows, seed);
  const scratch = mkdtempSync(join(tmpdir(), 'privaudit-bench-events-'));
  try {
    const found = verify(events, expected, scratch);
    process.stderr.write(`checked: ${JSON.stringify(found)} as planted\n`);
    const results = { log: [], plain: [] };
    for (let run = 1; run <= runs; run++) {
      // Alternate which goes first, so neither always gets the warmer machine.
      const order = run % 2 ? ['log', 'plain'] : ['plain', 'log'];
      for (const which of order) {
        const m = measure(which === 'log' ? events : plain, scratch);
        results[which].push(m);
        process.stderr.write(`run ${run}/${runs} ${which}: ${fmt(m.seconds)} s (cpu ${fmt(m.cpu)} s), ${fmt(m.rssMb, 0)} MB\n`);
      }
    }
    const mb = statSync(events).size / 1e6;
    const line = (label, ms) => {
      const t = median(ms.map((m) => m.seconds));
      return `${label.padEnd(34)}${fmt(t).padStart(8)} s ${fmt(rows / t / 1e6, 3).padStart(8)} M rows/s  cpu ${fmt(median(ms.map((m) => m.cpu))).padStart(6)} s  peak ${fmt(Math.max(...ms.map((m) => m.rssMb)), 0).padStart(4)} MB   ${ms.map((m) => fmt(m.seconds)).join(' ')}`;
    };
    console.log(`\n${rows.toLocaleString('en')} requests, ${fmt(mb, 0)} MB each file; Node ${process.version}; ${runs} rounds (median wall time)`);
    console.log(line('request log, deadlines checked', results.log));
    console.log(line('same bytes, plain export scan', results.plain));
    const ratios = results.log.map((m, i) => results.plain[i].seconds / m.seconds);
    const cpuRatio = median(results.plain.map((m) => m.cpu)) / median(results.log.map((m) => m.cpu));
    const rss = Math.max(...results.log.map((m) => m.rssMb));
    console.log(`\nrows/s of the log / rows/s of the plain scan = ${fmt(median(ratios))} [${fmt(Math.min(...ratios))}–${fmt(Math.max(...ratios))}]  (target ≥ 0.80: ${median(ratios) >= 0.8 ? 'met' : 'MISSED'}; CPU ${fmt(cpuRatio)})`);
    console.log(`peak RSS of the log's scan = ${fmt(rss, 0)} MB  (bounded: the same as the plain scan's within a few MB; target ≤ 256: ${rss <= 256 ? 'met' : 'MISSED'})`);
    const load = loadavg()[0];
    if (load > cpus().length) console.log(`note: load average ${fmt(load)} on ${cpus().length} CPUs — times are noisy, the paired ratio less so.`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
