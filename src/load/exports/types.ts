/**
 * The seam every export format plugs into. A reader turns one entry (a file, or a member of an archive,
 * already decompressed) into tables of string cells; the scanner (src/scan/tables.ts) classifies and
 * tallies them the same way whatever the format. Adding a format is one reader file, listed in
 * registry.ts, plus its tests.
 */
import type { TextEncoding } from '../../io/encoding.js';

export type ExportFormat = 'csv' | 'mysqldump' | 'pgdump' | 'jsonl' | 'parquet' | 'xlsx';

export interface TableStart {
  /** The table's name: the dump's table, the Parquet or CSV file's name without extensions, the sheet. */
  name: string;
  columns: string[];
  /** 1-based line of the header (CREATE TABLE, COPY, the CSV header); 1 for formats without lines. */
  line: number;
  /** Text tables only: how the bytes were read (reported in the input list). */
  encoding?: TextEncoding;
  delimiter?: string;
}

/** Something a reader could not read: reported, and the rest of the entry is read. */
export interface ReadProblem {
  /** 1-based line (row number in formats without lines); 0 for a whole archive member. */
  line: number;
  column?: number;
  /** Parquet: the row group (1-based). */
  rowGroup?: number;
  message: string;
  hint: string;
}

export interface TableSink {
  begin(table: TableStart): void;
  /**
   * Complete records of the current table, each as wide as its columns (a short one is padded by the
   * reader, a longer one counts as ragged). `lines[i]`: the 1-based line (or row number) where
   * `records[i]` starts. The arrays may be reused by the reader after the call returns.
   */
  records(records: string[][], lines: Int32Array): void;
  problem(p: ReadProblem): void;
  /** The current table needs no more records (--sample): the reader may skip to the next table. */
  readonly full: boolean;
  /**
   * Per column of the current table, whether the scan reads its cells (null or absent: every one). A
   * reader may leave the others empty, but only where that cannot make a record with values look blank
   * (blank records are not counted): e.g. when a column that is read has a value in every record.
   */
  readonly reads?: readonly boolean[] | null;
}

/** How the entry is stored on disk (found from its first bytes): `zip` for every member of an archive. */
export type Compression = 'none' | 'gzip' | 'zstd' | 'zip';

export interface ExportEntry {
  /** The path as given on the command line. */
  file: string;
  /** The member of an archive (`users.csv` in `export.zip`), else null. */
  member: string | null;
  /** Up to HEAD_BYTES of the entry's content, decompressed. */
  head: Buffer;
  /** The head holds the whole entry. */
  complete: boolean;
  /** The entry's content, decompressed, from its first byte; each call starts again. */
  chunks(): AsyncIterable<Buffer>;
  compression: Compression;
  /** Uncompressed and on disk as `file` (not an archive member): a reader needing random access (Parquet) may open the file itself. */
  plain: boolean;
  /** Bytes on disk (the compressed size for compressed files), for the progress bar. */
  size: number;
  /** Bytes of the file on disk read so far, updated as `chunks()` is read (for the progress bar). */
  bytesRead(): number;
}

export interface ReadOptions {
  /** Longest field accepted, in characters (--max-field-bytes). */
  maxFieldChars: number;
}

/**
 * A piece of a one-table entry that can be read on its own, by any thread (Parquet: a span of row
 * groups). Plain data: it crosses to worker threads. Its records keep the line numbers the whole
 * entry gives them.
 */
export interface EntryPart {
  format: ExportFormat;
  file: string;
  /** The span, in the reader's own units (row groups), [from, to). */
  from: number;
  to: number;
  /** Records and bytes on disk in the part (progress). */
  rows: number;
  bytes: number;
}

export interface ExportReader {
  readonly format: ExportFormat;
  /** Whether the entry is this format, from its first bytes (decompressed) and its name. */
  sniff(head: Buffer, name: string): boolean;
  /** Stream every table of the entry into the sink. Throws an InputError only when nothing of it can be read. */
  read(entry: ExportEntry, sink: TableSink, opts: ReadOptions): Promise<void>;
  /**
   * Readers of formats that hold one table in independent pieces: the entry (a plain file) cut into
   * `count` parts or fewer, in order, for threads to read at once. One part: read it with read().
   */
  parts?(entry: ExportEntry, count: number): Promise<EntryPart[]>;
  /** One part's records (and problems) into the sink, which has begun the table already. */
  readPart?(part: EntryPart, sink: TableSink, opts: ReadOptions): Promise<void>;
}
