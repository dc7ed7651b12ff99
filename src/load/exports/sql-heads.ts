/**
 * The statements of a dump that say where rows go: CREATE TABLE (the column names, and the types
 * PostgreSQL's COPY text needs: bytea, boolean), `INSERT INTO t (cols) VALUES` and
 * `COPY t (cols) FROM stdin`. Each is read whole from the buffer with the lexer; a head cut by the
 * buffer's end answers `need` and is read again once more text has come.
 */
import { isKeyword, isName, isPunct, type Lexer, type Token } from './sql-lex.js';

export type HeadResult<T> =
  | { kind: 'ok'; value: T; end: number }
  | { kind: 'need' }
  /** Not a statement that holds or shapes rows (CREATE INDEX, INSERT … SELECT): skip it whole. */
  | { kind: 'skip' }
  | { kind: 'bad'; at: number; message: string };

export interface TableDef {
  name: string;
  columns: string[];
  /** The first word of each column's type, lower case (`varchar`, `bytea`, `timestamp`). */
  types: string[];
}

export interface InsertHead {
  table: string;
  columns: string[] | null;
}

export interface CopyHead {
  table: string;
  columns: string[] | null;
  nullMarker: string;
  /** Why the rows cannot be read (CSV or binary COPY), or null. */
  unsupported: string | null;
}

class Need {}
class Bad {
  constructor(
    readonly at: number,
    readonly message: string,
  ) {}
}
class Skip {}

/** Tokens from the lexer; a cut text or the dump's end throws Need (the caller waits or reports the cut). */
class Reader {
  constructor(readonly lx: Lexer) {}

  take(): Token {
    const t = this.lx.next();
    if (t === null || t.kind === 'end') throw new Need();
    return t;
  }

  name(t: Token, what: string): string {
    if (!isName(t)) throw new Bad(t.start, `expected ${what}, found ${describe(t)}`);
    return t.text;
  }

  /** A possibly qualified name (`db`.`t`, public.members) starting at t; returns its parts and the token after it. */
  qualified(t: Token): { parts: string[]; next: Token } {
    const parts = [this.name(t, 'a table name')];
    let next = this.take();
    while (isPunct(next, '.')) {
      parts.push(this.name(this.take(), 'a name after .'));
      next = this.take();
    }
    return { parts, next };
  }

  /** `( a, b, c )` after its `(`; the token after `)`. */
  nameList(): { names: string[]; next: Token } {
    const names: string[] = [];
    for (;;) {
      const t = this.take();
      if (names.length === 0 && isPunct(t, ')')) break;
      names.push(this.name(t, 'a column name'));
      const sep = this.take();
      if (isPunct(sep, ')')) break;
      if (!isPunct(sep, ',')) throw new Bad(sep.start, `expected , or ) in the column list, found ${describe(sep)}`);
    }
    return { names, next: this.take() };
  }

  /** Tokens up to the `,` or `)` closing the current item at depth 0; returns that token. */
  toItemEnd(): Token {
    let depth = 0;
    for (;;) {
      const t = this.take();
      if (t.kind !== 'punct') continue;
      if (t.text === '(') depth++;
      else if (t.text === ')') {
        if (depth === 0) return t;
        depth--;
      } else if (t.text === ',' && depth === 0) return t;
    }
  }

  /** Tokens up to and including the `;` ending the statement; its end. */
  toStatementEnd(): number {
    for (;;) {
      const t = this.take();
      if (isPunct(t, ';')) return t.end;
    }
  }
}

function describe(t: Token): string {
  if (t.kind === 'quoted') return 'a quoted string';
  return quotable(t.text) ? `«${t.text}»` : 'other text';
}

/**
 * Whether text of the dump may be quoted in a message: a keyword-like word only. Anything else may be
 * a value (a phone number, a name) that a report must not reprint.
 */
export function quotable(text: string): boolean {
  return /^[A-Za-z_]{1,24}$/.test(text) || /^[(),;.=*]$/.test(text);
}

function run<T>(lx: Lexer, body: (r: Reader) => { value: T; end: number }): HeadResult<T> {
  try {
    const { value, end } = body(new Reader(lx));
    return { kind: 'ok', value, end };
  } catch (e) {
    if (e instanceof Need) return { kind: 'need' };
    if (e instanceof Skip) return { kind: 'skip' };
    if (e instanceof Bad) return { kind: 'bad', at: e.at, message: e.message };
    throw e;
  }
}

/**
 * The table a qualified name names in the report: PostgreSQL's default schema `public` is dropped
 * (pg_dump writes `public.members`), any other qualifier is kept (`sales.orders`).
 */
export function tableOf(parts: string[]): string {
  return parts.length === 2 && parts[0] === 'public' ? parts[1]! : parts.join('.');
}

const TABLE_MODIFIERS = new Set(['OR', 'REPLACE', 'TEMPORARY', 'TEMP', 'UNLOGGED', 'GLOBAL', 'LOCAL']);
/**
 * Words that open a table constraint or index rather than a column (unquoted only). PostgreSQL does not
 * reserve KEY or INDEX, so there a bare `key` is a column's name; MySQL reserves them all.
 */
const NOT_COLUMNS_PG = new Set(['PRIMARY', 'UNIQUE', 'CONSTRAINT', 'FOREIGN', 'CHECK', 'EXCLUDE', 'LIKE']);
const NOT_COLUMNS_MYSQL = new Set([...NOT_COLUMNS_PG, 'KEY', 'INDEX', 'FULLTEXT', 'SPATIAL', 'PERIOD']);

/** After the word CREATE. */
export function parseCreateTable(lx: Lexer, pg: boolean): HeadResult<TableDef> {
  const notColumns = pg ? NOT_COLUMNS_PG : NOT_COLUMNS_MYSQL;
  return run(lx, (r) => {
    let t = r.take();
    while (t.kind === 'word' && TABLE_MODIFIERS.has(t.text.toUpperCase())) t = r.take();
    if (!isKeyword(t, 'TABLE')) throw new Skip();
    t = r.take();
    if (isKeyword(t, 'IF')) {
      r.take();
      r.take();
      t = r.take();
    }
    const { parts, next } = r.qualified(t);
    // CREATE TABLE … AS SELECT, PARTITION OF, OF type: no column list to read.
    if (!isPunct(next, '(')) throw new Skip();
    const columns: string[] = [];
    const types: string[] = [];
    for (;;) {
      const first = r.take();
      if (columns.length === 0 && isPunct(first, ')')) break;
      const isColumn = isName(first) && !(first.kind === 'word' && notColumns.has(first.text.toUpperCase()));
      if (isColumn) {
        columns.push(first.text);
        const type = r.take();
        types.push(type.kind === 'word' ? type.text.toLowerCase() : '');
        if (isPunct(type, ',')) continue;
        if (isPunct(type, ')')) break;
      }
      const end = isPunct(first, ',') ? first : r.toItemEnd();
      if (isPunct(end, ')')) break;
    }
    return { value: { name: tableOf(parts), columns, types }, end: r.toStatementEnd() };
  });
}

const INSERT_MODIFIERS = new Set(['LOW_PRIORITY', 'DELAYED', 'HIGH_PRIORITY', 'IGNORE']);

/** After the word INSERT or REPLACE: up to VALUES. INSERT … SELECT and DEFAULT VALUES hold no rows and are skipped. */
export function parseInsertHead(lx: Lexer): HeadResult<InsertHead> {
  return run(lx, (r) => {
    let t = r.take();
    while (t.kind === 'word' && INSERT_MODIFIERS.has(t.text.toUpperCase())) t = r.take();
    if (isKeyword(t, 'INTO')) t = r.take();
    const { parts, next } = r.qualified(t);
    t = next;
    if (isKeyword(t, 'AS')) {
      r.take();
      t = r.take();
    }
    let columns: string[] | null = null;
    if (isPunct(t, '(')) {
      const list = r.nameList();
      columns = list.names;
      t = list.next;
    }
    if (isKeyword(t, 'OVERRIDING')) {
      r.take();
      r.take();
      t = r.take();
    }
    if (isKeyword(t, 'VALUES') || isKeyword(t, 'VALUE')) return { value: { table: tableOf(parts), columns }, end: t.end };
    if (isKeyword(t, 'SET')) throw new Bad(t.start, 'INSERT … SET is not read (only INSERT … VALUES)');
    throw new Skip();
  });
}

/** After the word COPY: up to the `;` of `COPY t (cols) FROM stdin [options];`. COPY … TO and FROM a file are skipped. */
export function parseCopyHead(lx: Lexer): HeadResult<CopyHead> {
  return run(lx, (r) => {
    const { parts, next } = r.qualified(r.take());
    let t = next;
    let columns: string[] | null = null;
    if (isPunct(t, '(')) {
      const list = r.nameList();
      columns = list.names;
      t = list.next;
    }
    if (!isKeyword(t, 'FROM') || !isKeyword(r.take(), 'STDIN')) throw new Skip();
    let nullMarker = '\\N';
    let unsupported: string | null = null;
    let prev: Token | null = null;
    for (t = r.take(); !isPunct(t, ';'); prev = t, t = r.take()) {
      const word = t.kind === 'word' ? t.text.toUpperCase() : t.kind === 'quoted' ? t.text.toUpperCase() : '';
      if (word === 'CSV' || word === 'BINARY') unsupported = `in ${word} format`;
      if (prev && isKeyword(prev, 'NULL') && t.kind === 'quoted') nullMarker = t.text;
      if (prev && isKeyword(prev, 'DELIMITER') && t.kind === 'quoted' && t.text !== '\t') unsupported = `with the delimiter «${t.text}»`;
    }
    return { value: { table: tableOf(parts), columns, nullMarker, unsupported }, end: t.end };
  });
}

/** `SET standard_conforming_strings = on|off` (PostgreSQL): whether backslashes escape in '…' from here on; null for any other SET. */
export function parseStandardStrings(lx: Lexer): HeadResult<boolean | null> {
  return run(lx, (r) => {
    let t = r.take();
    if (isKeyword(t, 'SESSION') || isKeyword(t, 'LOCAL')) t = r.take();
    if (t.kind !== 'word' || t.text.toLowerCase() !== 'standard_conforming_strings') return { value: null, end: t.start };
    t = r.take();
    if (isPunct(t, '=') || isKeyword(t, 'TO')) t = r.take();
    const v = t.text.toLowerCase();
    return { value: v === 'off' || v === 'false' ? false : v === 'on' || v === 'true' ? true : null, end: t.end };
  });
}
