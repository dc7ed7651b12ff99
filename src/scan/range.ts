/**
 * One piece of an export, read and tallied: the unit of work of a worker (or of the main thread). A
 * piece is a byte range of a CSV, or a part of an entry its reader can cut (Parquet row groups).
 */
import { readRange, type RangeSource } from '../load/exports/csv-stream.js';
import type { EntryPart, ReadProblem, TableSink } from '../load/exports/types.js';
import type { ScanPlan } from './plan.js';
import { RangeTally, type RangeTallyResult } from './tally.js';

export interface RangeJob {
  source: RangeSource;
  plan: ScanPlan;
  /** Relative lines up to this one are not records (the header, in the first range). */
  skipThroughLine: number;
}

export interface PartJob {
  part: EntryPart;
  plan: ScanPlan;
  maxFieldChars: number;
}

export type ScanJob = RangeJob | PartJob;

export interface RangeReport {
  tally: RangeTallyResult;
  /** Physical lines in the range (0 for a part: its records carry the entry's own line numbers). */
  lines: number;
  endedInQuote: boolean;
  /** What the reader of a part could not read (the first MAX_PROBLEMS), and how many there were. */
  problems?: ReadProblem[];
  problemCount?: number;
}

export type ProgressCallback = (bytesRead: number, records: number) => void;

/** Tallies one range somewhere: on this thread (scanRange) or in a worker thread (pool.ts). */
export type RangeRunner<J extends ScanJob = ScanJob> = (job: J, onProgress: ProgressCallback) => Promise<RangeReport>;

/** Problems kept per table, and per part of one (the count goes on). */
export const MAX_PROBLEMS = 10;

export async function scanRange(job: ScanJob, onProgress?: ProgressCallback): Promise<RangeReport> {
  if ('part' in job) return scanPart(job, onProgress);
  const tally = new RangeTally(job.plan, job.skipThroughLine);
  const outcome = await readRange(job.source, {
    onBatch: tally.onBatch,
    shouldStop: () => tally.full,
    onBytes: onProgress ? (bytes) => onProgress(bytes, tally.records) : undefined,
  });
  return { tally: { ...tally.result(), undecodable: outcome.undecodable }, lines: outcome.lines, endedInQuote: outcome.endedInQuote };
}

async function scanPart(job: PartJob, onProgress?: ProgressCallback): Promise<RangeReport> {
  const { part, plan } = job;
  // Loaded on first need: a worker that only ever reads CSV ranges does not load the other readers.
  const { readerOf } = await import('../load/exports/registry.js');
  const tally = new RangeTally(plan, 0);
  const problems: ReadProblem[] = [];
  let problemCount = 0;
  let taken = 0;
  const sink: TableSink = {
    begin: () => {},
    records(records, lines) {
      tally.onBatch(records, lines);
      taken += records.length;
      // A part's bytes are read as its rows are: the share of rows taken stands for the bytes.
      onProgress?.(Math.round((part.bytes * taken) / Math.max(1, part.rows)), tally.records);
    },
    problem(p) {
      if (problemCount++ < MAX_PROBLEMS) problems.push(p);
    },
    get full() {
      return tally.full;
    },
    reads: plan.reads ?? null,
  };
  await readerOf(part.format).readPart!(part, sink, { maxFieldChars: job.maxFieldChars });
  return { tally: tally.result(), lines: 0, endedInQuote: false, problems, problemCount };
}
