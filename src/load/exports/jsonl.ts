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
 * (line, column, what is wrong — never the line's text) and the next line is read. Integers of 16 digits
 * or more are read as written (JSON.parse would round them: a bank card held as a number).
 *
 * A JSON array file (`mongoexport --jsonArray`, `[{…},{…}]`) is read by jsonl-array.ts.
 *
 * Memory: the sample window's documents, then one document and one batch of records at a time.
 */
import { readJsonArray } from './jsonl-array.js';
import { DocumentTable } from './jsonl-table.js';
import type { ExportEntry, ExportReader } from './types.js';

/** A line longer than this (in characters) is reported and skipped, so memory stays bounded. */
export const MAX_LINE_CHARS = 32 << 20;
const BOM = 0xfeff;

export const jsonlReader: ExportReader = {
  format: 'jsonl',
  sniff: (head) => jsonKind(head) !== null,
  read: async (entry, sink) => {
    if (jsonKind(entry.head) === 'array') return readJsonArray(entry, sink);
    const table = new DocumentTable(entry, sink);
    await eachLine(entry, (text, line) => table.text(text, line), (line) => table.problem({ line, message: `line longer than ${MAX_LINE_CHARS} characters: not read`, hint: 'split the document, or export it without the oversized field' }));
    table.end();
  },
};

/** `lines` when the first non-blank line is a JSON object, `array` for an array of objects, else null. */
export function jsonKind(head: Buffer): 'lines' | 'array' | null {
  let text = head.toString('utf8', 0, Math.min(head.length, 65536));
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  const start = /\S/.exec(text);
  if (!start) return null;
  if (text[start.index] === '[') return /^\[\s*\{/.test(text.slice(start.index)) ? 'array' : null;
  if (text[start.index] !== '{') return null;
  const end = text.indexOf('\n', start.index);
  // A first line longer than the head: taken on its opening brace.
  if (end < 0) return 'lines';
  try {
    const v: unknown = JSON.parse(text.slice(start.index, end));
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? 'lines' : null;
  } catch {
    return null;
  }
}

/** Every line of the entry, decoded as UTF-8, without its line end; an overlong line is skipped. */
async function eachLine(entry: ExportEntry, onLine: (text: string, line: number) => boolean | void, onTooLong: (line: number) => void): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let line = 1;
  let skipping = false;
  let first = true;
  for await (const bytes of entry.chunks()) {
    let text = carry + decoder.decode(bytes, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
      first = false;
    }
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      if (!skipping && onLine(lineText(text, from, nl), line) === false) return;
      skipping = false;
      line++;
      from = nl + 1;
    }
    carry = skipping ? '' : text.slice(from);
    if (carry.length > MAX_LINE_CHARS) {
      onTooLong(line);
      carry = '';
      skipping = true;
    }
  }
  carry += decoder.decode();
  if (!skipping && carry.length > 0) onLine(lineText(carry, 0, carry.length), line);
}

function lineText(text: string, from: number, end: number): string {
  return end > from && text.charCodeAt(end - 1) === 13 ? text.slice(from, end - 1) : text.slice(from, end);
}
