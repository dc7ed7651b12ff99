/**
 * CSV tables through csv-parse, every row keeping its 1-based starting line (SPEC: where the record
 * starts). Rows can be streamed to a visitor (visitCsvText) so a large inventory is never held twice.
 */
import { Parser, type Options } from 'csv-parse';
import { CsvError, parse, type CsvErrorCode } from 'csv-parse/sync';
import { InputError } from '../errors.js';
import { isBlankRecord } from '../text/blank.js';
import { guessDialect, isExcelSepLine } from './dialect.js';

export interface CsvRow {
  line: number;
  cells: string[];
}

export interface CsvHeader {
  file: string;
  headerLine: number;
  headers: string[];
}

export interface CsvTable extends CsvHeader {
  rows: CsvRow[];
}

/** Given the header, returns what to do with each row after it (rows arrive in file order). */
export type CsvVisitor = (header: CsvHeader) => (row: CsvRow) => void;

const LINE_BREAK = /\r\n|\r|\n/g;
/** Bytes of a buffer decoded to guess the delimiter (dialect.ts looks at fewer characters). */
const HEAD_BYTES = 1 << 20;

/** The delimiter, guessed as for an export (dialect.ts) from the start of the text. */
function delimiterFor(file: string, text: string | Buffer): string {
  return guessDialect(typeof text === 'string' ? text : text.subarray(0, HEAD_BYTES).toString('utf8'), file);
}

/**
 * Every kind of line end ends a record, CRLF first so it is one break (as LINE_BREAK counts it).
 * csv-parse would take the first line break it meets as the only one, so a file whose line ends are
 * mixed (CRLF rows after an LF one, a bare CR) would merge rows, or keep a CR in a cell and count it
 * as a line.
 */
export const LINE_ENDS = ['\r\n', '\n', '\r'];

/**
 * LINE_ENDS tested as csv-parse's core tests a record_delimiter list, for UTF-8 bytes, without its loop
 * over the list: it runs for every byte outside quotes, the parse's hottest call. Should the core stop
 * calling it so, the record_delimiter option does the same work, only slower. csv-parse is pinned to an
 * exact version: test/io/csv-parse-contract.test.ts fails when this internal changes what it does.
 */
export function lineEndLength(chr: number, buf: Buffer, pos: number): number {
  if (chr > 0x0d) return 0;
  return chr === 0x0a ? 1 : chr === 0x0d ? (buf[pos + 1] === 0x0a ? 2 : 1) : 0;
}

/** Line breaks inside a record's cells: each moves the next record's start one line down. */
function breaksIn(cells: readonly string[]): number {
  let n = 0;
  for (const c of cells) if (c.includes('\n') || c.includes('\r')) n += c.match(LINE_BREAK)!.length;
  return n;
}

function trimCells(cells: string[]): void {
  for (let i = 0; i < cells.length; i++) cells[i] = cells[i]!.trim();
}

function raggedRow(file: string, row: CsvRow, width: number): InputError {
  return new InputError(`ragged row: ${row.cells.length} fields where the header has ${width}`, { file, line: row.line }, 'every row needs one cell per header column; quote fields that contain commas');
}

/** csv-parse's own messages quote the field they stopped in (personal data, unbounded): ours do not. */
const SYNTAX_ERRORS: Partial<Record<CsvErrorCode, [message: string, hint: string]>> = {
  CSV_QUOTE_NOT_CLOSED: ['unterminated quoted field: the quote opened here is never closed', 'close the quote ("…") or double a quote inside a field ("")'],
  CSV_INVALID_CLOSING_QUOTE: ['malformed CSV: a quoted field goes on after its closing quote', 'double a quote inside a quoted field ("") or quote the whole field'],
  INVALID_OPENING_QUOTE: ['malformed CSV: a quote in the middle of an unquoted field', 'quote the whole field ("…") and double the quotes inside it ("")'],
};

/** A syntax error at the line where the broken record began. */
function syntaxError(file: string, err: CsvError, line: number): InputError {
  const [message, hint] = SYNTAX_ERRORS[err.code] ?? [`malformed CSV (${err.code})`, 'check the quoting near this line'];
  return new InputError(message, { file, line }, hint);
}

/** csv-parse's parser core, driven the way its own sync API drives it (test/io/csv-parse-contract.test.ts). */
export interface ParserCore {
  parse(data: Buffer, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
  __isRecordDelimiter(chr: number, buf: Buffer, pos: number): number;
}

/**
 * Every record of `data`, in order, to `push`. The sync API gives on_record an info object it builds for
 * each record (two object spreads, about a tenth of an audit's time, all garbage); the core under a
 * Parser, which that API itself drives, hands records over bare. Should a csv-parse release stop
 * exposing it, the sync API does the same work.
 */
function eachRecord(data: string | Buffer, options: Options, push: (cells: string[]) => void): void {
  const core = (new Parser(options) as unknown as { api?: Partial<ParserCore> }).api;
  if (typeof core?.parse !== 'function') {
    parse(data, { ...options, on_record: (cells: string[]) => (push(cells), null) });
    return;
  }
  // The data is UTF-8 (bytes, or a string made bytes here), so LINE_ENDS are these bytes.
  if (typeof core.__isRecordDelimiter === 'function' && core.__isRecordDelimiter.length === 3) core.__isRecordDelimiter = lineEndLength;
  const err = core.parse(typeof data === 'string' ? Buffer.from(data) : data, true, push, () => undefined);
  if (err) throw err;
}

/**
 * Read the header row (the first record with a non-empty cell, Excel's `sep=` line excepted), then hand
 * every later non-empty row to the visitor's handler as it is parsed. Cells are trimmed. Blank lines and
 * rows of empty cells are skipped but still count for line numbers. Throws InputError for malformed CSV,
 * ragged rows and a file without data rows; an InputError thrown by the handler passes through unchanged.
 */
export function visitCsvText(file: string, text: string | Buffer, visitor: CsvVisitor): CsvHeader {
  let header: CsvHeader | null = null;
  let onRow: ((row: CsvRow) => void) | null = null;
  let rows = 0;
  // csv-parse's own line counter is unreliable with CR/LF inside quotes: each record starts where the
  // previous one ended, one line further down per line break inside its cells.
  let line = 1;
  const onRecord = (cells: string[]): void => {
    const row = { line, cells };
    line += 1 + breaksIn(cells);
    // Blank records are skipped (SPEC), as an export's are.
    if (isBlankRecord(cells)) return;
    trimCells(cells);
    // Excel's `sep=;` line named the delimiter (dialect.ts): no row of the table.
    if (!header && isExcelSepLine(cells, row.line)) return;
    if (!header) {
      header = { file, headerLine: row.line, headers: cells };
      onRow = visitor(header);
    } else {
      if (cells.length !== header.headers.length) throw raggedRow(file, row, header.headers.length);
      rows++;
      onRow!(row);
    }
  };
  try {
    const options = { delimiter: delimiterFor(file, text), record_delimiter: LINE_ENDS, bom: true, relax_column_count: true, skip_empty_lines: false };
    eachRecord(text, options, onRecord);
  } catch (e) {
    if (e instanceof CsvError) throw syntaxError(file, e, line);
    throw e;
  }
  const found = header as CsvHeader | null;
  if (!found || rows === 0) throw new InputError('no records: the file is empty or has only a header', { file, line: found?.headerLine ?? 1 }, 'add at least one data row');
  return found;
}

/** The whole table in memory (SDK lists, tests); inventories stream through visitCsvText. */
export function parseCsvText(file: string, text: string): CsvTable {
  const rows: CsvRow[] = [];
  const header = visitCsvText(file, text, () => (row) => rows.push(row));
  return { ...header, rows };
}

/** Stops the parse once the header is known. */
const HEADER_READ = Symbol('header read');

function headerOf(file: string, text: string): CsvHeader | undefined {
  let found: CsvHeader | undefined;
  try {
    visitCsvText(file, text, (header) => {
      found = header;
      throw HEADER_READ;
    });
  } catch (e) {
    if (e !== HEADER_READ) throw e;
  }
  return found;
}

/** Where the header is looked for first: whole lines of the start of the file. */
const HEAD_CHARS = 65536;

/** Just the header row, to tell what kind of table this is before reading it (no data rows are parsed). */
export function csvHeader(file: string, text: string): CsvHeader {
  const cut = text.length > HEAD_CHARS ? text.lastIndexOf('\n', HEAD_CHARS) : -1;
  if (cut > 0) {
    try {
      const found = headerOf(file, text.slice(0, cut + 1));
      if (found) return found;
    } catch {
      // A quoted header running past the cut, or no header in it: read the whole text below.
    }
  }
  return headerOf(file, text)!;
}
