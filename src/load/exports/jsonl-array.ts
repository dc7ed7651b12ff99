/**
 * A JSON array of documents (`mongoexport --jsonArray` writes it all on one line): streamed with
 * @streamparser/json, a kept streaming parser, one array element at a time, so memory stays bounded
 * whatever the file's size. It is much slower than JSON Lines (about 5 MB/s against JSON.parse's
 * 40+): export as JSON Lines when you can.
 *
 * Lines: a record's line is the physical line where its document starts (`mongoexport --jsonArray
 * --pretty` gives each document many), so an array written on one line has every record on line 1. A
 * syntax error ends the parse (a streaming parser cannot find the next document): what came before is
 * scanned, and the problem names the document, the line and the byte where reading stopped.
 */
import { Tokenizer, TokenParser, TokenType } from '@streamparser/json';
import type { ParsedTokenInfo } from '@streamparser/json';
import { InputError } from '../../errors.js';
import { DocumentTable } from './jsonl-table.js';
import type { ExportEntry, TableSink } from './types.js';

/** Integers past 2^53 kept as written (a bank card held as a number), as for JSON Lines: the README's recipe. Concatenated documents (jsonl-documents.ts) too. */
export class ExactTokenizer extends Tokenizer {
  protected override parseNumber(text: string): number {
    const n = Number(text);
    return (Number.isSafeInteger(n) || !/^-?\d+$/.test(text) ? n : text) as number;
  }
}

/** Byte offsets → 1-based physical lines, for offsets in the chunk added last, asked in increasing order. */
class ByteLines {
  private before = 1;
  private start = 0;
  private breaks: number[] = [];
  private passed = 0;

  add(bytes: Uint8Array, start: number): void {
    this.before += this.breaks.length;
    this.start = start;
    this.breaks = [];
    this.passed = 0;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) this.breaks.push(start + i);
  }

  lineAt(offset: number): number {
    while (this.passed < this.breaks.length && this.breaks[this.passed]! < offset) this.passed++;
    return this.before + (offset < this.start ? 0 : this.passed);
  }
}

const OPENS = new Set([TokenType.LEFT_BRACE, TokenType.LEFT_BRACKET]);
const CLOSES = new Set([TokenType.RIGHT_BRACE, TokenType.RIGHT_BRACKET]);
const SEPARATORS = new Set([TokenType.COMMA, TokenType.COLON, TokenType.SEPARATOR]);

export async function readJsonArray(entry: ExportEntry, sink: TableSink): Promise<void> {
  const table = new DocumentTable(entry, sink);
  const tokenizer = new ExactTokenizer();
  const parser = new TokenParser({ paths: ['$.*'], keepStack: false });
  const lines = new ByteLines();
  let position = 0;
  let depth = 0;
  let line = 1;
  let more = true;
  let failure: Error | null = null;
  tokenizer.onToken = (t: ParsedTokenInfo) => {
    // A value token right inside the array starts a document: its line is the record's.
    if (depth === 1 && !CLOSES.has(t.token) && !SEPARATORS.has(t.token)) line = lines.lineAt(t.offset);
    if (OPENS.has(t.token)) depth++;
    else if (CLOSES.has(t.token)) depth--;
    parser.write(t.token === TokenType.NUMBER && typeof t.value === 'string' ? { ...t, token: TokenType.STRING } : t);
  };
  parser.onValue = ({ value }) => {
    position++;
    if (more) more = table.document(value, line);
  };
  tokenizer.onError = (e) => (failure ??= e);
  parser.onError = (e) => (failure ??= e);
  let offset = 0;
  const head: number[] = [];
  for await (const bytes of entry.chunks()) {
    for (let i = 0; head.length < 3 && i < bytes.length; i++) head.push(bytes[i]!);
    // The tokenizer does not count a byte-order mark in its offsets.
    lines.add(bytes, head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? offset - 3 : offset);
    tokenizer.write(bytes);
    if (failure || !more) break;
    offset += bytes.length;
  }
  if (!failure && more && !tokenizer.isEnded) {
    try {
      tokenizer.end();
    } catch (e) {
      failure = e as Error;
    }
  }
  if (failure) {
    const at = /absolute position "?(\d+)/.exec((failure as Error).message);
    const byte = at ? ` (byte ${at[1]})` : offset > 0 ? ` (after byte ${offset})` : '';
    if (position === 0) throw new InputError(`not valid JSON${byte}: no document of the array could be read`, { file: entry.file, line: 1 }, 'check that the file is a complete JSON array of objects, or export it as JSON Lines');
    table.problem({ line: at ? lines.lineAt(Number(at[1])) : line, message: `not valid JSON in document ${position + 1}${byte}: the rest of the array is not read`, hint: 'a JSON array cannot be read past a syntax error: repair the file, or export it as JSON Lines (one document a line)' });
  }
  table.end();
}
