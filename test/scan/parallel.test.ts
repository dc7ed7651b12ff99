/**
 * Handing ranges to threads as they free up: the merged tally is in file order whoever ran what, a
 * wrong cut re-reads two ranges (not the file), and an error's line counts the ranges before it.
 * Runners here are stand-ins that report a range's own start as its record count.
 */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { tallyRanges } from '../../src/scan/parallel.js';
import type { ProgressCallback, RangeJob, RangeReport, RangeRunner } from '../../src/scan/range.js';

const STEP = 100;

/** Ranges [0,100), [100,200), …; the last open-ended. */
function jobs(n: number): RangeJob[] {
  return Array.from({ length: n }, (_, i) => ({
    source: { file: 'f.csv', gzip: false, encoding: 'utf8', delimiter: ',', maxFieldChars: 1000, start: i * STEP, end: i === n - 1 ? null : (i + 1) * STEP, first: i === 0, last: i === n - 1 },
    plan: {} as RangeJob['plan'],
    skipThroughLine: i === 0 ? 1 : 0,
  }));
}

interface Call {
  runner: string;
  start: number;
  end: number | null;
}

/** A runner that records its calls; `outcome` decides each range's report (by its start and end). */
function runner(name: string, calls: Call[], outcome: (job: RangeJob) => Partial<RangeReport> | Error = () => ({}), delayMs = 0): RangeRunner<RangeJob> {
  return async (job) => {
    calls.push({ runner: name, start: job.source.start, end: job.source.end });
    await new Promise((r) => setTimeout(r, delayMs));
    const o = outcome(job);
    if (o instanceof Error) throw o;
    const records = job.source.start;
    return { tally: { records, ragged: 0, raggedRows: [records], columns: [], freeText: [], checks: [] }, lines: 10, endedInQuote: false, ...o };
  };
}

const none = () => {};

/** Runners as lanes handed one job at a time. */
const tally = (all: RangeJob[], runners: RangeRunner<RangeJob>[], onProgress: ProgressCallback) => tallyRanges(all, runners.map((run) => ({ run, depth: 1 })), onProgress);

describe('tallyRanges', () => {
  it('a slow thread takes fewer ranges; the tally is in file order whoever ran what', async () => {
    const calls: Call[] = [];
    const result = await tally(jobs(12), [runner('slow', calls, undefined, 40), runner('fast', calls)], none);
    const ran = (name: string) => calls.filter((c) => c.runner === name).length;
    expect(ran('slow') + ran('fast')).toBe(12);
    expect(ran('fast')).toBeGreaterThan(ran('slow'));
    // Records add up; first rows come in file order, each shifted by the 10 lines of every range before.
    expect(result.records).toBe(STEP * ((11 * 12) / 2));
    expect(result.raggedRows.slice(0, 4)).toEqual([0, 110, 220, 330]);
  });

  it('a lane of depth 2 (a worker thread) is handed its next job before the last one ends', async () => {
    const calls: Call[] = [];
    let running = 0;
    let most = 0;
    const counting: RangeRunner<RangeJob> = async (job, onProgress) => {
      most = Math.max(most, ++running);
      const report = await runner('worker', calls, undefined, 10)(job, onProgress);
      running--;
      return report;
    };
    const result = await tallyRanges(jobs(6), [{ run: counting, depth: 2 }], none);
    expect(most).toBe(2);
    expect(calls).toHaveLength(6);
    expect(result.raggedRows).toEqual([0, 110, 220, 330, 440, 550]);
  });

  it.each([
    [20, ['here 0', 'worker 100', 'worker 200']],
    // Eight jobs: after the first two, six are left, the last three per lane: none is queued behind job 1.
    [8, ['here 0', 'worker 100']],
  ])('of %i jobs, a worker lane queues a second job only while more than three per lane are left', async (count, handed) => {
    const started: string[] = [];
    const release: (() => void)[] = [];
    const held =
      (name: string): RangeRunner<RangeJob> =>
      async (job, onProgress) => {
        started.push(`${name} ${job.source.start}`);
        await new Promise<void>((r) => release.push(r));
        return runner(name, [])(job, onProgress);
      };
    const done = tallyRanges(jobs(count), [{ run: held('here'), depth: 1 }, { run: held('worker'), depth: 2 }], none);
    await Promise.resolve();
    expect(started).toEqual(handed);
    // Release jobs as they come until all have run.
    while (started.length < count || release.length > 0) {
      release.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect((await done).records).toBe(STEP * ((count * (count - 1)) / 2));
  });

  it('progress is the sum over ranges', async () => {
    const seen: [number, number][] = [];
    const reporting: RangeRunner<RangeJob> = async (job, onProgress) => {
      onProgress(STEP, 5);
      return runner('r', [])(job, onProgress);
    };
    await tally(jobs(3), [reporting], (bytes, records) => seen.push([bytes, records]));
    expect(seen).toEqual([[100, 5], [200, 10], [300, 15]]);
  });

  it('a range that ends in a quote is read again joined with the next, on this thread', async () => {
    const calls: Call[] = [];
    // The cut at 300 fell inside a quoted field: [200,300) ends in a quote, [200,400) does not.
    const outcome = (job: RangeJob) => ({ endedInQuote: job.source.start === 200 && job.source.end === 300 });
    const result = await tally(jobs(6), [runner('here', calls, outcome), runner('worker', calls, outcome)], none);
    expect(calls.filter((c) => c.start === 200 && c.end === 400)).toEqual([{ runner: 'here', start: 200, end: 400 }]);
    expect(calls).toHaveLength(7);
    // Ranges 0, 100, 200–400, 400, 500: the joined one counts once.
    expect(result.records).toBe(0 + 100 + 200 + 400 + 500);
    expect(result.raggedRows).toEqual([0, 110, 220, 430, 540]);
  });

  it('a quoted field over several cuts joins range after range', async () => {
    const calls: Call[] = [];
    // Everything from 100 up to 400 is one quoted field.
    const outcome = (job: RangeJob) => ({ endedInQuote: job.source.start === 100 && job.source.end !== null && job.source.end < 400 });
    const result = await tally(jobs(5), [runner('here', calls, outcome)], none);
    expect(calls.slice(5).map((c) => [c.start, c.end])).toEqual([[100, 300], [100, 400]]);
    expect(result.records).toBe(0 + 100 + 400);
  });

  it('an error is at its line in the file: the lines of the ranges before are added', async () => {
    const calls: Call[] = [];
    const outcome = (job: RangeJob) => (job.source.start === 200 ? new InputError('unterminated quoted field', { file: 'f.csv', line: 5 }) : {});
    const e = await tally(jobs(8), [runner('here', calls, outcome, 5)], none).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).where).toEqual({ file: 'f.csv', line: 25 });
    // No range is started after the failing one.
    expect(calls.map((c) => c.start)).toEqual([0, 100, 200]);
  });

  it('an error in a range that began inside a quote is moot once the ranges are joined', async () => {
    const calls: Call[] = [];
    const outcome = (job: RangeJob) => {
      if (job.source.start === 100 && job.source.end === 200) return { endedInQuote: true };
      if (job.source.start === 200) return new InputError('field over the size bound', { file: 'f.csv', line: 1 });
      return {};
    };
    const result = await tally(jobs(5), [runner('here', calls, outcome)], none);
    // The queue stopped at the error; the joined range and the ranges never run are read here.
    expect(calls.map((c) => [c.start, c.end])).toEqual([[0, 100], [100, 200], [200, 300], [100, 300], [300, 400], [400, null]]);
    expect(result.records).toBe(0 + 100 + 300 + 400);
  });

  it('a failure that is not an input error passes through unchanged', async () => {
    const crash = new Error('scan worker stopped unexpectedly (exit code 1)');
    const e = await tally(jobs(3), [runner('here', [], (j) => (j.source.start === 100 ? crash : {}))], none).catch((x: unknown) => x);
    expect(e).toBe(crash);
  });
});
