/**
 * The scan of an entry read by any reader (load/exports): each table's first records are held until
 * SAMPLE_RECORDS of them (or the table's end) have come, the columns are classified from them, and then
 * every record goes through the same tally as a CSV range. Memory: one sample per table, then nothing
 * that grows with the table.
 */
import { InputError } from '../errors.js';
import { SAMPLE_RECORDS, type SampleRecord } from '../load/exports/csv-probe.js';
import type { ExportEntry, ExportReader, ReadProblem, TableSink, TableStart } from '../load/exports/types.js';
import { mergeTallies } from './merge.js';
import type { FileScanContext } from './scan-file.js';
import { finishTable, planTable, type PlannedTable } from './table-plan.js';
import { RangeTally } from './tally.js';
import type { ExportFile } from './types.js';

/** Tables of fewer bytes than this are validated in full (scan-file.ts does the same by file size). */
const VALIDATE_ALL_RECORDS = 100_000;
/** Problems kept per table (the count goes on). */
const MAX_PROBLEMS = 10;

export async function scanEntry(entry: ExportEntry, reader: ExportReader, ctx: FileScanContext): Promise<ExportFile[]> {
  const sink = new TableScanner(entry, reader, ctx);
  ctx.progress.begin(entry.member ? `${entry.file}!${entry.member}` : entry.file, entry.size);
  try {
    await reader.read(entry, sink, { maxFieldChars: ctx.maxFieldChars }).catch((e: unknown) => {
      throw e instanceof InputError ? e : new InputError(`cannot read the file (${(e as Error).message})`, { file: entry.file }, 'check that the file is complete');
    });
    sink.close();
  } finally {
    ctx.progress.end();
  }
  if (sink.done.length === 0) throw new InputError('no tables: nothing in the file could be read as a table', { file: entry.file }, `check that it is a ${reader.format} export`);
  return sink.done;
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
    const { start } = t;
    const format = this.reader.format;
    t.planned = planTable(
      { file: this.entry.file, table: start.name, format, header: start.columns, headerLine: start.line, sample: t.sample, validateAll, encoding: start.encoding ?? 'utf8', delimiter: start.delimiter ?? '' },
      this.ctx,
    );
    t.tally = new RangeTally(t.planned.plan, 0);
    const lines = Int32Array.from(t.sample, (r) => r.line);
    t.tally.onBatch(
      t.sample.map((r) => r.cells),
      lines,
    );
    t.sample = [];
  }
}
