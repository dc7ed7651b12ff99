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
 * A JSON array file (`mongoexport --jsonArray`, `[{…},{…}]`) is read by jsonl-array.ts, documents
 * spanning lines one after another (`mongoexport --pretty`) by jsonl-documents.ts.
 *
 * Memory: the sample window's documents, then one document and one batch of records at a time.
 */
import { readJsonArray } from './jsonl-array.js';
import { readJsonDocuments } from './jsonl-documents.js';
import { eachLine, MAX_LINE_BYTES } from './jsonl-lines.js';
import { DocumentTable } from './jsonl-table.js';
import { JSON_NAME } from './names.js';
import type { ExportReader } from './types.js';

export { MAX_LINE_BYTES } from './jsonl-lines.js';
const BOM = 0xfeff;

export const jsonlReader: ExportReader = {
  format: 'jsonl',
  sniff: (head, name) => jsonKind(head, name) !== null,
  read: async (entry, sink) => {
    const kind = jsonKind(entry.head, entry.member ?? entry.file);
    if (kind === 'array') return readJsonArray(entry, sink);
    if (kind === 'documents') return readJsonDocuments(entry, sink);
    const table = new DocumentTable(entry, sink);
    await eachLine(entry, (text, line) => table.text(text, line), (line) => table.problem({ line, message: `line longer than ${MAX_LINE_BYTES >> 20} MiB: not read`, hint: 'split the document, or export it without the oversized field' }));
    table.end();
  },
};

/** Lines looked at to tell JSON Lines: a broken first line must not make the file CSV. */
const SNIFF_LINES = 5;

/** JSON Lines, a JSON array, or JSON documents spanning lines one after another (mongoexport --pretty). */
export type JsonKind = 'lines' | 'array' | 'documents';

/**
 * From the first 64 KiB, and the name where the content alone is not sure:
 * - `array` for an array of objects (`[` then `{`); an array of anything else is no table (a list kept
 *   beside the exports), left to the CSV reader as before;
 * - `lines` when the first non-blank lines all start with `{` or `[` (a stray array line is a problem of
 *   the file, not a sign of CSV) and one of them is a JSON object, or each opens an object with a key
 *   (`{"`), or the file is named as JSON: lines that do not parse are then reported with their line and
 *   column, not read as CSV (a first line longer than the head is taken on its brace);
 * - `documents` when a document spans lines: the first line is a lone `{` (every pretty-printer starts
 *   so), or the file is named as JSON and starts with `{`;
 * - else null: not JSON, whatever the name (a CSV named .jsonl is read as CSV).
 */
export function jsonKind(head: Buffer, name = ''): JsonKind | null {
  let text = head.toString('utf8', 0, Math.min(head.length, 65536));
  if (text.charCodeAt(0) === BOM) text = text.slice(1);
  const named = JSON_NAME.test(name);
  const start = /\S/.exec(text);
  if (!start) return null;
  if (text[start.index] === '[') return /^\[\s*\{/.test(text.slice(start.index)) ? 'array' : null;
  if (text[start.index] !== '{') return null;
  const lines = text.slice(start.index).split('\n');
  // Past 64 KiB the last piece may be cut: judged on its brace only.
  const whole = head.length <= 65536 ? lines : lines.slice(0, -1);
  const first = whole.filter((l) => l.trim() !== '').slice(0, SNIFF_LINES);
  if (first.length === 0) return 'lines';
  if (first.every((l) => /^\s*[{[]/.test(l))) return named || first.some(isObjectLine) || first.every((l) => /^\s*\{\s*"/.test(l)) ? 'lines' : null;
  return named || first[0]!.trim() === '{' ? 'documents' : null;
}

function isObjectLine(line: string): boolean {
  try {
    const v: unknown = JSON.parse(line);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  } catch {
    return false;
  }
}
