/**
 * A flat column chunk (a top-level column that is neither a struct nor a list) → its values as text,
 * page by page, with hyparquet's own page decoders (header, decompression, levels, encodings,
 * dictionary, type conversion). Only the last step is ours: hyparquet hands every page, flat or not, to
 * its general Dremel assembly, which for a flat column only spreads the values over the rows whose
 * definition level says "present" — and costs as much as decoding itself (measured: a quarter of the
 * read time of a 870,000-row export). Here that step is one loop, writing text straight into the row's
 * cell. Nested columns still go through hyparquet's assembly (parquet.ts).
 */
import type { ColumnMetaData, Compressors, DecodedArray, ParquetParsers, SchemaTree } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, convertWithDictionary, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel, getTreePath } from 'hyparquet/src/schema.js';
import { bytesText } from './jsonl-flatten.js';
import { textOf, type TopColumn } from './parquet-columns.js';
import { snappyUncompress } from 'hyparquet/src/snappy.js';

type ColumnDecoder = Parameters<typeof readDataPageV2>[2];

export interface FlatColumnReader {
  decoder: ColumnDecoder;
  /** BYTE_ARRAY columns read by plainTextPage when stored PLAIN: `text` (UTF-8 annotated), `bytes` (unannotated: UTF-8 or hex). */
  plainText: 'text' | 'bytes' | null;
  /** For dictionary pages: not the pooled buffer (their values are kept). */
  dictionaryCompressors: Compressors;
  maxDefinition: number;
  column: TopColumn;
}

/** A buffer reused page after page (and row group after row group) by one column. */
export interface PageBuffer {
  bytes: Uint8Array;
}

export function flatColumnReader(tree: SchemaTree, meta: ColumnMetaData, column: TopColumn, parsers: Partial<ParquetParsers>, compressors: Compressors, pages: PageBuffer): FlatColumnReader {
  // Snappy data pages are decompressed into the column's page buffer: see pooledSnappy.
  const pageCompressors = { SNAPPY: (input: Uint8Array, size: number) => pooledSnappy(pages, input, size), ...compressors };
  const schemaPath = getTreePath(tree, meta.path_in_schema);
  const decoder: ColumnDecoder = {
    pathInSchema: meta.path_in_schema,
    type: meta.type,
    element: schemaPath[schemaPath.length - 1]!.element,
    schemaPath,
    codec: meta.codec,
    parsers: { ...DEFAULT_PARSERS, ...parsers },
    compressors: pageCompressors,
    utf8: false,
  };
  return { decoder, maxDefinition: getMaxDefinitionLevel(schemaPath), column, dictionaryCompressors: compressors, plainText: column.scale === null ? plainTextKind(decoder) : null };
}

const TEXT_TYPES = new Set(['UTF8', 'JSON', 'ENUM', 'STRING']);

function plainTextKind(d: ColumnDecoder): FlatColumnReader['plainText'] {
  if (d.type !== 'BYTE_ARRAY') return null;
  const { converted_type: converted, logical_type: logical } = d.element;
  if (converted === undefined && logical === undefined) return 'bytes';
  const named = [converted, logical?.type].filter((t) => t !== undefined);
  return named.every((t) => TEXT_TYPES.has(t!)) ? 'text' : null;
}

/** Where a column chunk's bytes are (as hyparquet's plan finds them). */
export function chunkRange(meta: ColumnMetaData): { start: number; end: number } {
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  return { start, end: start + Number(meta.total_compressed_size) };
}

/**
 * A flat column chunk read as text page by page, in step with the other columns of its row group:
 * `take` decodes a page only when the rows asked for need it, so a page's values die young.
 */
export class FlatChunkCursor {
  private readonly view: DataView;
  private readonly reader: { view: DataView; offset: number };
  private dictionary: DecodedArray | undefined;
  /** The current page, read as its rows are taken. */
  private page: PlainTextPage | ValuesPage | null = null;
  /** Rows of the current page not taken yet. */
  private left = 0;
  private row = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly r: FlatColumnReader,
    private readonly rows: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.reader = { view: this.view, offset: 0 };
  }

  /** The next `count` values into `records[from..from+count)[col]`. Throws on a page that cannot be decoded. */
  take(records: string[][], from: number, count: number, col: number): void {
    for (let k = from, end = from + count; k < end; ) {
      if (this.left === 0) this.nextPage();
      const n = Math.min(end - k, this.left);
      this.page!.take(records, k, n, col);
      this.left -= n;
      k += n;
    }
  }

  private textPage(page: Uint8Array, levels: Uint8Array | null, count: number): void {
    this.page = new PlainTextPage(page, levels, this.r, count);
    this.left = count;
    this.row += count;
  }

  private nextPage(): void {
    const { reader, r } = this;
    const { decoder } = r;
    for (;;) {
      if (this.row >= this.rows || reader.offset >= this.view.byteLength - 1) throw new Error(`${this.row} values for ${this.rows} rows`);
      const header = parquetHeader(reader);
      const compressed = this.bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
      reader.offset += header.compressed_page_size;
      let levels: ArrayLike<number>;
      let values: DecodedArray;
      let count: number;
      if (header.type === 'DICTIONARY_PAGE') {
        const page = decompressPage(compressed, header.uncompressed_page_size, decoder.codec, r.dictionaryCompressors);
        const plain = readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, decoder.type, header.dictionary_page_header!.num_values, decoder.element.type_length);
        this.dictionary = convert(plain, decoder);
        continue;
      } else if (header.type === 'DATA_PAGE') {
        const daph = header.data_page_header!;
        const page = decompressPage(compressed, header.uncompressed_page_size, decoder.codec, decoder.compressors);
        if (daph.encoding === 'PLAIN' && r.plainText) {
          this.textPage(page, null, Math.min(daph.num_values, this.rows - this.row));
          return;
        }
        const { definitionLevels, dataPage } = readDataPage(page, daph, decoder);
        levels = definitionLevels ?? [];
        values = convertWithDictionary(dataPage, this.dictionary, daph.encoding, decoder);
        count = daph.num_values;
      } else if (header.type === 'DATA_PAGE_V2') {
        const daph2 = header.data_page_header_v2!;
        if (daph2.encoding === 'PLAIN' && r.plainText) {
          const levelsEnd = daph2.repetition_levels_byte_length + daph2.definition_levels_byte_length;
          const size = header.uncompressed_page_size - levelsEnd;
          const body = compressed.subarray(levelsEnd);
          const values = daph2.is_compressed !== false && size > 0 ? decompressPage(body, size, decoder.codec, decoder.compressors) : body;
          this.textPage(values, compressed.subarray(daph2.repetition_levels_byte_length, levelsEnd), Math.min(daph2.num_values, this.rows - this.row));
          return;
        }
        const { definitionLevels, dataPage } = readDataPageV2(compressed, header, decoder);
        levels = definitionLevels ?? [];
        values = convertWithDictionary(dataPage, this.dictionary, daph2.encoding, decoder);
        count = daph2.num_values;
      } else {
        continue; // an index page: nothing to read
      }
      count = Math.min(count, this.rows - this.row);
      if (count === 0) continue;
      this.page = new ValuesPage(values, levels, r.maxDefinition, r.column);
      this.left = count;
      this.row += count;
      return;
    }
  }
}

/**
 * The common case read without hyparquet's per-value views: text (UTF-8) stored PLAIN, a 4-byte length
 * before each value, decoded straight from the page as the rows are taken, so each string goes to the
 * tally while young. `levels`: a V2 page's definition levels (V1 pages hold theirs before the values,
 * prefixed by their length).
 */
export class PlainTextPage {
  private readonly view: DataView;
  private readonly buf: Buffer;
  private readonly defined: Uint8Array | null = null;
  private at: number;
  private i = 0;

  constructor(
    private readonly page: Uint8Array,
    levels: Uint8Array | null,
    private readonly r: FlatColumnReader,
    count: number,
  ) {
    this.view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const reader = { view: this.view, offset: 0 };
    if (r.maxDefinition > 0) {
      this.defined = new Uint8Array(count);
      if (levels) readRleBitPackedHybrid({ view: new DataView(levels.buffer, levels.byteOffset, levels.byteLength), offset: 0 }, bitWidth(r.maxDefinition), this.defined, levels.length);
      else readRleBitPackedHybrid(reader, bitWidth(r.maxDefinition), this.defined);
    }
    this.at = reader.offset;
    this.buf = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  }

  /** The next `n` values into `records[from..from+n)[col]`. */
  take(records: string[][], from: number, n: number, col: number): void {
    const { view, buf, defined, page } = this;
    const max = this.r.maxDefinition;
    const raw = this.r.plainText === 'bytes';
    let at = this.at;
    for (let k = from, end = from + n; k < end; k++, this.i++) {
      if (defined !== null && defined[this.i] !== max) {
        records[k]![col] = '';
        continue;
      }
      const length = view.getUint32(at, true);
      at += 4;
      records[k]![col] = raw ? bytesText(page.subarray(at, at + length)) : buf.toString('utf8', at, at + length);
      at += length;
    }
    this.at = at;
  }
}

function bitWidth(value: number): number {
  return 32 - Math.clz32(value);
}

/** A page decoded by hyparquet (values without the NULLs, and the definition levels), turned into text as its rows are taken. */
class ValuesPage {
  private readonly text: (i: number) => string;
  private i = 0;
  private k = 0;

  constructor(
    values: DecodedArray,
    private readonly levels: ArrayLike<number>,
    private readonly max: number,
    column: TopColumn,
  ) {
    this.text = textOf(values, column);
  }

  take(records: string[][], from: number, n: number, col: number): void {
    const { levels, max, text } = this;
    const dense = max === 0 || levels.length === 0;
    for (let k = from, end = from + n; k < end; k++, this.i++) records[k]![col] = dense || levels[this.i] === max ? text(this.k++) : '';
  }
}

/**
 * Snappy into the column's own buffer, reused page after page: a data page is read before the column's
 * next one is decompressed, and a fresh buffer per page (hyparquet's way) costs a page fault per 4 KiB
 * on top of the work. Dictionary pages, whose values are kept, are decompressed into buffers of their own.
 */
function pooledSnappy(pages: PageBuffer, input: Uint8Array, size: number): Uint8Array {
  if (pages.bytes.length < size) pages.bytes = new Uint8Array(Math.max(size, pages.bytes.length * 2));
  const out = pages.bytes.subarray(0, size);
  snappyUncompress(input, out);
  return out;
}
