/**
 * `privaudit scan`: exported tables → ExportFile (column profiles, record-level results) for the rule engine.
 *
 *   const files = await scanFiles(['exports/'], { policy, taxonomy, calendar, asOf: '2024-06-01', workers: 2 });
 */
import { stat } from 'node:fs/promises';
import type { WorkCalendar } from '../calendar/types.js';
import { DEFAULT_MAX_FIELD_CHARS } from '../load/exports/csv-records.js';
import type { Policy } from '../policy/policy.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { expandInputs } from './inputs.js';
import { loadMapping, type MappingFile } from './mapping.js';
import { WorkerPool } from './pool.js';
import { progressFor } from './progress.js';
import { isDivisible, scanFile, type FileScanContext } from './scan-file.js';
import { MIN_SPLIT_BYTES } from './split.js';
import type { ExportFile } from './types.js';

export { loadMapping, type MappingFile } from './mapping.js';
export { expandInputs } from './inputs.js';
export type { ExportFile, ColumnProfile, TableResult } from './types.js';

export interface ScanOptions {
  policy: Policy;
  taxonomy: Taxonomy;
  calendar: WorkCalendar;
  /** YYYY-MM-DD: retention deadlines and ages are measured on this day. */
  asOf: string;
  /** Only the first n records of each file. */
  sample?: number;
  /** Threads for large files: this one and `workers − 1` worker threads (default 1: this thread alone). */
  workers?: number;
  /** A mapping file path, or one already loaded. */
  mapping?: string | MappingFile | null;
  /** Progress bar on stderr; default: when stderr is a terminal. Never drawn when it is not. */
  progress?: boolean;
  /** Language of the progress line's words. */
  lang?: 'en' | 'zh';
  /** Longest field accepted (default 1 MiB), checked on the decoded text: a field of more characters is an InputError. */
  maxFieldBytes?: number;
  /** Files smaller than this are scanned as one range, whatever `workers` says (default 16 MiB). */
  minSplitBytes?: number;
  /** Tally the column facts `scan --inventory` needs (column-facts.ts): oldest records per date column, filled cells. */
  /** Rules the config turns off: their record checks are not planned (no work, no warnings). */
  rulesOff?: readonly string[];
  columnFacts?: boolean;
}

const MAX_WORKERS = 64;

/** Is any file big enough to be split, and splittable (an uncompressed CSV, or Parquet's row groups; a dump never is)? */
async function anySplittable(files: string[], bytes: number): Promise<boolean> {
  for (const f of files) {
    const size = (await stat(f).catch(() => null))?.size ?? 0;
    if (size >= bytes && (await isDivisible(f).catch(() => false))) return true;
  }
  return false;
}

/** What every file of a scan shares (the worker pool is started on first need). */
export interface ScanSession {
  ctx: FileScanContext;
  close(): Promise<void>;
}

export async function openSession(files: string[], opts: ScanOptions): Promise<ScanSession> {
  const mapping = typeof opts.mapping === 'string' ? loadMapping(opts.mapping, opts.taxonomy) : (opts.mapping ?? null);
  const workers = Math.max(1, Math.min(MAX_WORKERS, Math.floor(opts.workers ?? 1)));
  const minSplitBytes = opts.minSplitBytes ?? MIN_SPLIT_BYTES;
  // Threads take a moment to load the scanner: start them while the first file is probed and classified.
  // --workers n: this thread and n − 1 worker threads.
  let pool: WorkerPool | null | undefined = workers > 1 && (await anySplittable(files, minSplitBytes)) ? WorkerPool.start(workers - 1) : undefined;
  const ctx: FileScanContext = {
    policy: opts.policy,
    taxonomy: opts.taxonomy,
    calendar: opts.calendar,
    asOf: opts.asOf,
    mapping,
    sample: opts.sample ?? null,
    maxFieldChars: opts.maxFieldBytes ?? DEFAULT_MAX_FIELD_CHARS,
    minSplitBytes,
    workers,
    pool: () => (pool === undefined ? (pool = WorkerPool.start(workers - 1)) : pool),
    progress: progressFor(opts.progress, process.stderr, opts.lang),
    columnFacts: opts.columnFacts ?? false,
    rulesOff: new Set(opts.rulesOff ?? []),
  };
  return { ctx, close: async () => void (await pool?.close()) };
}

export async function scanFiles(paths: string[], opts: ScanOptions): Promise<ExportFile[]> {
  const files = await expandInputs(paths);
  const session = await openSession(files, opts);
  try {
    const out: ExportFile[] = [];
    for (const file of files) out.push(...(await scanFile(file, session.ctx)));
    return out;
  } finally {
    await session.close();
  }
}
