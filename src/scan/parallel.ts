/**
 * A file's byte ranges tallied in parallel. There are several ranges per thread, and each thread takes
 * the next range when it finishes one, so a thread the machine slows down ends up with fewer ranges
 * instead of holding up the end. Results are merged in file order, so the outcome is the same
 * whichever thread ran which range.
 *
 * A cut is a guess (split.ts): when a range ends inside a quoted field, the cut after it was wrong, and
 * that range and the next are read again as one, on this thread. A field is bounded in size, so this
 * costs one or two ranges, never the whole file.
 */
import { InputError } from '../errors.js';
import { mergeTallies, type RangePart } from './merge.js';
import type { WorkerPool } from './pool.js';
import { scanRange, type ProgressCallback, type PartJob, type RangeJob, type RangeReport, type RangeRunner, type ScanJob } from './range.js';
import type { RangeTallyResult } from './tally.js';

type Settled = PromiseSettledResult<RangeReport>;

export interface Lane<J extends ScanJob = ScanJob> {
  run: RangeRunner<J>;
  /**
   * Jobs handed to it at a time. A worker thread gets 2: its next job waits in its queue, so it never
   * sits idle until this thread, busy parsing, gets round to answering. Not for the last jobs
   * (LAST_JOBS_PER_LANE): those go to whichever thread is free first.
   */
  depth: number;
}

/** This thread (already running, already holding the plan) and the pool's worker threads. */
export function lanesOf(pool: WorkerPool): Lane[] {
  return [{ run: scanRange, depth: 1 }, ...pool.runners().map((run) => ({ run, depth: 2 }))];
}

/** The last jobs, this many per lane, are never queued ahead (the smaller tail ranges of split.ts among them). */
const LAST_JOBS_PER_LANE = 3;

/** Tally `jobs` (consecutive ranges, in file order) on `lanes`; the first lane is this thread's. */
export async function tallyRanges(jobs: RangeJob[], lanes: Lane<RangeJob>[], onProgress: ProgressCallback): Promise<RangeTallyResult> {
  const settled = await runQueue(jobs, lanes, progressSum(jobs.length, onProgress));
  return mergeInOrder([...jobs], settled, lanes[0]!.run);
}

/**
 * Tally the parts of an entry (parts of a reader: their records carry the entry's own line numbers, and
 * nothing ends in a quote) on `lanes`; their reports in order, and the merged tally.
 */
export async function tallyParts(jobs: PartJob[], lanes: Lane<PartJob>[], onProgress: ProgressCallback): Promise<{ tally: RangeTallyResult; reports: RangeReport[] }> {
  const settled = await runQueue(jobs, lanes, progressSum(jobs.length, onProgress));
  const reports: RangeReport[] = [];
  for (let i = 0; i < jobs.length; i++) {
    const s = settled[i] ?? (await settle(lanes[0]!.run(jobs[i]!, noProgress)));
    if (s.status === 'rejected') throw s.reason;
    reports.push(s.value);
  }
  return { tally: mergeTallies(reports.map((r) => ({ tally: r.tally, lineOffset: 0 }))), reports };
}

/**
 * Each lane takes the next job until none is left, or until one failed: the jobs before a failure
 * were all taken before it, so they are settled when this returns; later ones may be missing.
 */
function runQueue<J extends ScanJob>(jobs: J[], lanes: Lane<J>[], onProgress: (job: number, bytes: number, records: number) => void): Promise<(Settled | undefined)[]> {
  const settled: (Settled | undefined)[] = new Array<Settled | undefined>(jobs.length);
  let next = 0;
  let failed = false;
  // A job queued behind a running one near the end could keep a free thread waiting for a busy one.
  const depthNow = (lane: Lane<J>) => (jobs.length - next > lanes.length * LAST_JOBS_PER_LANE ? lane.depth : 1);
  const pump = (lane: Lane<J>) =>
    new Promise<void>((done) => {
      let running = 0;
      const fill = () => {
        while (!failed && next < jobs.length && running < depthNow(lane)) {
          const i = next++;
          running++;
          void settle(lane.run(jobs[i]!, (bytes, records) => onProgress(i, bytes, records))).then((s) => {
            settled[i] = s;
            if (s.status === 'rejected') failed = true;
            running--;
            fill();
          });
        }
        if (running === 0) done();
      };
      fill();
    });
  return Promise.all(lanes.map(pump)).then(() => settled);
}

/** Progress of all jobs as one figure: the sums of each job's latest bytes and records. */
function progressSum(count: number, onProgress: ProgressCallback): (job: number, bytes: number, records: number) => void {
  const bytes = new Array<number>(count).fill(0);
  const records = new Array<number>(count).fill(0);
  return (job, b, r) => {
    bytes[job] = b;
    records[job] = r;
    onProgress(sum(bytes), sum(records));
  };
}

/**
 * In file order: a range that ended in a quote (not the last) is joined with the next and read again;
 * the first failure is the file's error, its line shifted by the lines before; a job that was never
 * run (the queue stopped at a failure a repair then made moot) is run here.
 */
async function mergeInOrder(jobs: RangeJob[], settled: (Settled | undefined)[], here: RangeRunner<RangeJob>): Promise<RangeTallyResult> {
  const parts: RangePart[] = [];
  let offset = 0;
  for (let i = 0; i < jobs.length; ) {
    const s = settled[i] ?? (settled[i] = await settle(here(jobs[i]!, noProgress)));
    if (s.status === 'fulfilled' && s.value.endedInQuote && i < jobs.length - 1) {
      jobs.splice(i, 2, joined(jobs[i]!, jobs[i + 1]!));
      settled.splice(i, 2, await settle(here(jobs[i]!, noProgress)));
      continue;
    }
    if (s.status === 'rejected') throw shiftLine(s.reason, offset);
    parts.push({ tally: s.value.tally, lineOffset: offset });
    offset += s.value.lines;
    i++;
  }
  return mergeTallies(parts);
}

/** Two consecutive ranges as one. */
function joined(a: RangeJob, b: RangeJob): RangeJob {
  return { ...a, source: { ...a.source, end: b.source.end, last: b.source.last } };
}

// A re-read covers bytes the progress bar has already counted.
const noProgress: ProgressCallback = () => {};

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

function shiftLine(e: unknown, offset: number): unknown {
  if (!(e instanceof InputError) || offset === 0 || !e.where || !('line' in e.where) || e.where.line === undefined) return e;
  return new InputError(e.message, { ...e.where, line: e.where.line + offset }, e.hint);
}
