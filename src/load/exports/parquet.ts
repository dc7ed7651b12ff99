/**
 * Parquet, read with hyparquet (pure JavaScript, no install script, no native code; Node ≥ 20).
 * DuckDB's Node API was weighed on paper and not taken: it is a native binding (@duckdb/node-bindings-*,
 * a prebuilt library of tens of MB per platform) that a single-file executable cannot carry, and its
 * speed would go to decoding while the scan's cost is the per-value tally, the same whatever decodes.
 *
 * The file is read row group by row group (footer first: a missing or corrupt footer means nothing can
 * be read, an InputError). Within a row group, columns are read by name through hyparquet's lazy scan;
 * when the file has an offset index (hyparquet-writer, parquet-mr and Spark write one) a group is read
 * SLICE_ROWS rows at a time, else whole. Memory bound: one slice (or, without an offset index, one row
 * group) of decoded columns plus one batch of records: a file written with huge row groups and no
 * offset index costs its largest row group decoded.
 *
 * Columns and types come from the schema (parquet-columns.ts); a record's "line" is its 1-based row
 * number in the file. A row group whose column cannot be decoded is a problem naming the row group and
 * column (its cells are left empty there); the other columns and groups are read.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { decompress as zstdDecompress } from 'fzstd';
import { parquetMetadataAsync, parquetScan, parquetSchema, type Compressors, type DecodedArray, type FileMetaData, type ParquetScan } from 'hyparquet';
import { InputError } from '../../errors.js';
import { tableOfName } from './csv.js';
import { Flattener } from './jsonl-flatten.js';
import { columnText, PARSERS, tableOfSchema, type ParquetTable } from './parquet-columns.js';
import { parquetBytes } from './parquet-file.js';
import type { ExportEntry, ExportReader, TableSink } from './types.js';

/** Rows decoded at once when the file lets a row group be read in parts. */
export const SLICE_ROWS = 65_536;
/** Records handed to the sink at a time. */
const BATCH = 4096;
const MAGIC = Buffer.from('PAR1');

/** Codecs beyond hyparquet's own (uncompressed, Snappy): gzip and Brotli from Node's zlib, zstd (polars' default) from fzstd. */
const COMPRESSORS: Compressors = {
  GZIP: (input) => new Uint8Array(gunzipSync(input)),
  BROTLI: (input) => new Uint8Array(brotliDecompressSync(input)),
  ZSTD: (input, size) => zstdDecompress(input, new Uint8Array(size)),
};
const CODECS = new Set(['UNCOMPRESSED', 'SNAPPY', ...Object.keys(COMPRESSORS)]);

export const parquetReader: ExportReader = {
  format: 'parquet',
  sniff: (head) => head.length >= 4 && head.subarray(0, 4).equals(MAGIC),
  read: readParquet,
};

async function readParquet(entry: ExportEntry, sink: TableSink): Promise<void> {
  const bytes = await parquetBytes(entry);
  try {
    const metadata = await footer(entry, bytes.buffer);
    refuseCodecs(entry, metadata);
    const table = tableOfSchema(metadata, parquetSchema(metadata));
    sink.begin({ name: tableOfName(entry.member ?? entry.file), columns: table.columns, line: 1 });
    const scan = await parquetScan({ file: bytes.buffer, metadata, utf8: false, parsers: PARSERS, compressors: COMPRESSORS });
    const rows = new RowBuilder(table, sink);
    let groupStart = 0;
    for (let g = 0; g < metadata.row_groups.length && !sink.full; g++) {
      const group = metadata.row_groups[g]!;
      const groupRows = Number(group.num_rows);
      const slice = group.columns.every((c) => c.offset_index_offset !== undefined) ? SLICE_ROWS : groupRows;
      const failed = new Set<string>();
      for (let from = groupStart; from < groupStart + groupRows && !sink.full; from += slice) {
        const to = Math.min(from + slice, groupStart + groupRows);
        const values = await readSlice(scan, table, from, to, (column, e) => {
          if (failed.has(column)) return;
          failed.add(column);
          sink.problem({ line: from + 1, rowGroup: g + 1, message: `row group ${g + 1}, column ${column}: cannot be decoded (${(e as Error).message}); its values in this row group are not scanned`, hint: 'check that the file is complete; rewrite it with a common codec (Snappy, gzip, zstd)' });
        });
        rows.emit(values, from, to - from);
      }
      groupStart += groupRows;
    }
  } finally {
    await bytes.close();
  }
}

async function footer(entry: ExportEntry, buffer: Parameters<typeof parquetMetadataAsync>[0]): Promise<FileMetaData> {
  try {
    return await parquetMetadataAsync(buffer, { parsers: PARSERS });
  } catch (e) {
    throw new InputError(
      `not a readable Parquet file: its footer (the schema and where the row groups are) is missing or corrupt (${(e as Error).message}); nothing of it can be read`,
      { file: entry.member ? `${entry.file}!${entry.member}` : entry.file },
      'the file is probably truncated: copy or export it again',
    );
  }
}

/** A codec nothing here decompresses (LZ4, LZO): said once for the file, before any row group fails on it. */
function refuseCodecs(entry: ExportEntry, metadata: FileMetaData): void {
  const codecs = new Set(metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec ?? 'UNCOMPRESSED')));
  const unread = [...codecs].filter((c) => !CODECS.has(c));
  if (unread.length > 0) {
    throw new InputError(`Parquet compressed with ${unread.join(', ')}, which privaudit cannot decompress`, { file: entry.member ? `${entry.file}!${entry.member}` : entry.file }, 'rewrite the file with Snappy, gzip or zstd compression (e.g. pyarrow: compression="snappy")');
  }
}

/** Each top-level column's values for rows [from, to): null where it failed (reported). */
async function readSlice(scan: ParquetScan, table: ParquetTable, from: number, to: number, failed: (column: string, e: unknown) => void): Promise<(DecodedArray | null)[]> {
  return Promise.all(
    table.top.map((c) =>
      scan.readColumn({ column: c.name, rowStart: from, rowEnd: to }).then(
        (v) => (v.length === to - from ? v : (failed(c.name, new Error(`${v.length} values for ${to - from} rows`)), null)),
        (e: unknown) => (failed(c.name, e), null),
      ),
    ),
  );
}

/** Decoded columns → records of text, BATCH at a time, into the sink. */
class RowBuilder {
  private readonly width: number;
  private readonly flat: (string[] | null)[];
  private readonly flattener: Flattener | null;
  private readonly index: Map<string, number>;
  private batch: string[][] = [];
  private readonly lines = new Int32Array(BATCH);

  constructor(
    private readonly table: ParquetTable,
    private readonly sink: TableSink,
  ) {
    this.width = table.columns.length;
    this.flat = table.top.map((c) => (c.nested ? null : []));
    this.index = new Map(table.columns.map((c, i) => [c, i]));
    this.flattener = table.top.some((c) => c.nested) ? new Flattener((p) => this.index.get(p) ?? -1, table.whole) : null;
  }

  emit(values: (DecodedArray | null)[], from: number, n: number): void {
    const { top } = this.table;
    for (let c = 0; c < top.length; c++) {
      const text = this.flat[c];
      if (!text) continue;
      text.length = n;
      const v = values[c];
      if (v) columnText(v, top[c]!, text);
      else text.fill('');
    }
    if (this.flattener) this.nestedRows(values, from, n);
    else this.flatRows(from, n);
    this.flush();
  }

  /** Every column flat: record i is row i's cells, the record arrays reused batch after batch. */
  private flatRows(from: number, n: number): void {
    const cols = this.table.top.map((c, i) => ({ at: c.index, text: this.flat[i]! }));
    for (let start = 0; start < n; start += BATCH) {
      const count = Math.min(BATCH, n - start);
      while (this.batch.length < count) this.batch.push(new Array<string>(this.width));
      for (const { at, text } of cols) for (let k = 0; k < count; k++) this.batch[k]![at] = text[start + k]!;
      for (let k = 0; k < count; k++) this.lines[k] = from + start + k + 1;
      this.sink.records(count === this.batch.length ? this.batch : this.batch.slice(0, count), this.lines.subarray(0, count));
    }
    this.batch = [];
  }

  /** Nested columns: row by row through the flattener (an array's further elements make further records). */
  private nestedRows(values: (DecodedArray | null)[], from: number, n: number): void {
    const { top } = this.table;
    const f = this.flattener!;
    const doc: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      for (let c = 0; c < top.length; c++) if (top[c]!.nested) doc[top[c]!.name] = values[c]?.[i] ?? null;
      const height = f.flatten(doc, this.width);
      for (let c = 0; c < top.length; c++) {
        const text = this.flat[c];
        if (text) f.rows[0]![top[c]!.index] = text[i]!;
      }
      for (let r = 0; r < height; r++) this.push(f.rows[r]!.slice(), from + i + 1);
    }
  }

  private push(record: string[], line: number): void {
    this.lines[this.batch.length] = line;
    this.batch.push(record);
    if (this.batch.length === BATCH) this.flush();
  }

  private flush(): void {
    if (this.batch.length === 0) return;
    this.sink.records(this.batch, this.lines.subarray(0, this.batch.length));
    this.batch = [];
  }
}
