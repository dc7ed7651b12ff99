/**
 * Parquet, read with hyparquet (pure JavaScript, no install script, no native code; Node ≥ 20).
 * DuckDB's Node API was weighed on paper and not taken: @duckdb/node-api is a native binding whose
 * library comes as one npm package per platform (@duckdb/node-bindings-linux-x64 1.5.6: 24 MB packed,
 * 71 MB unpacked, against hyparquet's 74 kB / 0.3 MB), which the single-file executable cannot carry
 * and a platform without a prebuilt package cannot install; and its speed would stop at the boundary,
 * since every value still has to become a JavaScript string for the tally, which is most of the scan
 * once pages are decoded well (parquet-pages.ts).
 *
 * The file is read row group by row group (footer first: a missing or corrupt footer means nothing can
 * be read, an InputError). Flat columns are read page by page, from disk as the records need them, and
 * decoded as the rows are taken (parquet-pages.ts: hyparquet's page decoders, without its general
 * assembly, which cost as much as the decoding); nested columns go through hyparquet's lazy scan, a row
 * group at a time. Memory bound: per flat column one page, compressed and decompressed (writers aim at
 * 1 MiB), whatever the row groups' size (pyarrow writes 1 Mi rows a group); nested columns cost their
 * row group's decoded values.
 *
 * Columns and types come from the schema (parquet-columns.ts); a record's "line" is its 1-based row
 * number in the file. Row groups are independent: parts() cuts a plain file into spans of them, and
 * readPart() reads one span, so threads share a big file (scan/tables.ts scanEntryInParts). A row group whose column cannot be decoded is a problem naming the row group and
 * column (its cells are left empty there); the other columns and groups are read.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { decompress as zstdDecompress } from 'fzstd';
import { parquetMetadataAsync, parquetScan, parquetSchema, type Compressors, type DecodedArray, type FileMetaData, type ParquetScan, type SchemaTree } from 'hyparquet';
import { InputError } from '../../errors.js';
import { entryTableName } from './csv.js';
import { Flattener } from './jsonl-flatten.js';
import { PARSERS, tableOfSchema, type ParquetTable } from './parquet-columns.js';
import { parquetBytes, parquetFileBytes, type ParquetBytes } from './parquet-file.js';
import { chunksByColumn, unreadColumns } from './parquet-skip.js';
import { chunkRange, FlatChunkCursor, flatColumnReader, newPageBuffer, type PageBuffer } from './parquet-pages.js';
import { snappyPage } from './parquet-snappy.js';
import type { EntryPart, ExportEntry, ExportReader, TableSink } from './types.js';
import { entryPlace } from './entries.js';

/** Records handed to the sink at a time. */
const BATCH = 4096;
const MAGIC = Buffer.from('PAR1');

/** Snappy through WebAssembly (parquet-snappy.ts); gzip and Brotli from Node's zlib; zstd (polars' default) from fzstd. */
const COMPRESSORS: Compressors = {
  SNAPPY: snappyPage,
  GZIP: (input) => new Uint8Array(gunzipSync(input)),
  BROTLI: (input) => new Uint8Array(brotliDecompressSync(input)),
  ZSTD: (input, size) => zstdDecompress(input, new Uint8Array(size)),
};
const CODECS = new Set(['UNCOMPRESSED', ...Object.keys(COMPRESSORS)]);

export const parquetReader: ExportReader = {
  format: 'parquet',
  sniff: (head) => head.length >= 4 && head.subarray(0, 4).equals(MAGIC),
  read: readParquet,
  parts: parquetParts,
  readPart: readParquetPart,
};

/** A Parquet file, its footer read. */
interface OpenParquet {
  bytes: ParquetBytes;
  metadata: FileMetaData;
  tree: SchemaTree;
  table: ParquetTable;
}

async function readParquet(entry: ExportEntry, sink: TableSink): Promise<void> {
  const bytes = await parquetBytes(entry);
  // The driver's progress reads entry.bytesRead(), which counts chunks(): a plain file is read by slices instead.
  if (entry.plain) entry.bytesRead = bytes.read;
  const file = await withFooter(bytes, entry);
  try {
    sink.begin({ name: entryTableName(entry), columns: file.table.columns, line: 1 });
    await readGroups(file, sink, 0, file.metadata.row_groups.length);
  } finally {
    await bytes.close();
  }
}

/** The row groups cut into `count` spans or fewer, of about as many rows each (threads take them in turn). */
async function parquetParts(entry: ExportEntry, count: number): Promise<EntryPart[]> {
  const bytes = await parquetBytes(entry);
  const { metadata } = await withFooter(bytes, entry); // closes the bytes when it throws
  try {
    return rowGroupSpans(metadata, count).map(([from, to]) => ({ format: 'parquet', file: entry.file, from, to, ...spanSize(metadata, from, to) }));
  } finally {
    await bytes.close();
  }
}

async function readParquetPart(part: EntryPart, sink: TableSink): Promise<void> {
  const bytes = await parquetFileBytes(part.file);
  const file = await withFooter(bytes, { file: part.file, member: null });
  try {
    await readGroups(file, sink, part.from, part.to);
  } finally {
    await bytes.close();
  }
}

/** The footer read, codecs checked; the bytes closed when it cannot be. */
async function withFooter(bytes: ParquetBytes, where: Pick<ExportEntry, 'file' | 'member'>): Promise<OpenParquet> {
  try {
    const metadata = await footer(where, bytes.buffer);
    refuseCodecs(where, metadata);
    const tree = parquetSchema(metadata);
    return { bytes, metadata, tree, table: tableOfSchema(tree) };
  } catch (e) {
    await bytes.close();
    throw e;
  }
}

/** Row groups [from, to) into the sink, their records numbered from the file's first row. */
async function readGroups(file: OpenParquet, sink: TableSink, from: number, to: number): Promise<void> {
  const { metadata } = file;
  const groups = new GroupReader(file.bytes, metadata, file.tree, file.table);
  try {
    await readGroupsWith(groups, new RowBuilder(file.table, sink), metadata, sink, from, to);
  } finally {
    groups.release();
  }
}

async function readGroupsWith(groups: GroupReader, rows: RowBuilder, metadata: FileMetaData, sink: TableSink, from: number, to: number): Promise<void> {
  let groupStart = spanSize(metadata, 0, from).rows;
  for (let g = from; g < to && !sink.full; g++) {
    const groupRows = Number(metadata.row_groups[g]!.num_rows);
    const failed = (column: string, e: unknown) =>
      sink.problem({ line: groupStart + 1, rowGroup: g + 1, message: `row group ${g + 1}, column ${column}: cannot be decoded (${(e as Error).message}); its values in this row group are not scanned`, hint: 'check that the file is complete; rewrite it with a common codec (Snappy, gzip, zstd)' });
    await rows.emit(await groups.open(g, groupStart, failed, sink.reads), groupStart, groupRows, failed);
    groupStart += groupRows;
  }
}

function spanSize(metadata: FileMetaData, from: number, to: number): { rows: number; bytes: number } {
  let rows = 0;
  let bytes = 0;
  for (const g of metadata.row_groups.slice(from, to)) {
    rows += Number(g.num_rows);
    bytes += Number(g.total_compressed_size ?? g.total_byte_size);
  }
  return { rows, bytes };
}

/** Consecutive [from, to) spans of row groups, at most `count`, each ending where its share of the rows is reached. */
export function rowGroupSpans(metadata: FileMetaData, count: number): [number, number][] {
  const groups = metadata.row_groups.map((g) => Number(g.num_rows));
  const total = groups.reduce((a, b) => a + b, 0);
  if (total === 0) return groups.length > 0 ? [[0, groups.length]] : [];
  const spans: [number, number][] = [];
  let from = 0;
  let seen = 0;
  for (let g = 0; g < groups.length; g++) {
    seen += groups[g]!;
    if (seen * count >= total * (spans.length + 1) || g === groups.length - 1) {
      spans.push([from, g + 1]);
      from = g + 1;
    }
  }
  return spans;
}

/** Page buffers of readers done, kept for the next (MiBs each: fresh ones per part cost as much again per thread). */
const FREE_BUFFERS: PageBuffer[] = [];
/** A table of many columns keeps no more than this many when it is done. */
const MAX_FREE_BUFFERS = 64;

/** Per top-level column of a row group: a cursor over a flat column's pages, a nested column's values, or null (failed and reported, or not read: its cells are empty). */
type GroupColumns = (FlatChunkCursor | DecodedArray | null)[];
type Failed = (column: string, e: unknown) => void;

/** One row group at a time: each column chunk read from disk; flat ones decoded as the rows are built, nested ones through hyparquet's assembly. */
class GroupReader {
  private scan: Promise<ParquetScan> | null = null;
  /** Per top-level column: the buffers its pages are read and decompressed into. */
  private readonly pages: PageBuffer[];

  constructor(
    private readonly file: ParquetBytes,
    private readonly metadata: FileMetaData,
    private readonly tree: SchemaTree,
    private readonly table: ParquetTable,
  ) {
    this.pages = table.top.map(() => FREE_BUFFERS.pop() ?? newPageBuffer());
  }

  /** The buffers go back for the next reader on this thread (a thread reads part after part). */
  release(): void {
    FREE_BUFFERS.push(...this.pages.splice(0).slice(0, Math.max(0, MAX_FREE_BUFFERS - FREE_BUFFERS.length)));
  }

  /** `reads`: the columns the scan reads (TableSink.reads); of the others, those parquet-skip.ts allows are left empty. */
  async open(g: number, groupStart: number, failed: Failed, reads: TableSink['reads']): Promise<GroupColumns> {
    const group = this.metadata.row_groups[g]!;
    const rows = Number(group.num_rows);
    const chunks = chunksByColumn(group);
    const unread = unreadColumns(group, chunks, this.table, reads);
    const out: GroupColumns = [];
    for (const [i, c] of this.table.top.entries()) {
      if (unread.has(c.name)) {
        out.push(null);
        continue;
      }
      try {
        if (c.nested) {
          out.push(await this.nested(c.name, groupStart, rows));
          continue;
        }
        const meta = chunks.get(c.name);
        if (!meta) throw new Error('no column chunk');
        const { start, end } = chunkRange(meta);
        out.push(new FlatChunkCursor(this.file.readInto, start, end, flatColumnReader(this.tree, meta, c, PARSERS, COMPRESSORS), rows, this.pages[i]!));
      } catch (e) {
        out.push(null);
        failed(c.name, e);
      }
    }
    return out;
  }

  private async nested(column: string, from: number, rows: number): Promise<DecodedArray> {
    this.scan ??= parquetScan({ file: this.file.buffer, metadata: this.metadata, utf8: false, parsers: PARSERS, compressors: COMPRESSORS });
    const v = await (await this.scan).readColumn({ column, rowStart: from, rowEnd: from + rows });
    if (v.length !== rows) throw new Error(`${v.length} values for ${rows} rows`);
    return v;
  }
}

async function footer(entry: Pick<ExportEntry, 'file' | 'member'>, buffer: Parameters<typeof parquetMetadataAsync>[0]): Promise<FileMetaData> {
  try {
    return await parquetMetadataAsync(buffer, { parsers: PARSERS });
  } catch (e) {
    throw new InputError(
      `not a readable Parquet file: its footer (the schema and where the row groups are) is missing or corrupt (${(e as Error).message}); nothing of it can be read`,
      { file: entryPlace(entry) },
      'the file is probably truncated: copy or export it again',
    );
  }
}

/** A codec nothing here decompresses (LZ4, LZO): said once for the file, before any row group fails on it. */
function refuseCodecs(entry: Pick<ExportEntry, 'file' | 'member'>, metadata: FileMetaData): void {
  const codecs = new Set(metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec ?? 'UNCOMPRESSED')));
  const unread = [...codecs].filter((c) => !CODECS.has(c));
  if (unread.length > 0) {
    throw new InputError(`Parquet compressed with ${unread.join(', ')}, which privaudit cannot decompress`, { file: entryPlace(entry) }, 'rewrite the file with Snappy, gzip or zstd compression (e.g. pyarrow: compression="snappy")');
  }
}

/** A row group's columns → records of text, BATCH rows at a time, into the sink. */
class RowBuilder {
  private readonly width: number;
  private readonly flattener: Flattener | null;
  /** Records of the current rows (reused batch after batch: the sink copies what it keeps). */
  private readonly batch: string[][] = [];
  private readonly lines = new Int32Array(BATCH);
  /** Nested tables: the records the flattener made, handed over BATCH at a time. */
  private out: string[][] = [];
  private readonly outLines = new Int32Array(BATCH);

  constructor(
    private readonly table: ParquetTable,
    private readonly sink: TableSink,
  ) {
    this.width = table.columns.length;
    const index = new Map(table.columns.map((c, i) => [c, i]));
    this.flattener = table.top.some((c) => c.nested) ? new Flattener((p, empty) => index.get(p) ?? (empty ? -1 : this.unknown(p)), table.whole, table.wallClock) : null;
  }

  async emit(columns: GroupColumns, groupStart: number, rows: number, failed: Failed): Promise<void> {
    const { top } = this.table;
    for (let start = 0; start < rows && !this.sink.full; start += BATCH) {
      const count = Math.min(BATCH, rows - start);
      while (this.batch.length < count) this.batch.push(new Array<string>(this.width).fill(''));
      for (let c = 0; c < top.length; c++) {
        const col = columns[c];
        if (top[c]!.nested) continue;
        if (col instanceof FlatChunkCursor) {
          try {
            await col.take(this.batch, 0, count, top[c]!.index);
            continue;
          } catch (e) {
            columns[c] = null;
            failed(top[c]!.name, e);
          }
        }
        for (let k = 0; k < count; k++) this.batch[k]![top[c]!.index] = '';
      }
      const first = groupStart + start + 1;
      if (this.flattener) this.nestedRows(columns, start, count, first);
      else {
        for (let k = 0; k < count; k++) this.lines[k] = first + k;
        this.sink.records(count === this.batch.length ? this.batch : this.batch.slice(0, count), this.lines.subarray(0, count));
      }
    }
    this.flush();
  }

  private readonly unknownPaths = new Set<string>();
  private line = 0;

  /** A nested value at a path the schema walk did not name (parquet-columns.ts): said once, not silently dropped. */
  private unknown(path: string): number {
    if (!this.unknownPaths.has(path)) {
      this.unknownPaths.add(path);
      this.sink.problem({ line: this.line, message: `values at ${path} are not scanned: the schema as read gives them no column`, hint: 'report this file\'s schema to the privaudit maintainers' });
    }
    return -1;
  }

  /** Nested columns: row by row through the flattener (an array's further elements make further records). */
  private nestedRows(columns: GroupColumns, start: number, count: number, first: number): void {
    const { top } = this.table;
    const f = this.flattener!;
    const doc: Record<string, unknown> = {};
    for (let k = 0; k < count; k++) {
      for (let c = 0; c < top.length; c++) if (top[c]!.nested) doc[top[c]!.name] = (columns[c] as DecodedArray | null)?.[start + k] ?? null;
      this.line = first + k;
      const height = f.flatten(doc, this.width);
      const row0 = f.rows[0]!;
      for (let c = 0; c < top.length; c++) if (!top[c]!.nested) row0[top[c]!.index] = this.batch[k]![top[c]!.index]!;
      for (let r = 0; r < height; r++) this.push(f.rows[r]!.slice(), first + k);
    }
  }

  private push(record: string[], line: number): void {
    this.outLines[this.out.length] = line;
    this.out.push(record);
    if (this.out.length === BATCH) this.flush();
  }

  private flush(): void {
    if (this.out.length === 0) return;
    this.sink.records(this.out, this.outLines.subarray(0, this.out.length));
    this.out = [];
  }
}
