/**
 * A small SQL tokenizer for the parts of a dump that are not rows: statement heads (CREATE TABLE,
 * INSERT … VALUES, COPY … FROM stdin) and statements skipped whole (quote-aware, so a `;` inside a
 * string or a function body does not end them). Rows go through the faster tuple scanner
 * (sql-values.ts). Works on a buffer that may end mid-token: `next()` then answers null and `safe` is
 * where the cut token starts, so the caller can wait for more text and start again there.
 */
import { unescapeMysql, unescapePgE } from './sql-values.js';

export interface SqlDialect {
  /** `\` escapes inside every quoted string (MySQL); otherwise only inside E'…' (PostgreSQL). */
  backslash: boolean;
  /** `#` comments (MySQL). */
  hashComments: boolean;
  /** `$tag$ … $tag$` strings and nested block comments (PostgreSQL). */
  pg: boolean;
}

export type TokenKind = 'word' | 'quoted' | 'punct' | 'end';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** A word as written; a quoted token's content with its escapes applied; the punctuation character. */
  text: string;
  /** The quote of a quoted token (`'`, `"`, `` ` ``, `$`), or 0. */
  quote: number;
  /** A prefix glued to a string (`E`, `N`, `X`, `B`, `_utf8mb4`…), else ''. */
  prefix: string;
}

const SQ = 39;
const DQ = 34;
const BT = 96;

export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c >= 0x80;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11;
}

export class Lexer {
  /** Where the token being read began (after any spaces and comments): the place to resume from when next() says null. */
  safe: number;
  /** The dump ended inside a token (a string or comment never closed). */
  cut = false;

  constructor(
    private readonly s: string,
    public pos: number,
    private readonly d: SqlDialect,
    private readonly eof: boolean,
  ) {
    this.safe = pos;
  }

  /** The next token, or null when the text ends inside it before EOF; at EOF an `end` token (`cut` set if inside one). */
  next(): Token | null {
    const s = this.s;
    const n = s.length;
    let i = this.pos;
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      this.safe = i;
      if (i >= n) return this.eof ? this.token('end', i, i, '') : null;
      const c = s.charCodeAt(i);
      const skipped = this.comment(i);
      if (skipped === -1) return this.eof ? this.cutAt(i) : null;
      if (skipped > 0) {
        i = skipped;
        continue;
      }
      if (c === SQ || c === DQ || c === BT) return this.quoted(i, i, '');
      if (c === 36 && this.d.pg) {
        const tagEnd = this.dollarTag(i);
        if (tagEnd === -1) return this.eof ? this.cutAt(i) : null;
        if (tagEnd > 0) return this.dollar(i, tagEnd);
      }
      if (isWordChar(c)) {
        let j = i + 1;
        while (j < n && isWordChar(s.charCodeAt(j))) j++;
        if (j >= n && !this.eof) return null;
        const word = s.slice(i, j);
        if (s.charCodeAt(j) === SQ && isStringPrefix(word)) return this.quoted(j, i, word);
        if (word === 'U' && s.charCodeAt(j) === 38 && s.charCodeAt(j + 1) === SQ) return this.quoted(j + 1, i, 'U&');
        return this.token('word', i, j, word);
      }
      return this.token('punct', i, i + 1, s[i]!);
    }
  }

  /** The text ended inside a token at EOF: an end token, `cut` set, `safe` at the token's start. */
  private cutAt(i: number): Token {
    this.cut = true;
    this.safe = i;
    return this.token('end', i, this.s.length, '');
  }

  private token(kind: TokenKind, start: number, end: number, text: string, quote = 0, prefix = ''): Token {
    this.pos = end;
    return { kind, start, end, text, quote, prefix };
  }

  /** The end of a comment starting at i, 0 when none starts there, -1 when it is cut. */
  private comment(i: number): number {
    const s = this.s;
    const c = s.charCodeAt(i);
    const c1 = s.charCodeAt(i + 1);
    const lineComment = (c === 45 && c1 === 45 && (this.d.pg || i + 2 >= s.length || isSpace(s.charCodeAt(i + 2)))) || (c === 35 && this.d.hashComments);
    if (lineComment) {
      if (c === 45 && i + 2 >= s.length && !this.eof) return -1;
      const nl = s.indexOf('\n', i);
      return nl < 0 ? (this.eof ? s.length : -1) : nl + 1;
    }
    if (c === 47 && c1 === 42) return this.blockComment(i);
    if ((c === 45 || c === 47) && i + 1 >= s.length && !this.eof) return -1;
    return 0;
  }

  private blockComment(i: number): number {
    const s = this.s;
    if (!this.d.pg) {
      const end = s.indexOf('*/', i + 2);
      return end < 0 ? -1 : end + 2;
    }
    let depth = 0;
    for (let j = i; j < s.length - 1; j++) {
      const c = s.charCodeAt(j);
      if (c === 47 && s.charCodeAt(j + 1) === 42) {
        depth++;
        j++;
      } else if (c === 42 && s.charCodeAt(j + 1) === 47) {
        depth--;
        j++;
        if (depth === 0) return j + 1;
      }
    }
    return -1;
  }

  /** A quoted string or identifier opening at q (its prefix, if any, starts at `start`). */
  private quoted(q: number, start: number, prefix: string): Token | null {
    const s = this.s;
    const quote = s.charCodeAt(q);
    const close = quote;
    const backslash = quote !== BT && (this.d.backslash || prefix === 'E' || prefix === 'e');
    let escaped = false;
    let j = q + 1;
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (backslash && c === 92) {
        escaped = true;
        j++;
      } else if (c === close) {
        if (s.charCodeAt(j + 1) !== close) break;
        escaped = true;
        j++;
      }
    }
    if (j >= s.length) return this.eof ? this.cutAt(start) : null;
    // A string cut just before what may be its doubled quote must wait for the next character.
    if (j + 1 >= s.length && !this.eof) return null;
    let text = s.slice(q + 1, j);
    if (escaped) {
      const doubled = String.fromCharCode(close);
      if (backslash) text = this.d.backslash ? unescapeMysql(text, close) : unescapePgE(text);
      else text = text.replaceAll(doubled + doubled, doubled);
    }
    return this.token('quoted', start, j + 1, text, quote, prefix);
  }

  /** The end of a `$tag$` opener at i, 0 if `$` opens no tag (a `$1` parameter), -1 when cut. */
  private dollarTag(i: number): number {
    const s = this.s;
    let j = i + 1;
    while (j < s.length) {
      const c = s.charCodeAt(j);
      if (c === 36) return j + 1;
      if (!(isWordChar(c) && c !== 36) || (j === i + 1 && c >= 48 && c <= 57)) return 0;
      j++;
    }
    return -1;
  }

  private dollar(i: number, tagEnd: number): Token | null {
    const tag = this.s.slice(i, tagEnd);
    const close = this.s.indexOf(tag, tagEnd);
    if (close < 0) return this.eof ? this.cutAt(i) : null;
    return this.token('quoted', i, close + tag.length, this.s.slice(tagEnd, close), 36);
  }
}

/** `E'…'`, `N'…'`, `X'…'`, `B'…'`, `_utf8mb4'…'`. */
export function isStringPrefix(word: string): boolean {
  if (word.length === 1) return /[EeNnXxBb]/.test(word);
  return word.charCodeAt(0) === 95 && word.length > 1;
}

/** Whether a token is the keyword `kw` (upper case), unquoted. */
export function isKeyword(t: Token | null, kw: string): boolean {
  return t !== null && t.kind === 'word' && t.text.length === kw.length && t.text.toUpperCase() === kw;
}

export function isPunct(t: Token | null, ch: string): boolean {
  return t !== null && t.kind === 'punct' && t.text === ch;
}

/** An identifier token: a word, a quoted identifier, or (MySQL, ANSI files) a double-quoted one. */
export function isName(t: Token | null): boolean {
  return t !== null && (t.kind === 'word' || (t.kind === 'quoted' && t.quote !== SQ && t.quote !== 36 && t.prefix === ''));
}
