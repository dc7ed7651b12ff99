/** One byte range of an export, read and tallied: the unit of work of a worker (or of the main thread). */
import { readRange, type RangeSource } from '../load/exports/csv-stream.js';
import type { ScanPlan } from './plan.js';
import { RangeTally, type RangeTallyResult } from './tally.js';

export interface RangeJob {
  source: RangeSource;
  plan: ScanPlan;
  /** Relative lines up to this one are not records (the header, in the first range). */
  skipThroughLine: number;
}

export interface RangeReport {
  tally: RangeTallyResult;
  /** Physical lines in the range. */
  lines: number;
  endedInQuote: boolean;
}

export type ProgressCallback = (bytesRead: number, records: number) => void;

/** Tallies one range somewhere: on this thread (scanRange) or in a worker thread (pool.ts). */
export type RangeRunner = (job: RangeJob, onProgress: ProgressCallback) => Promise<RangeReport>;

export async function scanRange(job: RangeJob, onProgress?: ProgressCallback): Promise<RangeReport> {
  const tally = new RangeTally(job.plan, job.skipThroughLine);
  const outcome = await readRange(job.source, {
    onBatch: tally.onBatch,
    shouldStop: () => tally.full,
    onBytes: onProgress ? (bytes) => onProgress(bytes, tally.records) : undefined,
  });
  return { tally: tally.result(), lines: outcome.lines, endedInQuote: outcome.endedInQuote };
}
