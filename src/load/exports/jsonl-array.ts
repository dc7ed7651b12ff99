/**
 * A JSON array of documents (`mongoexport --jsonArray` writes it all on one line): streamed with
 * @streamparser/json, a kept streaming parser, one array element at a time, so memory stays bounded
 * whatever the file's size. It is much slower than JSON Lines (about 5 MB/s against JSON.parse's
 * 40+): export as JSON Lines when you can.
 *
 * Lines: the array may be one line, so a record's "line" is the 1-based position of its document in
 * the array. A syntax error ends the parse (a streaming parser cannot find the next document): what
 * came before is scanned, and the problem names the document and byte where reading stopped.
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

export async function readJsonArray(entry: ExportEntry, sink: TableSink): Promise<void> {
  const table = new DocumentTable(entry, sink);
  const tokenizer = new ExactTokenizer();
  const parser = new TokenParser({ paths: ['$.*'], keepStack: false });
  let position = 0;
  let more = true;
  let failure: Error | null = null;
  tokenizer.onToken = (t: ParsedTokenInfo) => parser.write(t.token === TokenType.NUMBER && typeof t.value === 'string' ? { ...t, token: TokenType.STRING } : t);
  parser.onValue = ({ value }) => {
    if (more) more = table.document(value, ++position);
  };
  tokenizer.onError = (e) => (failure ??= e);
  parser.onError = (e) => (failure ??= e);
  let offset = 0;
  for await (const bytes of entry.chunks()) {
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
    table.problem({ line: position + 1, message: `not valid JSON in document ${position + 1}${byte}: the rest of the array is not read`, hint: 'a JSON array cannot be read past a syntax error: repair the file, or export it as JSON Lines (one document a line)' });
  }
  table.end();
}
