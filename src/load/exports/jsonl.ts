/**
 * JSON Lines (mongoexport, `jq -c`, most log shippers): one JSON document a line, parsed by JSON.parse,
 * flattened to cells by jsonl-flatten.ts (dotted columns for nested objects, `name[]` for arrays, one
 * extra record per further array element; Extended JSON wrappers to plain values).
 *
 * Columns: JSON Lines has no schema. The columns are the keys (dotted paths) met in the first
 * KEY_WINDOW documents, the driver's classification sample (scan/tables.ts holds SAMPLE_RECORDS records
 * before it plans the table's columns, and the plan fixes its width). A key first met later is not
 * scanned: it is reported as a problem naming it and the line where it first appeared, so a reader of
 * the report knows which values were not looked at.
 *
 * Lines: a record's line is the 1-based line of its document. A line that does not parse is a problem
 * (line, column, what is wrong — never the line's text) and the next line is read. Integers past 2^53
 * are read as written: JSON.parse rounds them (a bank card held as a number), so a line holding one is
 * parsed again with its long integers quoted.
 *
 * A JSON array file (`mongoexport --jsonArray`, `[{…},{…}]`) is read by jsonl-array.ts.
 *
 * Memory: the sample window's documents, then one document and one batch of records at a time.
 */
import { readJsonArray } from './jsonl-array.js';
import { DocumentTable } from './jsonl-table.js';
import type { ExportEntry, ExportReader } from './types.js';

/** A line longer than this (in bytes) is reported and skipped, so memory stays bounded. */
export const MAX_LINE_BYTES = 32 << 20;
const BOM = 0xfeff;

export const jsonlReader: ExportReader = {
  format: 'jsonl',
  sniff: (head) => jsonKind(head) !== null,
  read: async (entry, sink) => {
    if (jsonKind(entry.head) === 'array') return readJsonArray(entry, sink);
    const table = new DocumentTable(entry, sink);
    await eachLine(entry, (text, line) => table.text(text, line), (line) => table.problem({ line, message: `line longer than ${MAX_LINE_BYTES >> 20} MiB: not read`, hint: 'split the document, or export it without the oversized field' }));
    table.end();
  },
};

/** Lines looked at to tell JSON Lines: a broken first line must not make the file CSV. */
const SNIFF_LINES = 5;

/**
 * `lines` when the first non-blank lines start with `{` or `[` (a stray array line is a problem of the
 * file, not a sign of CSV) and one of them is a JSON object (a first line longer than the head is taken
 * on its brace), `array` for an array of objects, else null.
 */
export function jsonKind(head: Buffer): 'lines' | 'array' | null {
  let text = head.toString('utf8', 0, Math.min(head.length, 65536));
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  const start = /\S/.exec(text);
  if (!start) return null;
  if (text[start.index] === '[') return /^\[\s*\{/.test(text.slice(start.index)) ? 'array' : null;
  const lines = text.slice(start.index).split('\n');
  // Past 64 KiB the last piece may be cut: judged on its brace only.
  const whole = head.length <= 65536 ? lines : lines.slice(0, -1);
  const first = whole.filter((l) => l.trim() !== '').slice(0, SNIFF_LINES);
  if (first.length === 0) return text[start.index] === '{' ? 'lines' : null;
  if (!first.every((l) => /^\s*[{[]/.test(l))) return null;
  return first.some(isObjectLine) ? 'lines' : null;
}

function isObjectLine(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}

/**
 * Every line of the entry, decoded as UTF-8, without its line end; an overlong line is skipped. Lines
 * are found in the bytes (a newline byte is never part of a UTF-8 sequence) and each is decoded alone,
 * in place in its chunk; only a line that spans chunks is copied: each piece as it is held, then joined when its end arrives.
 */
async function eachLine(entry: ExportEntry, onLine: (text: string, line: number) => boolean | void, onTooLong: (line: number) => void): Promise<void> {
  const carry = new LineCarry(onTooLong);
  let line = 1;
  for await (const chunk of entry.chunks()) {
    let from = 0;
    let nl = chunk.indexOf(10);
    if (carry.open) {
      if (nl < 0) {
        carry.hold(chunk, line);
        continue;
      }
      const whole = carry.close(chunk.subarray(0, nl), line);
      if (whole && onLine(lineText(whole, 0, whole.length, line), line) === false) return;
      line++;
      from = nl + 1;
      nl = chunk.indexOf(10, from);
    }
    for (; nl >= 0; nl = chunk.indexOf(10, from)) {
      if (nl - from > MAX_LINE_BYTES) onTooLong(line);
      else if (onLine(lineText(chunk, from, nl, line), line) === false) return;
      line++;
      from = nl + 1;
    }
    if (from < chunk.length) carry.hold(chunk.subarray(from), line);
  }
  const last = carry.close(Buffer.alloc(0), line);
  if (last && last.length > 0) onLine(lineText(last, 0, last.length, line), line);
}

/** The start of a line that goes on in the next chunk: its pieces (copied: a chunk may be reused), or too long to keep. */
class LineCarry {
  private pieces: Buffer[] = [];
  private bytes = 0;
  private skipping = false;

  constructor(private readonly onTooLong: (line: number) => void) {}

  get open(): boolean {
    return this.bytes > 0 || this.skipping;
  }

  hold(piece: Buffer, line: number): void {
    if (this.skipping) return;
    this.bytes += piece.length;
    if (this.bytes > MAX_LINE_BYTES) {
      this.onTooLong(line);
      this.skipping = true;
      this.pieces = [];
    } else this.pieces.push(Buffer.from(piece));
  }

  /** The whole line with its last piece, or null when it is too long (said once); the carry is empty again. */
  close(last: Buffer, line: number): Buffer | null {
    if (!this.skipping && this.bytes + last.length > MAX_LINE_BYTES) {
      this.onTooLong(line);
      this.skipping = true;
    }
    const whole = this.skipping ? null : Buffer.concat([...this.pieces, last]);
    this.pieces = [];
    this.bytes = 0;
    this.skipping = false;
    return whole;
  }
}

/** A line's text, without its CR; the first line without a UTF-8 byte-order mark. */
function lineText(bytes: Buffer, from: number, end: number, line: number): string {
  if (line === 1 && end - from >= 3 && bytes[from] === 0xef && bytes[from + 1] === 0xbb && bytes[from + 2] === 0xbf) from += 3;
  return bytes.toString('utf8', from, end > from && bytes[end - 1] === 13 ? end - 1 : end);
}
