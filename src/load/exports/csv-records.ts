/**
 * Text chunks → CSV records with their physical line numbers, through papaparse's core Parser (the
 * library's own streaming primitive: parse what is complete, keep the cut last record for the next chunk).
 * papaparse splits a chunk with no quote character by lines and delimiters (its fast mode) and parses
 * chunks with quotes character by character, so quoted fields, doubled quotes and line breaks inside
 * quotes all work.
 *
 * Memory: a record is carried to the next chunk only while it is incomplete, and a field may not grow
 * past `maxFieldChars`, so what is held is bounded by the chunk size plus one bounded record.
 *
 * papaparse marks `Papa.Parser` as exposed for testing and development: its public streaming API hands
 * rows over without their place in the text, which line numbers need. So papaparse is pinned to an exact
 * version, and test/load/exports/papaparse-contract.test.ts fails when what this reader relies on changes.
 */
import Papa from 'papaparse';
import { InputError } from '../../errors.js';
import { positionAfter } from '../../io/encoding.js';

/** Receives complete records; `lines[i]` is the 1-based physical line (relative to the reader's start) where records[i] begins. */
export type BatchHandler = (records: string[][], lines: Int32Array) => void;

export interface RecordReaderOptions {
  file: string;
  delimiter: string;
  maxFieldChars: number;
  /** Added to every line number this reader reports in errors (the range's first line is `lineBase + 1`). */
  lineBase?: number;
}

interface ParseResult {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

export const DEFAULT_MAX_FIELD_CHARS = 1 << 20;

/**
 * papaparse takes one kind of line end, and a file may mix them (rows pasted from another system): with
 * CRLF as the line end a bare-LF row would merge into the next one, unscanned. So every line end
 * (CRLF, then a bare CR) becomes LF before parsing (quoted line breaks too: the cells are only scanned).
 */
const LF = '\n';

export class RecordReader {
  private readonly parser: Papa.Parser;
  private partial = '';
  /** The last chunk ended in a CR: the next one may start with its LF. */
  private heldCR = false;
  /** Physical lines consumed by the complete records emitted so far. */
  private consumed = 0;
  /** Next size at which an incomplete record's fields are measured (doubles, so the check stays cheap). */
  private nextFieldCheck: number;
  private lines = new Int32Array(1024);
  /** True when the input ended inside a quoted field (speculative range splits use this). */
  endedInQuote = false;

  constructor(
    private readonly opts: RecordReaderOptions,
    private readonly onBatch: BatchHandler,
  ) {
    this.parser = new Papa.Parser({ delimiter: opts.delimiter, newline: LF });
    this.nextFieldCheck = opts.maxFieldChars;
  }

  /** Physical lines read so far, including the carried incomplete record once finish() ran. */
  get lineCount(): number {
    return this.consumed;
  }

  /** Where the text pushed so far stops (line and column after its last character), relative to the reader's start. */
  get reached(): { line: number; column: number } {
    const p = this.partial;
    return { line: this.consumed + 1 + countChar(p, LF, 0, p.length), column: p.length - p.lastIndexOf(LF) };
  }

  /** The line (relative to the reader's start) of `text[index]`, in text not yet pushed. */
  lineAt(text: string, index: number): number {
    // A held CR ends a line with whatever follows it (CRLF or a bare CR): counted with the text.
    return this.reached.line + positionAfter((this.heldCR ? '\r' : '') + text.slice(0, index)).line - 1;
  }

  /** `text` with every line end as LF; a CR at its end waits for the next chunk (CRLF is one line end). */
  private toLf(text: string): string {
    if (this.heldCR) {
      this.heldCR = false;
      text = '\r' + text;
    }
    if (text.indexOf('\r') < 0) return text;
    if (text.charCodeAt(text.length - 1) === 0x0d) {
      this.heldCR = true;
      text = text.slice(0, -1);
    }
    // Plain-string replaceAll: about ten times the speed of /\r\n?/g, on every chunk of a Windows export.
    const crlfDone = text.replaceAll('\r\n', LF);
    return crlfDone.indexOf('\r') < 0 ? crlfDone : crlfDone.replaceAll('\r', LF);
  }

  /** Parse the complete records of `text` (appended to what was carried over). */
  push(chunk: string): void {
    const text = this.toLf(chunk);
    if (this.partial.length === 0) return this.parseComplete(text);
    const rest = this.completeCarried(text);
    this.parseComplete(rest ?? this.partial + text);
  }

  /**
   * The carried record usually ends at the text's first line feed: parsed on its own, it spares joining
   * it to the whole text, which copies the text (about a quarter of a scan's allocations). Returns the
   * text after it, or null when the record goes on past that line feed (then the two are joined).
   */
  private completeCarried(text: string): string | null {
    const lf = text.indexOf(LF);
    if (lf < 0) return null;
    const head = this.partial + text.slice(0, lf + 1);
    const result = this.parser.parse(head, 0, true) as ParseResult;
    // Parsed up to its very end: the record ended there, as it would have in the joined text.
    if (result.meta.cursor !== head.length) return null;
    this.accept(head, result);
    return text.slice(lf + 1);
  }

  private parseComplete(input: string): void {
    this.accept(input, this.parser.parse(input, 0, true) as ParseResult);
  }

  /** Emit the complete records parsed from `input`; what follows them is carried to the next chunk. */
  private accept(input: string, result: ParseResult): void {
    this.partial = input.slice(result.meta.cursor);
    if (result.data.length > 0) {
      // Only a text longer than the bound can hold a field longer than it (with the default bound, only
      // a record carried over several chunks), so the fields are measured only then.
      if (input.length > this.opts.maxFieldChars) this.checkAll(result.data);
      this.emit(input, result.meta.cursor, result.data);
    }
    if (this.partial.length > this.nextFieldCheck) this.checkPartial();
  }

  /**
   * The input is over. With `openQuoteAllowed` (a range that is not the file's last), an unterminated
   * quote only sets `endedInQuote`; otherwise it is an InputError at the line where the record began.
   */
  finish(openQuoteAllowed = false): void {
    if (this.heldCR) this.push(LF);
    if (this.partial.length === 0) return;
    const input = this.partial;
    this.partial = '';
    const result = this.parser.parse(input, 0, false) as ParseResult;
    const open = result.errors.find((e) => e.code === 'MissingQuotes');
    if (open) {
      this.endedInQuote = true;
      if (openQuoteAllowed) return;
      throw new InputError('unterminated quoted field: the quote opened in this record is never closed', this.where(this.consumed + 1), 'close the quote, or double a quote that is part of the text ("")');
    }
    if (input.length > this.opts.maxFieldChars) this.checkAll(result.data);
    this.emit(input, input.length, result.data);
    // A last line without a line break still counts as a line.
    if (!input.endsWith(LF)) this.consumed++;
  }

  private emit(input: string, end: number, records: string[][]): void {
    if (this.lines.length < records.length) this.lines = new Int32Array(records.length * 2);
    // Without a quote, papaparse split the text by lines: one line per record, nothing to count.
    const unquoted = input.indexOf('"') < 0;
    const newlines = unquoted ? records.length - (end === input.length && !input.endsWith(LF) ? 1 : 0) : countChar(input, LF, 0, end);
    const lines = this.lines;
    let line = this.consumed + 1;
    if (newlines === records.length || (newlines === records.length - 1 && end === input.length)) {
      for (let i = 0; i < records.length; i++) lines[i] = line++;
    } else {
      // Some records span lines (line breaks inside quotes): count each record's own line breaks.
      for (let i = 0; i < records.length; i++) {
        lines[i] = line;
        line += 1 + breaksInRecord(records[i]!);
      }
    }
    this.consumed += newlines;
    this.onBatch(records, lines);
  }

  /** A record still incomplete after `maxFieldChars`: measure its fields (it may just be a long record). */
  private checkPartial(): void {
    const probe = new Papa.Parser({ delimiter: this.opts.delimiter, newline: LF }).parse(this.partial, 0, false) as ParseResult;
    this.checkFields(probe.data[0] ?? [], this.consumed + 1);
    this.nextFieldCheck *= 2;
  }

  private checkAll(records: string[][]): void {
    let line = this.consumed + 1;
    for (const record of records) {
      this.checkFields(record, line);
      line += 1 + breaksInRecord(record);
    }
  }

  private checkFields(record: string[], line: number): void {
    const max = this.opts.maxFieldChars;
    for (const field of record) {
      if (field.length > max) {
        throw new InputError(
          `a field is longer than ${max} characters, the limit (--max-field-bytes); the record starts here`,
          this.where(line),
          'a quote that is never closed makes the rest of the file one field; if the field is real, raise --max-field-bytes',
        );
      }
    }
  }

  private where(relativeLine: number): { file: string; line: number } {
    return { file: this.opts.file, line: (this.opts.lineBase ?? 0) + relativeLine };
  }
}

function countChar(s: string, ch: string, from: number, to: number): number {
  let n = 0;
  let i = s.indexOf(ch, from);
  while (i >= 0 && i < to) {
    n++;
    i = s.indexOf(ch, i + 1);
  }
  return n;
}

/** Line breaks inside a record's cells (line ends are LF by now): the lines it spans beyond its first. */
export function breaksInRecord(record: readonly string[]): number {
  let n = 0;
  for (const field of record) if (field.length > 0) n += countChar(field, LF, 0, field.length);
  return n;
}
