/**
 * One export, start to end: probe → classify → plan → tally the byte ranges (in workers when the file
 * is big enough) → merge → ExportFile.
 */
import type { WorkCalendar } from '../calendar/types.js';
import { InputError } from '../errors.js';
import { probeExport, type ExportProbe } from '../load/exports/csv-probe.js';
import type { RangeSource } from '../load/exports/csv-stream.js';
import type { Policy } from '../policy/policy.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { openEntries } from '../load/exports/entries.js';
import type { Compression, ExportEntry, ExportReader } from '../load/exports/types.js';
import { readerFor } from '../load/exports/registry.js';
import { tableName, type MappingFile } from './mapping.js';
import { mergeTallies } from './merge.js';
import { lanesOf, tallyRanges } from './parallel.js';
import type { ScanPlan } from './plan.js';
import type { WorkerPool } from './pool.js';
import type { ProgressSink } from './progress.js';
import { scanRange, type RangeJob } from './range.js';
import { refuseInventory } from './inputs.js';
import { finishTable, planTable, type TableInput } from './table-plan.js';
import { scanEntry, scanEntryInParts } from './tables.js';
import { MIN_SPLIT_BYTES, rangeCount, splitRanges, type ByteRange } from './split.js';
import type { RangeTallyResult } from './tally.js';
import type { ExportFile } from './types.js';
import { quote } from '../normalize/text.js';

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
  /** Only `scan --inventory` pays for them (a date parsed per record). */
  columnFacts?: boolean;
  /** Rules whose record checks are not planned (the config turns them off). */
  rulesOff?: ReadonlySet<string>;
}

/** What the byte-range CSV scanner reads itself (load/exports/csv-stream.ts). */
const BYTE_RANGE_COMPRESSIONS: ReadonlySet<Compression> = new Set(['none', 'gzip']);

/** Every table of one input file: a plain or gzipped CSV by byte ranges, anything else through its reader. */
export async function scanFile(file: string, ctx: FileScanContext): Promise<ExportFile[]> {
  const out: ExportFile[] = [];
  // A damaged member of an archive is reported and the others are scanned; the file fails only when none can be read.
  const unreadable: { error: InputError; member: string }[] = [];
  for await (const entry of openEntries(file)) {
    if (entry.member === null) {
      const reader = readerFor(entry.head, file);
      if (reader.format === 'csv' && BYTE_RANGE_COMPRESSIONS.has(entry.compression)) out.push(await scanCsvFile(file, ctx));
      else out.push(...(await scanWholeEntry(entry, reader, ctx)));
    } else {
      try {
        out.push(...(await scanEntry(entry, readerFor(entry.head, entry.member, file), ctx)));
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        unreadable.push({ error: e, member: entry.member });
      }
    }
  }
  if (unreadable.length === 0) return out;
  // Thrown, the error's place names the member when the reader put it there (`archive!member`); as a problem of the archive's first table, the message must.
  const [first] = unreadable;
  if (out.length === 0) throw first!.error.where?.file?.endsWith(`!${first!.member}`) ? first!.error : inMember(first!.error, first!.member);
  const problems = unreadable.map(({ error, member }) => inMember(error, member)).map((e) => ({ line: 0, message: e.message, hint: e.hint ?? 'extract the member and scan it on its own' }));
  return [{ ...out[0]!, problems: [...problems, ...out[0]!.problems] }, ...out.slice(1)];
}

/** A member's error says which member it is: a reader's own message names only the archive. */
function inMember(e: InputError, member: string): InputError {
  return e.message.startsWith('archive member ') ? e : new InputError(`in archive member ${quote(member)}: ${e.message}`, e.where, e.hint);
}

/** A file its reader cuts into parts (Parquet row groups), big enough, with threads to spare: the parts at once. */
async function scanWholeEntry(entry: ExportEntry, reader: ExportReader, ctx: FileScanContext): Promise<ExportFile[]> {
  const divisible = reader.parts && entry.plain && ctx.sample === null && ctx.workers > 1 && entry.size >= ctx.minSplitBytes;
  // A file whose parts cannot be told is read whole, which reports what is wrong with it.
  const parts = divisible ? await reader.parts!(entry, rangeCount(ctx.workers)).catch(() => []) : [];
  const pool = parts.length > 1 ? ctx.pool() : null;
  return pool ? scanEntryInParts(entry, reader, parts, pool, ctx) : scanEntry(entry, reader, ctx);
}

/** Threads (and shards) can share the file: an uncompressed CSV, or a plain file its reader cuts into parts. */
export async function isDivisible(file: string): Promise<boolean> {
  const first = await firstEntry(file);
  return first !== null && first.entry.plain && (first.reader.format === 'csv' || first.reader.parts !== undefined);
}

/** The file's first entry (the file itself, unless it is an archive) and the reader it takes. */
export async function firstEntry(file: string): Promise<{ entry: ExportEntry; reader: ExportReader } | null> {
  for await (const entry of openEntries(file)) return { entry, reader: readerFor(entry.head, file) };
  return null;
}

/** A plain or gzipped CSV: probe → classify → plan → tally the byte ranges (in workers when big enough) → merge. */
async function scanCsvFile(file: string, ctx: FileScanContext): Promise<ExportFile> {
  const probe = await probeExport(file, ctx.maxFieldChars);
  refuseInventory(file, probe.header, probe.headerLine);
  // The cut points are read from disk while the columns are classified (a failure waits for its turn).
  const cutting = cutsFor(probe, ctx);
  cutting.catch(() => {});
  const planned = planTable(csvTableInput(probe), ctx);
  const tally = await tallyFile(probe, planned.plan, await cutting, ctx);
  requireRecords(tally, probe);
  return finishTable(planned, tally, ctx);
}

/** The table a plain or gzipped CSV holds, as its probe sees it. */
export function csvTableInput(probe: ExportProbe): TableInput {
  const { file, header, headerLine, sample, encoding, delimiter } = probe;
  // Small files are validated in full: it costs nothing there, and the shares are exact.
  return { file, table: tableName(file), format: 'csv', header, headerLine, sample, validateAll: probe.size < MIN_SPLIT_BYTES, encoding, delimiter };
}

export function requireRecords(tally: RangeTallyResult, where: { file: string; headerLine: number }): void {
  if (tally.records === 0) throw new InputError('no records: the file has a header but no records', { file: where.file, line: where.headerLine }, 'export the table with its records');
}

export function sourceOf(probe: ExportProbe, ctx: FileScanContext, range: ByteRange, first: boolean, last: boolean): RangeSource {
  const { file, gzip, encoding, delimiter } = probe;
  return { file, gzip, encoding, delimiter, maxFieldChars: ctx.maxFieldChars, start: range.start, end: range.end, first, last };
}

/** Byte ranges for the threads; none when the file is read by this thread alone (gzip, --sample, --workers 1). */
function cutsFor(probe: ExportProbe, ctx: FileScanContext): Promise<ByteRange[]> {
  const splittable = !probe.gzip && ctx.sample === null && ctx.workers > 1;
  return splittable ? splitRanges(probe, rangeCount(ctx.workers), ctx.minSplitBytes) : Promise.resolve([]);
}

async function tallyFile(probe: ExportProbe, plan: ScanPlan, ranges: ByteRange[], ctx: FileScanContext): Promise<RangeTallyResult> {
  ctx.progress.begin(probe.file, probe.size);
  try {
    const pool = ranges.length > 1 ? ctx.pool() : null;
    if (pool) return await tallyInWorkers(pool, probe, plan, ranges, ctx);
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
 * The ranges in parallel, on this thread (already running, already holding the plan) and the worker
 * threads. Several ranges per thread, handed out as threads free up (parallel.ts).
 */
function tallyInWorkers(pool: WorkerPool, probe: ExportProbe, plan: ScanPlan, ranges: ByteRange[], ctx: FileScanContext): Promise<RangeTallyResult> {
  const jobs: RangeJob[] = ranges.map((r, i, all) => ({
    source: sourceOf(probe, ctx, r, i === 0, i === all.length - 1),
    plan,
    skipThroughLine: i === 0 ? probe.headerLine : 0,
  }));
  return tallyRanges(jobs, lanesOf(pool), (bytes, records) => ctx.progress.update(bytes, records));
}
