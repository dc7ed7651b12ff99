/**
 * Shared by the mysqldump and pg_dump reader tests: a dump given as text or bytes becomes an
 * ExportEntry read in chunks of a chosen size, and what the reader hands the sink is collected.
 */
import { InputError } from '../../../src/errors.js';
import { DEFAULT_MAX_FIELD_CHARS } from '../../../src/load/exports/csv-records.js';
import { HEAD_BYTES } from '../../../src/load/exports/entries.js';
import type { ExportEntry, ExportReader, ReadProblem } from '../../../src/load/exports/types.js';

export interface ReadTable {
  name: string;
  columns: string[];
  line: number;
  encoding: string | undefined;
  rows: string[][];
  lines: number[];
  problems: ReadProblem[];
}

export interface ReadResult {
  tables: ReadTable[];
  /** Problems given before any table began. */
  early: ReadProblem[];
  error: InputError | null;
}

export interface ReadOpts {
  /** Bytes per chunk (default: the whole dump in one). */
  chunk?: number;
  /** Explicit cut points (byte offsets) instead of a chunk size. */
  cuts?: number[];
  maxFieldChars?: number;
  /** The sink says it is full after this many records of a table (--sample). */
  fullAfter?: number;
  file?: string;
}

export function entryOf(content: string | Buffer, opts: ReadOpts = {}): ExportEntry {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const cuts = opts.cuts ?? [];
  return {
    file: opts.file ?? 'dump.sql',
    member: null,
    head: bytes.subarray(0, HEAD_BYTES),
    complete: bytes.length <= HEAD_BYTES,
    compression: 'none',
    plain: false,
    size: bytes.length,
    bytesRead: () => 0,
    chunks: async function* () {
      if (cuts.length > 0) {
        let from = 0;
        for (const at of [...cuts, bytes.length]) {
          yield bytes.subarray(from, at);
          from = at;
        }
        return;
      }
      const size = opts.chunk ?? Math.max(1, bytes.length);
      for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
    },
  };
}

export async function readWith(reader: ExportReader, content: string | Buffer, opts: ReadOpts = {}): Promise<ReadResult> {
  const tables: ReadTable[] = [];
  const early: ReadProblem[] = [];
  let current: ReadTable | null = null;
  const sink = {
    begin(t: { name: string; columns: string[]; line: number; encoding?: string }) {
      current = { name: t.name, columns: t.columns, line: t.line, encoding: t.encoding, rows: [], lines: [], problems: [] };
      tables.push(current);
    },
    records(records: string[][], lines: ArrayLike<number>) {
      for (let i = 0; i < records.length; i++) {
        current!.rows.push(records[i]!.slice());
        current!.lines.push(lines[i]!);
      }
    },
    problem(p: ReadProblem) {
      (current ? current.problems : early).push(p);
    },
    get full() {
      return opts.fullAfter !== undefined && current !== null && current.rows.length >= opts.fullAfter;
    },
  };
  let error: InputError | null = null;
  try {
    await reader.read(entryOf(content, opts), sink, { maxFieldChars: opts.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    error = e;
  }
  return { tables, early, error };
}

/** name → rows, for compact expectations. */
export function rowsByTable(r: ReadResult): Record<string, string[][]> {
  return Object.fromEntries(r.tables.map((t) => [t.name, t.rows]));
}

/** Every problem, wherever it went. */
export function allProblems(r: ReadResult): ReadProblem[] {
  return [...r.early, ...r.tables.flatMap((t) => t.problems)];
}
