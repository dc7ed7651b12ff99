/**
 * One export, start to end: probe → classify → plan → tally the byte ranges (in workers when the file
 * is big enough) → merge → ExportFile.
 */
import type { WorkCalendar } from '../calendar/types.js';
import { InputError } from '../errors.js';
import { probeExport, type ExportProbe } from '../load/export-probe.js';
import type { RangeSource } from '../load/export-stream.js';
import type { Policy } from '../policy/policy.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { buildExportFile } from './build.js';
import { classifyColumns } from './classify.js';
import { mappedColumns, tableName, type MappingFile } from './mapping.js';
import { mergeTallies, type RangePart } from './merge.js';
import type { ScanPlan } from './plan.js';
import type { WorkerPool } from './pool.js';
import type { ProgressSink } from './progress.js';
import { scanRange, type RangeJob, type RangeReport } from './range.js';
import { planMinors, planRetention } from './record-checks.js';
import { roleForHeader, type ColumnRole } from './roles.js';
import { MIN_SPLIT_BYTES, splitRanges, type ByteRange } from './split.js';
import { VALIDATE_MASK } from './cell-form.js';
import type { RangeTallyResult } from './tally.js';
import type { ExportFile } from './types.js';

export interface FileScanContext {
  policy: Policy;
  taxonomy: Taxonomy;
  calendar: WorkCalendar;
  asOf: string;
  mapping: MappingFile | null;
  sample: number | null;
  maxFieldChars: number;
  workers: number;
  /** Files smaller than this are one range (split.ts MIN_SPLIT_BYTES; tests lower it). */
  minSplitBytes: number;
  /** Started on first need: small files never pay for threads. */
  pool: () => WorkerPool | null;
  progress: ProgressSink;
}

export async function scanFile(file: string, ctx: FileScanContext): Promise<ExportFile> {
  const probe = await probeExport(file, ctx.maxFieldChars);
  const mapped = mappedColumns(ctx.mapping, file, probe.header);
  const roles: ColumnRole[] = probe.header.map((name, i) => mapped.get(i)?.role ?? roleForHeader(name));
  const columns = classifyColumns({ header: probe.header, sample: probe.sample, mapped, roles, taxonomy: ctx.taxonomy });
  const retention = planRetention(columns, roles, ctx);
  const minors = planMinors(columns, roles, ctx);
  const plan: ScanPlan = {
    file,
    headerLine: probe.headerLine,
    width: probe.header.length,
    columns,
    retention: retention.map((r) => r.check),
    minors: minors?.check ?? null,
    sample: ctx.sample,
    // Small files are validated in full: it costs nothing there, and the shares are exact.
    validateMask: probe.size < MIN_SPLIT_BYTES ? 0 : VALIDATE_MASK,
  };
  const tally = await tallyFile(probe, plan, ctx);
  if (tally.records === 0) throw new InputError('no records: the file has a header but no records', { file, line: probe.headerLine }, 'export the table with its records');
  return buildExportFile({ probe, table: tableName(file), columns, roles, retention, minors, tally, sample: ctx.sample, taxonomy: ctx.taxonomy });
}

function sourceOf(probe: ExportProbe, ctx: FileScanContext, range: ByteRange, first: boolean, last: boolean): RangeSource {
  const { file, gzip, encoding, delimiter } = probe;
  return { file, gzip, encoding, delimiter, maxFieldChars: ctx.maxFieldChars, start: range.start, end: range.end, first, last };
}

async function tallyFile(probe: ExportProbe, plan: ScanPlan, ctx: FileScanContext): Promise<RangeTallyResult> {
  ctx.progress.begin(probe.file, probe.size);
  try {
    const splittable = !probe.gzip && plan.sample === null && ctx.workers > 1;
    const ranges = splittable ? await splitRanges(probe, ctx.workers, ctx.minSplitBytes) : [];
    const pool = ranges.length > 1 ? ctx.pool() : null;
    if (pool && ranges.length > 1 && ranges.length <= pool.size + 1) {
      const merged = await tallyInWorkers(pool, probe, plan, ranges, ctx);
      if (merged) return merged;
    }
    return await tallyInProcess(probe, plan, ctx);
  } finally {
    ctx.progress.end();
  }
}

async function tallyInProcess(probe: ExportProbe, plan: ScanPlan, ctx: FileScanContext): Promise<RangeTallyResult> {
  const job: RangeJob = { source: sourceOf(probe, ctx, { start: 0, end: null }, true, true), plan, skipThroughLine: probe.headerLine };
  const report = await scanRange(job, (bytes, records) => ctx.progress.update(bytes, records));
  return mergeTallies([{ tally: report.tally, lineOffset: 0 }]);
}

/**
 * The ranges in parallel: the first on this thread (already running, already holding the plan), the
 * others in worker threads. Null when a cut turned out to fall inside a quoted field (the range before
 * it ended in an open quote): the caller then scans the file as one range.
 */
async function tallyInWorkers(pool: WorkerPool, probe: ExportProbe, plan: ScanPlan, ranges: ByteRange[], ctx: FileScanContext): Promise<RangeTallyResult | null> {
  const jobs: RangeJob[] = ranges.map((r, i, all) => ({
    source: sourceOf(probe, ctx, r, i === 0, i === all.length - 1),
    plan,
    skipThroughLine: i === 0 ? probe.headerLine : 0,
  }));
  const bytes = new Array<number>(jobs.length).fill(0);
  const records = new Array<number>(jobs.length).fill(0);
  const progress = (i: number, b: number, r: number) => {
    bytes[i] = b;
    records[i] = r;
    ctx.progress.update(sum(bytes), sum(records));
  };
  const [here, ...there] = await Promise.all([
    settle(scanRange(jobs[0]!, (b, r) => progress(0, b, r))),
    pool.runAll(jobs.slice(1), (i, b, r) => progress(i + 1, b, r)),
  ]).then(([first, rest]) => [first, ...rest]);
  return mergeSettled([here!, ...there]);
}

function settle<T>(p: Promise<T>): Promise<PromiseSettledResult<T>> {
  return p.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );
}

function sum(xs: number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** In file order: the first failure is the file's error (its line shifted), an open quote before the last range means a wrong cut. */
function mergeSettled(settled: PromiseSettledResult<RangeReport>[]): RangeTallyResult | null {
  const parts: RangePart[] = [];
  let offset = 0;
  for (let i = 0; i < settled.length; i++) {
    const s = settled[i]!;
    if (s.status === 'rejected') throw shiftLine(s.reason, offset);
    if (s.value.endedInQuote && i < settled.length - 1) return null;
    parts.push({ tally: s.value.tally, lineOffset: offset });
    offset += s.value.lines;
  }
  return mergeTallies(parts);
}

function shiftLine(e: unknown, offset: number): unknown {
  if (!(e instanceof InputError) || offset === 0 || !e.where || !('line' in e.where) || e.where.line === undefined) return e;
  return new InputError(e.message, { ...e.where, line: e.where.line + offset }, e.hint);
}
