/**
 * A flat column chunk (a top-level column that is neither a struct nor a list) → its values as text,
 * page by page, in step with the other columns of its row group, with hyparquet's own page decoders
 * (page headers, decompression, levels, encodings, dictionaries, type conversion). What is ours:
 * - hyparquet hands every page, flat or not, to its general Dremel assembly, which for a flat column
 *   only spreads the values over the rows whose definition level says "present", and cost as much as
 *   the decoding itself (a quarter of the read time of an 870,000-row export): here it is one loop;
 * - a page's values become text as its rows are taken, so each string goes to the tally young (text
 *   held for a whole page or group was promoted and collected in bulk: 800 MB peak, GC a third of the
 *   time);
 * - text stored PLAIN is decoded straight from the page (hyparquet makes a view object per value first);
 * - Snappy pages are decompressed by hysnappy (WebAssembly, three times hyparquet's JavaScript
 *   decoder) into the column's buffer (parquet-snappy.ts); levels and dictionary indices go to the
 *   column's buffers too, and a V2 page without NULLs (its header says so) has no levels read;
 * - PLAIN text of ASCII bytes (ids, phones, emails, dates) becomes one string per run of values, each
 *   value a substring of it: a Buffer.toString call per value cost more than its decoding.
 * Nested columns still go through hyparquet's assembly (parquet.ts).
 */
import type { ColumnMetaData, Compressors, DecodedArray, ParquetParsers, SchemaTree } from 'hyparquet';
import { parquetHeader } from 'hyparquet/src/column.js';
import { convert, convertWithDictionary, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { readPlain } from 'hyparquet/src/plain.js';
import { getMaxDefinitionLevel, getTreePath } from 'hyparquet/src/schema.js';
import { isAscii } from 'node:buffer';
import { bytesText } from './jsonl-flatten.js';
import { textOf, type TopColumn } from './parquet-columns.js';
import { grown, snappyInto } from './parquet-snappy.js';

type ColumnDecoder = Parameters<typeof readDataPageV2>[2];

export interface FlatColumnReader {
  decoder: ColumnDecoder;
  /** BYTE_ARRAY columns read by plainTextPage when stored PLAIN: `text` (UTF-8 annotated), `bytes` (unannotated: UTF-8 or hex). */
  plainText: 'text' | 'bytes' | null;
  maxDefinition: number;
  column: TopColumn;
}

/** A column's buffers, reused page after page and row group after row group. */
export interface PageBuffer {
  /** The chunk's bytes as read. */
  window: Uint8Array;
  /** The current data page, decompressed (Snappy). */
  page: Uint8Array;
  /** The current data page's definition levels. */
  levels: Uint8Array;
  /** The current data page's dictionary indices. */
  indices: Int32Array;
}

/** Buffers for a column not read yet: each grows to its column's pages. */
export function newPageBuffer(): PageBuffer {
  return { window: new Uint8Array(0), page: new Uint8Array(0), levels: new Uint8Array(0), indices: new Int32Array(0) };
}

export function flatColumnReader(tree: SchemaTree, meta: ColumnMetaData, column: TopColumn, parsers: Partial<ParquetParsers>, compressors: Compressors): FlatColumnReader {
  const schemaPath = getTreePath(tree, meta.path_in_schema);
  const decoder: ColumnDecoder = {
    pathInSchema: meta.path_in_schema,
    type: meta.type,
    element: schemaPath[schemaPath.length - 1]!.element,
    schemaPath,
    codec: meta.codec,
    parsers: { ...DEFAULT_PARSERS, ...parsers },
    compressors,
    utf8: false,
  };
  return { decoder, maxDefinition: getMaxDefinitionLevel(schemaPath), column, plainText: column.scale === null ? plainTextKind(decoder) : null };
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

/** Reads bytes [start, end) of the file, into `into` when it is big enough (parquet-file.ts readInto). */
export type ReadBytes = (start: number, end: number, into: Uint8Array | null) => Promise<Uint8Array>;

/** Bytes of a chunk read from disk at once: a page and its header, usually (writers aim at 1 MiB pages). */
const WINDOW_BYTES = 1 << 20;
/** First guess at a page header's size (it grows when the header holds long statistics). */
const HEADER_BYTES = 64 << 10;

/**
 * A flat column chunk read as text page by page, in step with the other columns of its row group:
 * each page is read from disk when the rows need it (into the column's window buffer) and decoded as
 * its rows are taken, so a row group is never held whole, compressed or not.
 */
export class FlatChunkCursor {
  /** The dictionary as hyparquet decodes it (for the pages it reads), and as text (for ours). */
  private dictionary: DecodedArray | undefined;
  private dictionaryText: string[] = [];
  /** The current page, read as its rows are taken. */
  private page: Page | null = null;
  /** Rows of the current page not taken yet. */
  private left = 0;
  private row = 0;
  /** File offset of the next page header. */
  private pos: number;
  /** What of the file the window holds: bytes from `windowStart`. */
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;

  constructor(
    private readonly read: ReadBytes,
    start: number,
    private readonly end: number,
    private readonly r: FlatColumnReader,
    private readonly rows: number,
    /** The column's buffer, reused row group after row group. */
    private readonly buffer: PageBuffer,
  ) {
    this.pos = start;
  }

  /** The next `count` values into `records[from..from+count)[col]`. Rejects on a page that cannot be read or decoded. */
  async take(records: string[][], from: number, count: number, col: number): Promise<void> {
    for (let k = from, end = from + count; k < end; ) {
      if (this.left === 0) await this.nextPage();
      const n = Math.min(end - k, this.left);
      this.page!.take(records, k, n, col);
      this.left -= n;
      k += n;
    }
  }

  /** Bytes [start, end) of the file, from the window or read into it (the current page is done by then). */
  private async bytes(start: number, end: number): Promise<Uint8Array> {
    if (start >= this.windowStart && end <= this.windowStart + this.window.length) return this.window.subarray(start - this.windowStart, end - this.windowStart);
    const to = Math.min(this.end, Math.max(end, start + WINDOW_BYTES));
    this.window = await this.read(start, to, this.buffer.window);
    if (this.window.buffer.byteLength > this.buffer.window.length) this.buffer.window = new Uint8Array(this.window.buffer);
    this.windowStart = start;
    return this.window.subarray(0, end - start);
  }

  private async header(): Promise<{ header: ReturnType<typeof parquetHeader>; length: number }> {
    for (let size = Math.min(HEADER_BYTES, this.end - this.pos); ; size = Math.min(size * 8, this.end - this.pos)) {
      const bytes = await this.bytes(this.pos, this.pos + size);
      const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
      try {
        return { header: parquetHeader(reader), length: reader.offset };
      } catch (e) {
        if (size >= this.end - this.pos) throw e;
      }
    }
  }

  private async nextPage(): Promise<void> {
    for (;;) {
      if (this.row >= this.rows || this.pos >= this.end - 1) throw new Error(`${this.row} values for ${this.rows} rows`);
      const { header, length } = await this.header();
      const body = this.pos + length;
      if (body + header.compressed_page_size > this.end) throw new Error('a page runs past its column chunk');
      const compressed = await this.bytes(body, body + header.compressed_page_size);
      this.pos = body + header.compressed_page_size;
      if (this.decode(header, compressed)) return;
    }
  }

  /** The page's rows are next (true), or it was a dictionary or index page (false). */
  private decode(header: ReturnType<typeof parquetHeader>, compressed: Uint8Array): boolean {
    const { r } = this;
    const { decoder } = r;
    let page: Page | null = null;
    let count = 0;
    if (header.type === 'DICTIONARY_PAGE') {
      // Its values are kept: copied out of the window when uncompressed (a decompressed page has a buffer of its own).
      const bytes = decoder.codec === 'UNCOMPRESSED' ? compressed.slice() : decompressPage(compressed, header.uncompressed_page_size, decoder.codec, decoder.compressors);
      const plain = readPlain({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 }, decoder.type, header.dictionary_page_header!.num_values, decoder.element.type_length);
      this.dictionary = convert(plain, decoder);
      const text = textOf(this.dictionary, r.column);
      this.dictionaryText = Array.from({ length: this.dictionary.length }, (_, i) => text(i));
      return false;
    } else if (header.type === 'DATA_PAGE') {
      const daph = header.data_page_header!;
      count = daph.num_values;
      const bytes = this.uncompressed(compressed, header.uncompressed_page_size);
      const body = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
      const defined = r.maxDefinition > 0 ? levelsOf(body, r.maxDefinition, undefined, this.levelsBuffer(count)) : null;
      page = this.fastPage(daph.encoding, bytes, body.offset, defined, count);
      if (!page) {
        const { definitionLevels, dataPage } = readDataPage(bytes, daph, decoder);
        page = new ValuesPage(convertWithDictionary(dataPage, this.dictionary, daph.encoding, decoder), definitionLevels ?? [], r);
      }
    } else if (header.type === 'DATA_PAGE_V2') {
      const daph2 = header.data_page_header_v2!;
      count = daph2.num_values;
      const levelsEnd = daph2.repetition_levels_byte_length + daph2.definition_levels_byte_length;
      const levels = { view: new DataView(compressed.buffer, compressed.byteOffset + daph2.repetition_levels_byte_length, daph2.definition_levels_byte_length), offset: 0 };
      // No NULLs (the header says how many): every row has a value, as when there are no levels.
      const defined = r.maxDefinition > 0 && daph2.num_nulls !== 0 ? levelsOf(levels, r.maxDefinition, daph2.definition_levels_byte_length, this.levelsBuffer(count)) : null;
      const size = header.uncompressed_page_size - levelsEnd;
      const raw = compressed.subarray(levelsEnd);
      const bytes = daph2.is_compressed !== false && size > 0 ? this.uncompressed(raw, size) : raw;
      page = this.fastPage(daph2.encoding, bytes, 0, defined, count);
      if (!page) {
        const { definitionLevels, dataPage } = readDataPageV2(compressed, header, decoder);
        page = new ValuesPage(convertWithDictionary(dataPage, this.dictionary, daph2.encoding, decoder), definitionLevels ?? [], r);
      }
    } else {
      return false; // an index page: nothing to read
    }
    count = Math.min(count, this.rows - this.row);
    if (count === 0) return false;
    this.page = page;
    this.left = count;
    this.row += count;
    return true;
  }

  /** A data page's bytes: Snappy into the column's page buffer (the page is taken before the next is decoded), other codecs as hyparquet decodes them. */
  private uncompressed(compressed: Uint8Array, size: number): Uint8Array {
    const { codec, compressors } = this.r.decoder;
    if (codec !== 'SNAPPY') return decompressPage(compressed, size, codec, compressors);
    this.buffer.page = snappyInto(compressed, size, this.buffer.page);
    return this.buffer.page.subarray(0, size);
  }

  /** `count` levels of the column's buffer (the page's rows are taken before the next page is decoded). */
  private levelsBuffer(count: number): Uint8Array {
    if (this.buffer.levels.length < count) this.buffer.levels = new Uint8Array(grown(count));
    return this.buffer.levels.subarray(0, count);
  }

  /** The common encodings read here; null for the others (hyparquet reads those). */
  private fastPage(encoding: string, bytes: Uint8Array, at: number, defined: Uint8Array | null, count: number): Page | null {
    const { r } = this;
    if (encoding === 'PLAIN' && r.plainText) return new PlainTextPage(bytes, at, defined, r);
    // How many values the page stores (its NULLs have none): the other fast pages read exactly that many.
    const present = defined ? countPresent(defined, r.maxDefinition) : count;
    if (encoding === 'PLAIN' && r.decoder.type !== 'BOOLEAN') {
      const values = readPlain({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: at }, r.decoder.type, present, r.decoder.element.type_length);
      return new ValuesPage(convert(values, r.decoder), defined ?? [], r);
    }
    if ((encoding === 'RLE_DICTIONARY' || encoding === 'PLAIN_DICTIONARY') && this.dictionary) {
      if (this.buffer.indices.length < present) this.buffer.indices = new Int32Array(grown(present));
      const indices = this.buffer.indices.subarray(0, present);
      const width = bytes[at]!;
      if (width > 0) readRleBitPackedHybrid({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: at + 1 }, width, indices, bytes.length - at - 1);
      else indices.fill(0); // a one-entry dictionary (the buffer holds the last page's indices)
      return new DictionaryPage(indices, this.dictionaryText, defined, r.maxDefinition);
    }
    return null;
  }
}

/** A page whose rows are turned into text as they are taken. */
interface Page {
  take(records: string[][], from: number, n: number, col: number): void;
}

/** Definition levels as bytes (flat columns: 0 or 1), into `levels` (its length: the count). `length`: V2 pages give it, V1 pages write it first. */
export function levelsOf(reader: { view: DataView; offset: number }, max: number, length: number | undefined, levels: Uint8Array): Uint8Array {
  readRleBitPackedHybrid(reader, bitWidth(max), levels, length);
  return levels;
}

function countPresent(levels: Uint8Array, max: number): number {
  let n = 0;
  for (let i = 0; i < levels.length; i++) if (levels[i] === max) n++;
  return n;
}

/** Values decoded by hyparquet (without the NULLs), turned into text as their rows are taken. */
class ValuesPage implements Page {
  private readonly text: (i: number) => string;
  private i = 0;
  private k = 0;

  constructor(
    values: DecodedArray,
    private readonly levels: ArrayLike<number>,
    private readonly r: FlatColumnReader,
  ) {
    this.text = textOf(values, r.column);
  }

  take(records: string[][], from: number, n: number, col: number): void {
    const { levels, text } = this;
    const max = this.r.maxDefinition;
    const dense = max === 0 || levels.length === 0;
    for (let k = from, end = from + n; k < end; k++, this.i++) records[k]![col] = dense || levels[this.i] === max ? text(this.k++) : '';
  }
}

/** Dictionary indices: each row's text is the dictionary entry's, made once per dictionary. */
class DictionaryPage implements Page {
  private i = 0;
  private k = 0;

  constructor(
    private readonly indices: Int32Array,
    private readonly text: string[],
    private readonly defined: Uint8Array | null,
    private readonly max: number,
  ) {}

  take(records: string[][], from: number, n: number, col: number): void {
    const { indices, text, defined, max } = this;
    for (let k = from, end = from + n; k < end; k++, this.i++) records[k]![col] = defined === null || defined[this.i] === max ? (text[indices[this.k++]!] ?? '') : '';
  }
}

/**
 * Text (UTF-8) stored PLAIN, a 4-byte length before each value, decoded straight from the page as the
 * rows are taken (hyparquet makes a view object per value first).
 */
export class PlainTextPage implements Page {
  private readonly view: DataView;
  private readonly buf: Buffer;
  private i = 0;

  constructor(
    private readonly page: Uint8Array,
    private at: number,
    private readonly defined: Uint8Array | null,
    private readonly r: Pick<FlatColumnReader, 'maxDefinition' | 'plainText'>,
  ) {
    this.view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    this.buf = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  }

  take(records: string[][], from: number, n: number, col: number): void {
    for (let k = from, end = from + n; k < end; ) k = this.run(records, k, end, col);
  }

  /** Values from record k on, while their bytes stay under ASCII_RUN_BYTES: the index of the next record. */
  private run(records: string[][], k: number, end: number, col: number): number {
    const { view, defined } = this;
    const max = this.r.maxDefinition;
    const start = this.at;
    let at = start;
    let last = k;
    let lengths = 0;
    for (let i = this.i; last < end && at - start < ASCII_RUN_BYTES; last++, i++) {
      if (defined !== null && defined[i] !== max) continue;
      const length = view.getUint32(at, true);
      lengths |= length;
      at += 4 + length;
    }
    const ascii = this.asciiValues(start, at, lengths) ? this.buf.toString('latin1', start, at) : null;
    at = start;
    for (; k < last; k++, this.i++) {
      if (defined !== null && defined[this.i] !== max) {
        records[k]![col] = '';
        continue;
      }
      const length = view.getUint32(at, true);
      at += 4;
      records[k]![col] = ascii !== null ? ascii.substring(at - start, at - start + length) : this.text(at, length);
      at += length;
    }
    this.at = at;
    return last;
  }

  /**
   * Whether the values in [start, end) are ASCII. The run is checked whole when no length prefix has a
   * byte of 128 or more (a value of 128–255 bytes would fail it, prefix and all); otherwise value by value.
   */
  private asciiValues(start: number, end: number, lengths: number): boolean {
    if ((lengths & 0x80808080) === 0) return isAscii(this.buf.subarray(start, end));
    for (let at = start; at < end; ) {
      const length = this.view.getUint32(at, true);
      if (!isAscii(this.buf.subarray(at + 4, at + 4 + length))) return false;
      at += 4 + length;
    }
    return true;
  }

  private text(at: number, length: number): string {
    return this.r.plainText === 'bytes' ? bytesText(this.page.subarray(at, at + length)) : this.buf.toString('utf8', at, at + length);
  }
}

/**
 * Text values are cut from one string per run of this many bytes when the run is ASCII (byte offsets
 * are then character offsets; ASCII reads the same as bytes, UTF-8 or Latin-1). Small enough for the
 * string to be young and collected with its batch: a whole page (1 MiB) would go to the large-object
 * space and stay until a full collection.
 */
const ASCII_RUN_BYTES = 32 << 10;

function bitWidth(value: number): number {
  return 32 - Math.clz32(value);
}
