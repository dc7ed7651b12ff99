/**
 * A SQL dump as a stream of tables: the engine under the mysqldump and pg_dump readers.
 *
 * The dump is decoded chunk by chunk into a buffer that holds only what is not yet read: the rest of a
 * statement head, one cut tuple or COPY line. Statements are read one after the other:
 * - CREATE TABLE gives a table's columns (and the types COPY text needs);
 * - INSERT … VALUES: each tuple is scanned as soon as it closes (sql-values.ts), so an extended INSERT
 *   of many megabytes is never held; COPY … FROM stdin: one record per line up to `\.`;
 * - every other statement is skipped, quote-aware, to its `;`.
 * Rows go to their tables through sql-tables.ts; lines are counted by sql-lines.ts. A record's line is
 * where its tuple opens (tuples of an extended INSERT may share a line).
 *
 * Bad input: a statement or tuple that cannot be read is reported at its line and column and skipped
 * to the end of its statement (the next line ending in `;`, or the next line starting a statement);
 * a dump cut short is reported where the cut statement or row began. Only a dump with no readable row
 * at all is an InputError.
 */
import { InputError } from '../../errors.js';
import { firstNulPosition, looksBinary } from '../../io/encoding.js';
import { chunkDecoder } from '../../io/export-decode.js';
import { parseCopyHead, parseCreateTable, parseInsertHead, parseStandardStrings, quotable, type HeadResult, type InsertHead } from './sql-heads.js';
import { isSpace, isWordChar, Lexer, type SqlDialect } from './sql-lex.js';
import { LineCounter } from './sql-lines.js';
import { dumpEncoding } from './sql-sniff.js';
import { DumpTables } from './sql-tables.js';
import { BAD, copyFields, TupleScanner } from './sql-values.js';
import type { ExportEntry, ReadOptions, TableSink } from './types.js';

const enum State {
  Top,
  Values,
  Copy,
  Skip,
  Recover,
  Done,
}

/**
 * Decoded and parsed this many bytes at a time: the buffer (what is carried, plus one slice) then stays
 * under V8's large-object size even as UTF-16 text; larger slices decode and scan several times slower.
 */
const SLICE_BYTES = 32 * 1024;
/** Longest statement head (CREATE TABLE, INSERT … VALUES, COPY …), comment or skipped token held whole. */
const HEAD_LIMIT = 4 << 20;

const SKIPPED = new Set(
  'ALTER ANALYZE BEGIN CALL CHECKPOINT CLUSTER COMMENT COMMIT DECLARE DELETE DO DROP END FLUSH GRANT LOAD LOCK OPTIMIZE PRAGMA REFRESH REINDEX RESET REVOKE ROLLBACK SAVEPOINT SECURITY SELECT SHOW START TRUNCATE UNLOCK UPDATE USE VACUUM VALUES WITH RENAME REPAIR HANDLER PREPARE EXECUTE DEALLOCATE DISCARD IMPORT LISTEN NOTIFY ABORT RELEASE XA'.split(' '),
);
/** A line that starts a statement: where recovery after a bad statement may start reading again. */
const STATEMENT_LINE = /(?:INSERT|REPLACE|COPY|CREATE|DROP|ALTER|LOCK|UNLOCK|SET|SELECT|COMMENT|BEGIN|COMMIT|START|USE|--|\/\*)/iy;

export async function readSqlDump(entry: ExportEntry, sink: TableSink, opts: ReadOptions, dialect: SqlDialect): Promise<void> {
  const sniffed = dumpEncoding(entry.head);
  if (looksBinary(entry.head, sniffed.encoding)) {
    throw new InputError('not a SQL dump: the file holds binary data (a NUL byte here)', { file: entry.file, ...firstNulPosition(entry.head, sniffed) }, 'give the plain-text dump (mysqldump, pg_dump in its plain format)');
  }
  const parser = new DumpParser(entry.file, new DumpTables(sink, dialect.pg, sniffed.encoding), opts, dialect);
  const decoder = chunkDecoder(sniffed.encoding);
  let bom = sniffed.bomLength;
  const chunks = entry.chunks()[Symbol.asyncIterator]();
  for (;;) {
    // Only reading the file may break off (a truncated .gz, a damaged member): the parser's and the
    // sink's own errors are not a cut in the file, and go up as they are.
    let next: IteratorResult<Buffer>;
    try {
      next = await chunks.next();
    } catch (e) {
      parser.push(decoder.end());
      parser.breakOff((e as Error).message);
      return parser.finish();
    }
    if (next.done) break;
    const bytes = bom > 0 ? next.value.subarray(Math.min(bom, next.value.length)) : next.value;
    bom = Math.max(0, bom - next.value.length);
    for (let at = 0; at < bytes.length; at += SLICE_BYTES) parser.push(decoder.write(bytes.subarray(at, at + SLICE_BYTES)));
  }
  parser.push(decoder.end());
  parser.finish();
}

export class DumpParser {
  private buf = '';
  private pos = 0;
  /** Absolute offset (in characters of the decoded dump) of buf[0]. */
  private base = 0;
  private eof = false;
  private state = State.Top;
  private delimiter = ';';
  /** Absolute offset where the statement being read began. */
  private stmtStart = 0;
  private readonly lines = new LineCounter();
  private readonly scanner: TupleScanner;
  private readonly dialect: SqlDialect;
  private expectTuple = true;
  /** The last INSERT head read, as written, and what it says. */
  private lastHead: { text: string; head: InsertHead } | null = null;
  private copyNull = '\\N';
  /** Rows of this COPY are not read (a format the reader does not know): lines skipped to `\.`. */
  private copySkip = false;
  /** The COPY line being read was too long: the rest of it is dropped. */
  private copyDropLine = false;
  /** Recovery stands at the start of a line (that line may start the next statement). */
  private recoverAtLineStart = false;

  constructor(
    private readonly file: string,
    private readonly tables: DumpTables,
    private readonly opts: ReadOptions,
    dialect: SqlDialect,
  ) {
    // Its own copy: `SET standard_conforming_strings` changes it for this dump only.
    this.dialect = { ...dialect };
    this.scanner = new TupleScanner({ backslash: dialect.backslash });
  }

  push(text: string): void {
    if (text.length === 0) return;
    this.lines.at(this.base + this.pos);
    const keep = this.pos;
    this.buf = keep < this.buf.length ? this.buf.substring(keep) + text : text;
    this.base += keep;
    this.pos = 0;
    this.lines.moved(this.buf, this.base);
    this.run();
    this.tables.flush();
  }

  /** The stream of bytes broke off (a truncated .gz): reported where the text stops. */
  breakOff(reason: string): void {
    this.problemAt(this.base + this.buf.length, `the file breaks off here (${reason}): what came before it is read`, 'the file is incomplete: copy or download it again');
  }

  /** The dump is over: what is cut is reported, the last records handed over. */
  finish(): void {
    this.eof = true;
    this.run();
    this.tables.finish();
    if (this.tables.records > 0) return;
    const p = this.tables.firstProblem;
    if (p) throw new InputError(`no rows could be read: ${p.message}`, { file: this.file, line: p.line, column: p.column }, p.hint);
    throw new InputError('no rows: the dump holds no INSERT or COPY data', { file: this.file }, "a dump made with --no-data (mysqldump -d, pg_dump -s) holds only the tables' structure: dump their data too");
  }

  /** Steps until one needs more of the dump than the buffer holds, or the dump is done. */
  private run(): void {
    while (this.step()) continue;
  }

  private step(): boolean {
    switch (this.state) {
      case State.Top:
        return this.statement();
      case State.Values:
        return this.tuples();
      case State.Copy:
        return this.copyLines();
      case State.Skip:
        return this.skip();
      case State.Recover:
        return this.recover();
      default:
        return false;
    }
  }

  private lexer(at: number): Lexer {
    return new Lexer(this.buf, at, this.dialect, this.eof);
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  private statement(): boolean {
    const lx = this.lexer(this.pos);
    const t = lx.next();
    if (t === null) {
      this.pos = lx.safe;
      return this.waitFor('a comment');
    }
    if (t.kind === 'end') {
      if (lx.cut) this.problemAt(this.base + lx.safe, 'the dump ends inside a comment or quoted text: the file is cut short', 'dump the database again');
      this.pos = this.buf.length;
      this.state = State.Done;
      return false;
    }
    this.pos = t.start;
    this.stmtStart = this.base + t.start;
    if (t.kind === 'punct' && t.text === ';') {
      this.pos = t.end;
      return true;
    }
    // psql meta-commands (\restrict, \connect) take the rest of their line.
    if (t.kind === 'punct' && t.text === '\\') return this.skipLine(t.start, null);
    if (t.kind !== 'word') return this.unreadable(t.start, 'this is not the start of a SQL statement');
    const kw = t.text.toUpperCase();
    switch (kw) {
      case 'INSERT':
      case 'REPLACE':
        return this.insert(lx, t.start);
      case 'COPY':
        return this.copy(lx);
      case 'CREATE':
        return this.create(lx);
      case 'SET':
        return this.set(lx);
      case 'DELIMITER':
        return this.skipLine(t.end, (rest) => (this.delimiter = rest.trim() || ';'));
    }
    if (SKIPPED.has(kw)) {
      this.state = State.Skip;
      return true;
    }
    return this.unreadable(t.start, `${quotable(t.text) ? `«${t.text}»` : 'this word'} does not start a SQL statement privaudit knows`);
  }

  /** A statement that cannot be read: reported, and skipped to the end of its statement. */
  private unreadable(at: number, message: string): boolean {
    this.problemAt(this.base + at, `${message}: skipped to the end of the statement`, 'check the dump at this place; a file edited by hand or cut and joined can break a statement');
    return this.recoverFrom(at);
  }

  private recoverFrom(at: number): boolean {
    this.pos = at;
    this.recoverAtLineStart = false;
    this.state = State.Recover;
    return true;
  }

  /** A head cut by the buffer's end: wait for more (bounded), or report the dump cut short. */
  private waitFor(what: string): boolean {
    if (this.eof) {
      this.problemAt(this.stmtStart, 'the dump ends inside this statement: the file is cut short', 'dump the database again');
      this.state = State.Done;
      return false;
    }
    if (this.buf.length - this.pos > HEAD_LIMIT) {
      this.problemAt(this.base + this.pos, `${what} longer than ${HEAD_LIMIT} characters: skipped to the end of the statement`, 'check that a quote or comment opened here is closed');
      return this.recoverFrom(this.pos);
    }
    return false;
  }

  /** The rest of the line from `at` (a client command): `use` gets its text. */
  private skipLine(at: number, use: ((rest: string) => void) | null): boolean {
    const nl = this.buf.indexOf('\n', at);
    if (nl < 0 && !this.eof) return this.waitFor('a line');
    const end = nl < 0 ? this.buf.length : nl + 1;
    use?.(this.buf.slice(at, end));
    this.pos = end;
    return true;
  }

  private headResult<T>(r: HeadResult<T>, what: string): T | boolean {
    if (r.kind === 'need') return this.waitFor(what);
    if (r.kind === 'skip') {
      this.state = State.Skip;
      return true;
    }
    if (r.kind === 'bad') return this.unreadable(r.at, r.message);
    this.pos = r.end;
    return r.value as T;
  }

  private create(lx: Lexer): boolean {
    const def = this.headResult(parseCreateTable(lx, this.dialect.pg), 'a CREATE TABLE statement');
    if (typeof def === 'boolean') return def;
    this.tables.define(def, this.lines.at(this.stmtStart));
    return true;
  }

  private set(lx: Lexer): boolean {
    const r = parseStandardStrings(lx);
    if (r.kind === 'need') return this.waitFor('a SET statement');
    if (r.kind === 'ok' && r.value !== null && this.dialect.pg) this.scanner.rules.backslash = this.dialect.backslash = !r.value;
    this.state = State.Skip;
    return true;
  }

  private insert(lx: Lexer, start: number): boolean {
    // One-row-per-statement dumps (--skip-extended-insert, --inserts) repeat the same head on every line.
    const last = this.lastHead;
    if (last !== null && this.buf.startsWith(last.text, start) && !isWordChar(this.buf.charCodeAt(start + last.text.length))) {
      this.pos = start + last.text.length;
      return this.values(last.head);
    }
    const head = this.headResult(parseInsertHead(lx), 'an INSERT statement');
    if (typeof head === 'boolean') return head;
    this.lastHead = { text: this.buf.slice(start, this.pos), head };
    return this.values(head);
  }

  private values(head: InsertHead): boolean {
    this.tables.startRows(head.table, head.columns, this.lines.position(this.stmtStart));
    this.expectTuple = true;
    this.state = State.Values;
    return true;
  }

  private copy(lx: Lexer): boolean {
    const r = parseCopyHead(lx);
    if (r.kind === 'need') return this.waitFor('a COPY statement');
    if (r.kind === 'skip') {
      this.state = State.Skip;
      return true;
    }
    // The rows start on the line after the head.
    const from = r.kind === 'ok' ? r.end : r.at;
    const nl = this.buf.indexOf('\n', from);
    if (nl < 0) return this.waitFor('a COPY statement');
    this.pos = nl + 1;
    this.copyDropLine = false;
    this.state = State.Copy;
    this.copySkip = true;
    if (r.kind === 'bad') this.problemAt(this.base + r.at, `${r.message}: the rows of this COPY are skipped`, 'check the COPY statement at this place', false);
    else if (r.value.unsupported) this.problemAt(this.stmtStart, `COPY ${r.value.unsupported} is not read: the rows of «${r.value.table}» are skipped`, 'dump with pg_dump in its plain format (COPY text), or with --inserts', false);
    else {
      this.copySkip = false;
      this.copyNull = r.value.nullMarker;
      this.tables.startRows(r.value.table, r.value.columns, this.lines.position(this.stmtStart));
    }
    return true;
  }

  private skip(): boolean {
    const lx = this.lexer(this.pos);
    const d = this.delimiter;
    for (;;) {
      const t = lx.next();
      if (t === null) {
        this.pos = lx.safe;
        return this.waitFor('a quoted text or comment');
      }
      if (t.kind === 'end') {
        this.pos = this.buf.length;
        this.problemAt(this.stmtStart, 'the dump ends inside this statement (no ; after it): the file is cut short', 'dump the database again');
        this.state = State.Done;
        return false;
      }
      if (d === ';' ? t.kind === 'punct' && t.text === ';' : this.buf.startsWith(d, t.start)) {
        this.pos = t.start + d.length;
        this.state = State.Top;
        return true;
      }
    }
  }

  /** After a statement that could not be read: on to the next line ending in `;` (after it) or starting a statement (at it). */
  private recover(): boolean {
    const s = this.buf;
    let i = this.pos;
    for (;;) {
      if (this.recoverAtLineStart) {
        if (s.length - i < 16 && !this.eof) {
          this.pos = i;
          return false;
        }
        STATEMENT_LINE.lastIndex = i;
        if (STATEMENT_LINE.test(s)) {
          this.pos = i;
          this.state = State.Top;
          return true;
        }
      }
      const nl = s.indexOf('\n', i);
      if (nl < 0) {
        this.pos = this.eof ? s.length : Math.max(i, s.length - 16);
        this.recoverAtLineStart = this.recoverAtLineStart && this.pos === i;
        if (this.eof) this.state = State.Done;
        return false;
      }
      this.recoverAtLineStart = true;
      let e = nl - 1;
      while (e >= i && isSpace(s.charCodeAt(e))) e--;
      i = nl + 1;
      if (e >= 0 && s.charCodeAt(e) === 59) {
        this.pos = i;
        this.state = State.Top;
        return true;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Rows

  private tuples(): boolean {
    const s = this.buf;
    const n = s.length;
    let i = this.pos;
    for (;;) {
      let c = s.charCodeAt(i);
      while (c === 32 || c === 10 || c === 13 || c === 9) c = s.charCodeAt(++i);
      if (i >= n) {
        this.pos = i;
        return this.rowsCut(i);
      }
      if (c === 45 || c === 47 || c === 35) {
        // A comment between rows (generic SQL files): past it.
        const t = this.lexer(i).next();
        if (t === null) {
          this.pos = i;
          return this.rowsCut(i);
        }
        if (t.start !== i) {
          i = t.start;
          continue;
        }
      }
      if (this.expectTuple) {
        if (c !== 40) return this.badRow(i, 'expected ( to start a row');
        const out: string[] = [];
        const end = this.scanner.scan(s, i, out);
        if (end < 0) {
          this.pos = i;
          if (end === BAD) return this.badRow(this.scanner.errorAt, this.scanner.error);
          return this.rowsCut(i);
        }
        this.tables.row(out, this.lines.at(this.base + i));
        i = end;
        this.expectTuple = false;
      } else if (c === 44) {
        i++;
        this.expectTuple = true;
      } else if (c === 59) {
        this.pos = i + 1;
        this.state = State.Top;
        return true;
      } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
        // ON DUPLICATE KEY UPDATE …, ON CONFLICT …, RETURNING …: the rows are over.
        this.pos = i;
        this.state = State.Skip;
        return true;
      } else return this.badRow(i, 'expected , or ; after a row');
    }
  }

  private badRow(at: number, message: string): boolean {
    this.problemAt(this.base + at, `this row cannot be read (${message}): the rest of this INSERT is skipped`, 'check the statement at this place; a file edited by hand or cut and joined can break a row');
    return this.recoverFrom(at);
  }

  /** The text ends inside a row (pos is where it opened) or between rows. */
  private rowsCut(at: number): boolean {
    if (this.eof) {
      const inRow = at < this.buf.length;
      this.problemAt(this.base + at, inRow ? 'the dump ends inside this row: the file is cut short' : 'the dump ends inside this INSERT statement (no ; after its last row): the file is cut short', 'dump the database again; the rows before this place are read');
      this.state = State.Done;
      return false;
    }
    const valueLength = this.buf.length - this.scanner.valueStart;
    if (at < this.buf.length && this.scanner.valueStart >= at && valueLength > this.opts.maxFieldChars) {
      this.problemAt(this.base + this.scanner.valueStart, `a value longer than ${this.opts.maxFieldChars} characters, the limit (--max-field-bytes): the rest of this INSERT is skipped`, 'a quote that is never closed makes the rest of the file one value; if the value is real, raise --max-field-bytes');
      return this.recoverFrom(this.scanner.valueStart);
    }
    return false;
  }

  private copyLines(): boolean {
    const s = this.buf;
    let i = this.pos;
    this.lines.at(this.base + i);
    for (;;) {
      const nl = s.indexOf('\n', i);
      if (nl < 0) {
        this.pos = i;
        return this.copyCut(i);
      }
      const end = nl > i && s.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (end - i === 2 && s.charCodeAt(i) === 92 && s.charCodeAt(i + 1) === 46) {
        this.pos = nl + 1;
        this.state = State.Top;
        return true;
      }
      if (this.copyDropLine) this.copyDropLine = false;
      else if (!this.copySkip && !this.tables.dropRows) this.tables.row(copyFields(s.substring(i, end), this.copyNull), this.lines.line);
      // The line is done: counted here (one search per line, not two).
      this.lines.newlineAt(this.base + nl);
      i = nl + 1;
    }
  }

  private copyCut(at: number): boolean {
    const s = this.buf;
    if (!this.eof) {
      if (s.length - at > this.opts.maxFieldChars && !this.copyDropLine) {
        this.problemAt(this.base + at, `a COPY line longer than ${this.opts.maxFieldChars} characters, the limit (--max-field-bytes): the line is skipped`, 'if the line is real, raise --max-field-bytes');
        this.copyDropLine = true;
      }
      if (this.copyDropLine) this.pos = s.length;
      return false;
    }
    const rest = s.slice(at).replace(/\r$/, '');
    if (rest !== '\\.') {
      const name = this.tables.reading ?? '';
      const message = rest.length > 0 ? 'the dump ends inside this COPY line: the file is cut short, the line is not read' : `the dump ends inside the COPY data of «${name}» (no \\. line): the file is cut short`;
      this.problemAt(this.base + at, message, 'dump the database again; the rows before this place are read');
    }
    this.pos = s.length;
    this.state = State.Done;
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Problems

  /** A problem at an absolute offset; `inRows` unless it concerns no table's rows (a skipped COPY). */
  private problemAt(abs: number, message: string, hint: string, inRows = true): void {
    const { line, column } = this.lines.position(abs);
    this.tables.problem({ line, column, message, hint }, inRows && (this.state === State.Values || this.state === State.Copy));
  }
}
