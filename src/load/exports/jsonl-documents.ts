/**
 * JSON documents one after another, each spanning lines: what `mongoexport --pretty` writes without
 * --jsonArray (and jq, or JSON.stringify with an indent, for a stream or a single document). Read with
 * the streaming parser JSON arrays use (@streamparser/json, separator '' for documents with nothing
 * between them), fed line by line: a record's line is the line where its document starts, as in JSON
 * Lines, and a syntax error is placed at its line and column.
 *
 * A syntax error ends the parse (a streaming parser cannot find the next document): what came before is
 * scanned, and the problem says where reading stopped, without the text there. Speed is the array
 * reader's (a few MB/s): export as JSON Lines (mongoexport without --pretty) for large collections.
 */
import { TokenParser, TokenType, type ParsedTokenInfo } from '@streamparser/json';
import { InputError } from '../../errors.js';
import { ExactTokenizer } from './jsonl-array.js';
import { eachLine, MAX_LINE_BYTES } from './jsonl-lines.js';
import { DocumentTable } from './jsonl-table.js';
import type { ExportEntry, TableSink } from './types.js';

interface Failure {
  line: number;
  /** 1-based, in characters of the line; undefined when not known. */
  column: number | undefined;
  what: string;
}

export async function readJsonDocuments(entry: ExportEntry, sink: TableSink): Promise<void> {
  const table = new DocumentTable(entry, sink);
  const tokenizer = new ExactTokenizer();
  const parser = new TokenParser({ paths: ['$'], keepStack: false, separator: '' });
  // Where the parse is: the line being fed, its bytes (with its LF), and the bytes fed before it (offsets count from the first).
  let line = 0;
  let bytes = Buffer.alloc(0);
  let lineStart = 0;
  let depth = 0;
  let documentLine = 0;
  let documentColumn: number | undefined;
  let lastToken = 0;
  let more = true;
  let failure: Failure | null = null;
  const columnAt = (offset: number | undefined) => (offset === undefined || offset < 0 || offset > bytes.length ? undefined : bytes.toString('utf8', 0, offset).length + 1);

  tokenizer.onToken = (t: ParsedTokenInfo) => {
    if (depth === 0) {
      documentLine = line;
      documentColumn = columnAt(t.offset - lineStart);
    }
    if (t.token === TokenType.LEFT_BRACE || t.token === TokenType.LEFT_BRACKET) depth++;
    else if (t.token === TokenType.RIGHT_BRACE || t.token === TokenType.RIGHT_BRACKET) depth--;
    lastToken = t.offset;
    parser.write(t.token === TokenType.NUMBER && typeof t.value === 'string' ? { ...t, token: TokenType.STRING } : t);
  };
  parser.onValue = ({ value }) => {
    if (more) more = table.document(value, documentLine);
  };
  // The tokenizer names the byte it stopped at; the parser stops at the token it was last given.
  tokenizer.onError = (e) => (failure ??= { line, column: columnAt(bytePosition(e.message, lineStart)), what: 'not valid JSON' });
  parser.onError = () => (failure ??= { line, column: columnAt(lastToken - lineStart), what: 'not valid JSON' });

  await eachLine(
    entry,
    (text, at) => {
      // After a line too long to keep, the parser's state is no document's.
      if (failure !== null) return false;
      line = at;
      bytes = Buffer.from(text + '\n');
      tokenizer.write(bytes);
      lineStart += bytes.length;
      return failure === null && more;
    },
    (at) => (failure ??= { line: at, column: undefined, what: `line longer than ${MAX_LINE_BYTES >> 20} MiB` }),
  );
  if (failure === null && more && depth > 0) failure = { line: documentLine, column: documentColumn, what: 'the document that starts here is not closed by the end of the file' };
  if (failure !== null) fail(entry, table, failure);
  table.end();
}

/** `absolute position "N"` in a tokenizer error, as an offset into the line that starts at byte `lineStart`. */
function bytePosition(message: string, lineStart: number): number | undefined {
  const at = /absolute position "?(\d+)/.exec(message);
  return at ? Number(at[1]) - lineStart : undefined;
}

function fail(entry: ExportEntry, table: DocumentTable, f: Failure): void {
  if (table.documentCount === 0) {
    throw new InputError(`${f.what}: no document could be read`, { file: entry.file, line: f.line, column: f.column }, 'check that the file holds complete JSON documents, or export it as JSON Lines (mongoexport without --pretty)');
  }
  table.problem({ line: f.line, column: f.column, message: `${f.what}: the documents from here on are not read`, hint: 'JSON documents spanning lines cannot be read past a syntax error: repair the file, or export it as JSON Lines (mongoexport without --pretty)' });
}
