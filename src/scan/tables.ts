/**
 * The scan of an entry read by any reader (load/exports): each table's first records are held until
 * SAMPLE_RECORDS of them (or the table's end) have come, the columns are classified from them, and then
 * every record goes through the same tally as a CSV range. Memory: one sample per table, then nothing
 * that grows with the table.
 */
import { InputError } from '../errors.js';
import { SAMPLE_RECORDS, type SampleRecord } from '../load/exports/csv-probe.js';
import type { EntryPart, ExportEntry, ExportFormat, ExportReader, ReadProblem, TableSink, TableStart } from '../load/exports/types.js';
import { mergeTallies } from './merge.js';
import { lanesOf, tallyParts } from './parallel.js';
import type { WorkerPool } from './pool.js';
import { MAX_PROBLEMS, type PartJob, type RangeReport } from './range.js';
import type { FileScanContext } from './scan-file.js';
import { finishTable, planTable, type PlannedTable, type TableInput } from './table-plan.js';
import { RangeTally, type RangeTallyResult } from './tally.js';
import type { ExportFile } from './types.js';
import { entryPlace } from '../load/exports/entries.js';

/** Tables of fewer bytes than this are validated in full (scan-file.ts does the same by file size). */
const VALIDATE_ALL_RECORDS = 100_000;

export async function scanEntry(entry: ExportEntry, reader: ExportReader, ctx: FileScanContext): Promise<ExportFile[]> {
  const sink = new TableScanner(entry, reader, ctx);
  ctx.progress.begin(entryPlace(entry), entry.size);
  try {
    await readEntry(entry, reader, sink, ctx);
    sink.close();
  } finally {
    ctx.progress.end();
  }
  if (sink.done.length === 0) throw noTables(entry.file, reader.format);
  return sink.done;
}

/** The reader over the whole entry; what it throws that is not an InputError becomes one, naming the file. */
function readEntry(entry: ExportEntry, reader: ExportReader, sink: TableSink, ctx: FileScanContext): Promise<void> {
  return reader.read(entry, sink, { maxFieldChars: ctx.maxFieldChars }).catch((e: unknown) => {
    throw e instanceof InputError ? e : new InputError(`cannot read the file (${(e as Error).message})`, { file: entry.file }, 'check that the file is complete');
  });
}

export function noTables(file: string, format: ExportFormat): InputError {
  return new InputError('no tables: nothing in the file could be read as a table', { file }, `check that it is a ${format} export`);
}

/**
 * A one-table entry its reader cuts into parts (Parquet row groups): the sample read here as scanEntry
 * reads it, then the parts tallied on this thread and the worker threads at once and merged in order,
 * so the ExportFile is the one scanEntry gives, byte for byte.
 */
export async function scanEntryInParts(entry: ExportEntry, reader: ExportReader, parts: EntryPart[], pool: WorkerPool, ctx: FileScanContext): Promise<ExportFile[]> {
  const planned = await planEntryParts(entry, reader, ctx);
  if (!planned) return scanEntry(entry, reader, ctx);
  const jobs: PartJob[] = parts.map((part) => ({ part, plan: planned.plan, maxFieldChars: ctx.maxFieldChars }));
  ctx.progress.begin(entry.file, entry.size);
  try {
    const { tally, reports } = await tallyParts(jobs, lanesOf(pool), (bytes, records) => ctx.progress.update(bytes, records));
    return [finishParts(planned, tally, reports, ctx)];
  } finally {
    ctx.progress.end();
  }
}

/** The plan of an entry read in parts, from its first records (null: the reader found no table). The same on every thread and machine. */
export async function planEntryParts(entry: ExportEntry, reader: ExportReader, ctx: FileScanContext): Promise<PlannedTable | null> {
  const sample = new SampleSink();
  await readEntry(entry, reader, sample, ctx);
  return sample.start ? planTable(tableInput(entry, reader, sample.start, sample.held, !sample.full), ctx) : null;
}

/** The parts' tallies (merged, in order) and problems → the table's ExportFile, as one reader of the whole entry gives it. */
export function finishParts(planned: PlannedTable, tally: RangeTallyResult, reports: readonly Pick<RangeReport, 'problems' | 'problemCount'>[], ctx: Pick<FileScanContext, 'sample' | 'taxonomy'>): ExportFile {
  const problems = partProblems(reports);
  const { file, format } = planned.input;
  if (tally.records === 0 && problems.count === 0) throw noTables(file, format);
  return { ...finishTable(planned, tally, ctx), problems: problems.kept };
}

/** The parts' problems in order, as one reader of the whole entry would have kept them (a message said once). */
function partProblems(reports: readonly Pick<RangeReport, 'problems' | 'problemCount'>[]): { kept: ReadProblem[]; count: number } {
  const kept: ReadProblem[] = [];
  const said = new Set<string>();
  let count = 0;
  for (const r of reports) {
    count += r.problemCount ?? 0;
    for (const p of r.problems ?? []) {
      if (said.has(p.message)) continue;
      said.add(p.message);
      if (kept.length < MAX_PROBLEMS) kept.push(p);
    }
  }
  return { kept, count };
}

/** The first records of an entry's one table, as TableScanner holds them before it plans; then full. */
class SampleSink implements TableSink {
  start: TableStart | null = null;
  readonly held: SampleRecord[] = [];

  records(records: string[][], lines: Int32Array): void {
    for (let i = 0; i < records.length; i++) this.held.push({ line: lines[i]!, cells: records[i]!.slice() });
  }

  get full(): boolean {
    return this.held.length >= SAMPLE_RECORDS;
  }

  begin(start: TableStart): void {
    this.start ??= start;
  }

  /** The parts report them. */
  problem(): void {}
}

function tableInput(entry: ExportEntry, reader: ExportReader, start: TableStart, sample: SampleRecord[], validateAll: boolean): TableInput {
  return { file: entryPlace(entry), table: start.name, format: reader.format, header: start.columns, headerLine: start.line, sample, validateAll, encoding: start.encoding ?? 'utf8', delimiter: start.delimiter ?? '' };
}

interface OpenTable {
  start: TableStart;
  sample: SampleRecord[];
  planned: PlannedTable | null;
  tally: RangeTally | null;
  problems: ReadProblem[];
  problemCount: number;
}

class TableScanner implements TableSink {
  readonly done: ExportFile[] = [];
  private current: OpenTable | null = null;
  /** Problems before the first table (a dump's preamble): given to the first table. */
  private early: ReadProblem[] = [];
  private seen = 0;

  constructor(
    private readonly entry: ExportEntry,
    private readonly reader: ExportReader,
    private readonly ctx: FileScanContext,
  ) {}

  get full(): boolean {
    return this.current?.tally?.full ?? false;
  }

  get reads(): readonly boolean[] | null {
    return this.current?.planned?.plan.reads ?? null;
  }

  begin(start: TableStart): void {
    this.close();
    this.current = { start, sample: [], planned: null, tally: null, problems: this.early, problemCount: this.early.length };
    this.early = [];
  }

  records(records: string[][], lines: Int32Array): void {
    const t = this.current;
    if (!t) return;
    this.seen += records.length;
    if (t.tally) {
      t.tally.onBatch(records, lines);
    } else {
      for (let i = 0; i < records.length; i++) t.sample.push({ line: lines[i]!, cells: records[i]!.slice() });
      if (t.sample.length >= SAMPLE_RECORDS) this.startTally(t, false);
    }
    this.ctx.progress.update(this.entry.bytesRead(), this.seen);
  }

  problem(p: ReadProblem): void {
    const t = this.current;
    const list = t ? t.problems : this.early;
    if (t) t.problemCount++;
    if (list.length < MAX_PROBLEMS) list.push(p);
  }

  /** The current table is over: plan it if its sample never filled, and build its ExportFile. */
  close(): void {
    const t = this.current;
    if (!t) return;
    this.current = null;
    if (!t.tally) this.startTally(t, t.sample.length < VALIDATE_ALL_RECORDS);
    const result = t.tally!.result();
    if (result.records === 0 && t.problemCount === 0) return;
    this.done.push({ ...finishTable(t.planned!, mergeTallies([{ tally: result, lineOffset: 0 }]), this.ctx), problems: t.problems });
  }

  private startTally(t: OpenTable, validateAll: boolean): void {
    t.planned = planTable(tableInput(this.entry, this.reader, t.start, t.sample, validateAll), this.ctx);
    t.tally = new RangeTally(t.planned.plan, 0);
    const lines = Int32Array.from(t.sample, (r) => r.line);
    t.tally.onBatch(
      t.sample.map((r) => r.cells),
      lines,
    );
    t.sample = [];
  }
}
