/**
 * `scan --shard i/N`: the inputs cut into units — a whole file, one byte range of a large plain CSV, or
 * a span of a large Parquet file's row groups —
 * and the units dealt to N shards, the same way on every machine (the same files give the same units).
 * A shard scans its units and writes what they tallied, not findings: `privaudit merge` adds the parts
 * up in file order (shard-merge.ts) and reports as one unsharded run would.
 */
import { stat } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { probeExport } from '../load/exports/csv-probe.js';
import { expandInputs } from './inputs.js';
import { openSession, type ScanOptions } from './index.js';
import { scanRange, type RangeJob, type RangeReport } from './range.js';
import { csvTableInput, firstEntry, isDivisible, scanFile, sourceOf, type FileScanContext } from './scan-file.js';
import type { ShardPart, ShardSpec, Unit, UnitResult } from './shard-part.js';
import { splitRanges } from './split.js';
import { noTables, planEntryParts } from './tables.js';
import { planTable, type PlannedTable } from './table-plan.js';
import type { EntryPart } from '../load/exports/types.js';

/** A plain CSV (or Parquet file) is cut into units of about this size, so N machines share one large table. */
export const SHARD_UNIT_BYTES = 64 * 1024 * 1024;

type FileLayout =
  | { kind: 'csv'; probe: Awaited<ReturnType<typeof probeExport>>; planned: PlannedTable; ranges: Awaited<ReturnType<typeof splitRanges>> }
  | { kind: 'parts'; planned: PlannedTable; parts: EntryPart[] };

async function layoutOf(file: string, count: number, ctx: FileScanContext): Promise<FileLayout> {
  const first = await firstEntry(file);
  if (first?.reader.parts) {
    const { entry, reader } = first;
    const planned = await planEntryParts(entry, reader, ctx);
    if (!planned) throw noTables(file, reader.format);
    return { kind: 'parts', planned, parts: await reader.parts!(entry, count) };
  }
  const probe = await probeExport(file, ctx.maxFieldChars);
  const planned = planTable(csvTableInput(probe), ctx);
  // minSplitBytes 1: cut into `count` ranges whatever the size (the units were sized already).
  return { kind: 'csv', probe, planned, ranges: await splitRanges(probe, count, 1) };
}

/** `2/3` → the second of three shards (1-based, as test runners number them). */
export function parseShard(text: string): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new InputError(`--shard ${JSON.stringify(text)}: expected i/N with 1 ≤ i ≤ N`, undefined, 'e.g. --shard 1/3 … --shard 3/3, then privaudit merge on the three reports; in a Kubernetes Indexed Job: --shard $((JOB_COMPLETION_INDEX + 1))/N');
  }
  return { index, count };
}

/** Every unit of the inputs, in file order. */
export async function planUnits(files: readonly string[], opts: { sample: number | null; unitBytes?: number }): Promise<Unit[]> {
  const unitBytes = opts.unitBytes ?? SHARD_UNIT_BYTES;
  const units: Unit[] = [];
  for (const file of files) {
    const size = (await stat(file)).size;
    const parts = opts.sample === null && size >= 2 * unitBytes && (await isDivisible(file)) ? Math.ceil(size / unitBytes) : 1;
    for (let k = 0; k < parts; k++) units.push({ id: units.length, file, range: parts > 1 ? { index: k, count: parts } : null, bytes: Math.ceil(size / parts) });
  }
  return units;
}

/** The shard (1-based) of each unit: each unit goes to the shard with the fewest bytes so far (the first such). */
export function assignUnits(units: readonly Unit[], count: number): number[] {
  const load = new Array<number>(count).fill(0);
  return units.map((u) => {
    let best = 0;
    for (let s = 1; s < count; s++) if (load[s]! < load[best]!) best = s;
    load[best]! += u.bytes;
    return best + 1;
  });
}

export async function scanShard(paths: readonly string[], opts: ScanOptions, shard: ShardSpec, unitBytes?: number): Promise<Omit<ShardPart, 'privauditShard' | 'tool' | 'run'>> {
  const files = await expandInputs(paths);
  const units = await planUnits(files, { sample: opts.sample ?? null, unitBytes });
  const owner = assignUnits(units, shard.count);
  const mine = units.filter((_, i) => owner[i] === shard.index);
  const session = await openSession([], { ...opts, workers: 1 });
  try {
    const results: UnitResult[] = [];
    const layouts = new Map<string, Promise<FileLayout>>();
    for (const unit of mine) results.push(await scanUnit(unit, session.ctx, layouts));
    return { shard, files, unitCount: units.length, units: results };
  } finally {
    await session.close();
  }
}

async function scanUnit(unit: Unit, ctx: FileScanContext, layouts: Map<string, Promise<FileLayout>>): Promise<UnitResult> {
  if (!unit.range) return { id: unit.id, file: unit.file, kind: 'tables', tables: await scanFile(unit.file, ctx) };
  try {
    return await scanRangeUnit(unit, unit.range.index, unit.range.count, ctx, layouts);
  } catch (e) {
    // A range after the first may begin inside a quoted field (its cut was a guess): its error only
    // counts if the merge needs this range, which it does not when the range before reached into it.
    if (!(e instanceof InputError) || unit.range.index === 0) throw e;
    return { id: unit.id, file: unit.file, kind: 'range', range: unit.range, error: { message: e.message, where: e.where ?? null, hint: e.hint ?? null } };
  }
}

/**
 * One byte range of a large CSV: the same probe, plan and cuts on every shard (they depend on the
 * file only). A range that ends inside a quoted field is read again joined with the next (as
 * parallel.ts does), and says how many ranges it covers.
 */
async function scanRangeUnit(unit: Unit, k: number, count: number, ctx: FileScanContext, layouts: Map<string, Promise<FileLayout>>): Promise<UnitResult> {
  // A shard holding several ranges of a file probes, plans and cuts it once.
  let layout = layouts.get(unit.file);
  if (!layout) layouts.set(unit.file, (layout = layoutOf(unit.file, count, ctx)));
  const laid = await layout;
  if (laid.kind === 'parts') return scanPartUnit(unit, laid.parts[k], laid.planned, ctx);
  const { probe, planned, ranges } = laid;
  if (k >= ranges.length) return { id: unit.id, file: unit.file, kind: 'range', range: unit.range!, covers: 0 };
  let covers = 1;
  for (;;) {
    const last = k + covers - 1;
    const range = { start: ranges[k]!.start, end: ranges[last]!.end };
    const job: RangeJob = { source: sourceOf(probe, ctx, range, k === 0, last === ranges.length - 1), plan: planned.plan, skipThroughLine: k === 0 ? probe.headerLine : 0 };
    const report: RangeReport = await scanRange(job);
    if (report.endedInQuote && last < ranges.length - 1) {
      covers++;
      continue;
    }
    return { id: unit.id, file: unit.file, kind: 'range', range: unit.range!, covers, planned, tally: report.tally, lines: report.lines };
  }
}

/** One span of a file's row groups (none when the reader cut the file into fewer spans than units). */
async function scanPartUnit(unit: Unit, part: EntryPart | undefined, planned: PlannedTable, ctx: FileScanContext): Promise<UnitResult> {
  if (!part) return { id: unit.id, file: unit.file, kind: 'range', range: unit.range!, covers: 0 };
  const report = await scanRange({ part, plan: planned.plan, maxFieldChars: ctx.maxFieldChars });
  return { id: unit.id, file: unit.file, kind: 'range', range: unit.range!, covers: 1, planned, tally: report.tally, lines: 0, problems: report.problems ?? [], problemCount: report.problemCount ?? 0 };
}
