/**
 * The rows of a dump: `(…),(…)` tuples of INSERT statements and the lines of a COPY block, turned into
 * the text a CSV export of the same table holds (NULL → empty, numbers as written, escapes applied).
 *
 * Written here rather than taken from npm: no kept package reads mysqldump/pg_dump data as a stream
 * (sqldump-to splits by lines and spawns workers, pg-dump-parser reads only the schema of a whole
 * file), and the scan needs a tight charCode loop that emits each tuple as soon as it closes, so a
 * many-megabyte extended INSERT is never held whole.
 */

/** The text ended inside the tuple: wait for more and scan it again from its `(`. */
export const NEED = -1;
/** The tuple cannot be read: `error` and `errorAt` say why and where. */
export const BAD = -2;

export interface ValueRules {
  /** `\` escapes in every quoted string (MySQL), else only in E'…' (PostgreSQL). */
  backslash: boolean;
}

const SQ = 39;
const DQ = 34;
const BS = 92;

/**
 * Where a string with backslash escapes and doubled quotes, opened by quote `q` before i, is closed;
 * NEED when the text ends first (or just after a quote that may be doubled).
 */
function escapedEnd(s: string, i: number, q: number): number {
  for (let j = i; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === BS) j++;
    else if (c === q) {
      if (j + 1 >= s.length) return NEED;
      if (s.charCodeAt(j + 1) !== q) return j;
      j++;
    }
  }
  return NEED;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

export class TupleScanner {
  /** Where the value being read began (for --max-field-bytes when a row is cut by the chunk's end). */
  valueStart = 0;
  errorAt = 0;
  error = '';
  private value = '';
  private bsText = '';
  private bsFrom = 0;
  private bsAt = -1;

  constructor(public rules: ValueRules) {}

  /** The tuple opening at s[i] (a `(`) into `out`; the position after its `)`, NEED or BAD. */
  scan(s: string, i: number, out: string[]): number {
    i++;
    for (;;) {
      let c = s.charCodeAt(i);
      while (isBlank(c)) c = s.charCodeAt(++i);
      if (i >= s.length) return NEED;
      if (c === 41 && out.length === 0) return i + 1;
      this.valueStart = i;
      i = this.valueAt(s, i, c);
      if (i < 0) return i;
      out.push(this.value);
      i = this.afterValue(s, i);
      if (i < 0) return i;
      if (s.charCodeAt(i) === 41) return i + 1;
      i++;
    }
  }

  private valueAt(s: string, i: number, c: number): number {
    if (c === SQ) return this.rules.backslash ? this.backslashString(s, i + 1, SQ) : this.plainString(s, i + 1);
    // "…" is a string in MySQL; in ANSI SQL it would name a column, which a dump's VALUES never does.
    if (c === DQ) return this.rules.backslash ? this.backslashString(s, i + 1, DQ) : this.quotedIdentifier(s, i + 1);
    return this.bare(s, i);
  }

  /** Past spaces and casts (`::date`) to the `,` or `)` after a value. */
  private afterValue(s: string, i: number): number {
    for (;;) {
      let c = s.charCodeAt(i);
      while (isBlank(c)) c = s.charCodeAt(++i);
      if (c === 44 || c === 41) return i;
      if (i >= s.length || (c === 58 && i + 1 >= s.length)) return NEED;
      if (c === 58 && s.charCodeAt(i + 1) === 58) {
        i = this.expressionEnd(s, i + 2);
        if (i < 0) return i;
        continue;
      }
      return this.bad(i, 'expected , or ) after a value');
    }
  }

  private bad(at: number, message: string): number {
    this.errorAt = at;
    this.error = message;
    return BAD;
  }

  /** A '…' or "…" string with backslash escapes and doubled quotes (MySQL). */
  private backslashString(s: string, i: number, q: number): number {
    // Native searches for the closing quote and the next backslash (cached, as most strings have none).
    const k = s.indexOf(q === SQ ? "'" : '"', i);
    if (k < 0) return NEED;
    const bs = this.backslashFrom(s, i);
    if (bs < 0 || bs > k) {
      const next = s.charCodeAt(k + 1);
      if (next !== q) {
        if (next !== next) return NEED; // cut just after the quote: it may be doubled
        this.value = s.substring(i, k);
        return k + 1;
      }
    }
    // Escapes or doubled quotes: find the end, then unescape the whole string once.
    const end = escapedEnd(s, i, q);
    if (end === NEED) return NEED;
    this.value = unescapeMysql(s.substring(i, end), q);
    return end + 1;
  }

  /** The first backslash at or after i in s, or -1; searched again only once i passes the last one found. */
  private backslashFrom(s: string, i: number): number {
    if (this.bsText !== s || i < this.bsFrom || (this.bsAt >= 0 && this.bsAt < i)) {
      this.bsText = s;
      this.bsFrom = i;
      this.bsAt = s.indexOf('\\', i);
    }
    return this.bsAt;
  }

  /** A standard '…' string: no escapes but doubled quotes (PostgreSQL with standard_conforming_strings). */
  private plainString(s: string, i: number): number {
    let j = i;
    let doubled = false;
    for (;;) {
      const k = s.indexOf("'", j);
      if (k < 0 || k + 1 >= s.length) return NEED;
      if (s.charCodeAt(k + 1) !== SQ) {
        const v = s.substring(i, k);
        this.value = doubled ? v.replaceAll("''", "'") : v;
        return k + 1;
      }
      doubled = true;
      j = k + 2;
    }
  }

  private quotedIdentifier(s: string, i: number): number {
    let j = i;
    for (;;) {
      const k = s.indexOf('"', j);
      if (k < 0 || k + 1 >= s.length) return NEED;
      if (s.charCodeAt(k + 1) !== DQ) {
        this.value = s.substring(i, k).replaceAll('""', '"');
        return k + 1;
      }
      j = k + 2;
    }
  }

  /** An E'…' string (PostgreSQL): backslash escapes as PostgreSQL reads them, and doubled quotes. */
  private escapeString(s: string, i: number): number {
    const end = escapedEnd(s, i, SQ);
    if (end === NEED) return NEED;
    this.value = unescapePgE(s.substring(i, end));
    return end + 1;
  }

  /** A value without a quote of its own: a number, NULL, TRUE, 0x…, a prefixed string (E'…', _binary '…'), an expression. */
  private bare(s: string, i: number): number {
    const n = s.length;
    let j = i;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === 44 || c === 41 || isBlank(c) || (c === 58 && s.charCodeAt(j + 1) === 58)) break;
      if (c === SQ) return this.prefixed(s, s.substring(i, j), j);
      if (c === 40 || c === 91) return this.expression(s, i);
    }
    if (j >= n) return NEED;
    const word = s.substring(i, j);
    const c0 = word.charCodeAt(0);
    if ((c0 >= 48 && c0 <= 57 && word.charCodeAt(1) !== 120 && word.charCodeAt(1) !== 88) || c0 === 45) {
      this.value = word;
      return j;
    }
    // A charset introducer or typed literal before a spaced string: _binary '…', DATE '2024-01-01'.
    if (isBlank(s.charCodeAt(j)) && /^[A-Za-z_]\w*$/.test(word)) {
      let k = j;
      while (isBlank(s.charCodeAt(k))) k++;
      if (k >= n) return NEED;
      if (s.charCodeAt(k) === SQ) return this.prefixed(s, word, k);
      if (word.charCodeAt(0) === 95 && s.charCodeAt(k) === 48) return this.bare(s, k); // _binary 0x…
    }
    this.value = bareValue(word);
    return j;
  }

  /** A string with a prefix glued to (or spaced from) its quote at q. */
  private prefixed(s: string, prefix: string, q: number): number {
    const p = prefix.toUpperCase();
    if (p === 'E') return this.escapeString(s, q + 1);
    const end = this.rules.backslash ? this.backslashString(s, q + 1, SQ) : this.plainString(s, q + 1);
    if (end < 0) return end;
    if (p === 'X') this.value = hexText(this.value) ?? `X'${this.value}'`;
    else if (p === 'B') this.value = bitsValue(this.value);
    return end;
  }

  /** An expression (a function call, ARRAY[…]): kept as written, up to the `,` or `)` that ends it. */
  private expression(s: string, i: number): number {
    const end = this.expressionEnd(s, i);
    if (end < 0) return end;
    this.value = s.substring(i, end).trim();
    return end;
  }

  /** The `,` or `)` at depth 0 after i, past nested brackets and quoted strings. */
  private expressionEnd(s: string, i: number): number {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === 40 || c === 91) depth++;
      else if (c === 41 || c === 93) {
        if (depth === 0) return c === 41 ? j : this.bad(j, 'unbalanced ] in a value');
        depth--;
      } else if (c === 44 && depth === 0) return j;
      else if (c === SQ || c === DQ) {
        const end = this.skipQuoted(s, j + 1, c);
        if (end < 0) return end;
        j = end - 1;
      }
    }
    return NEED;
  }

  private skipQuoted(s: string, i: number, q: number): number {
    for (let j = i; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c === BS && this.rules.backslash) j++;
      else if (c === q) {
        if (j + 1 >= s.length) return NEED;
        if (s.charCodeAt(j + 1) !== q) return j + 1;
        j++;
      }
    }
    return NEED;
  }
}

/** NULL → empty, TRUE/FALSE → true/false, 0x… → its text when it is text; anything else as written. */
function bareValue(word: string): string {
  if (word.length === 4 || word.length === 5) {
    const u = word.toUpperCase();
    if (u === 'NULL') return '';
    if (u === 'TRUE') return 'true';
    if (u === 'FALSE') return 'false';
  }
  if (word.length > 1 && word.charCodeAt(0) === 48 && (word.charCodeAt(1) === 120 || word.charCodeAt(1) === 88)) return hexText(word.slice(2)) ?? word;
  return word;
}

const MYSQL_ESCAPES: Record<string, string> = { '0': '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\x1a', '%': '\\%', _: '\\_' };

/**
 * MySQL's string escapes (`\0 \' \" \b \n \r \t \Z \\`, any other `\x` is `x`) and doubled quotes.
 * `\%` and `\_` keep their backslash, as MySQL keeps it outside LIKE patterns.
 */
export function unescapeMysql(t: string, quote: number): string {
  let out = '';
  let run = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c === BS && k + 1 < t.length) {
      const e = t[k + 1]!;
      out += t.substring(run, k) + (MYSQL_ESCAPES[e] ?? e);
      k++;
      run = k + 1;
    } else if (c === quote && t.charCodeAt(k + 1) === quote) {
      out += t.substring(run, k + 1);
      k++;
      run = k + 1;
    }
  }
  return out + t.substring(run);
}

const C_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

function isOctal(c: number): boolean {
  return c >= 48 && c <= 55;
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/**
 * Backslash sequences as PostgreSQL reads them: `\b \f \n \r \t` (and `\v` in COPY), 1–3 octal digits,
 * `\x` with 1–2 hex digits, `\u`/`\U` with 4/8 hex digits (E'…' only); any other `\c` is `c`.
 */
function unescapeBackslashes(t: string, unicode: boolean, doubledQuotes: boolean): string {
  let out = '';
  let run = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (doubledQuotes && c === SQ && t.charCodeAt(k + 1) === SQ) {
      out += t.substring(run, k + 1);
      k++;
      run = k + 1;
      continue;
    }
    if (c !== BS || k + 1 >= t.length) continue;
    out += t.substring(run, k);
    const e = t[k + 1]!;
    let next = k + 2;
    if (isOctal(e.charCodeAt(0))) {
      while (next < k + 4 && isOctal(t.charCodeAt(next))) next++;
      out += String.fromCharCode(parseInt(t.slice(k + 1, next), 8) & 0xff);
    } else if (e === 'x' && isHex(t.charCodeAt(k + 2))) {
      next = isHex(t.charCodeAt(k + 3)) ? k + 4 : k + 3;
      out += String.fromCharCode(parseInt(t.slice(k + 2, next), 16));
    } else if (unicode && (e === 'u' || e === 'U')) {
      const len = e === 'u' ? 4 : 8;
      const hex = t.slice(k + 2, k + 2 + len);
      if (hex.length === len && /^[0-9A-Fa-f]+$/.test(hex)) {
        out += String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff));
        next = k + 2 + len;
      } else out += e;
    } else out += C_ESCAPES[e] ?? e;
    run = next;
    k = next - 1;
  }
  return out + t.substring(run);
}

/** The content of an E'…' string. */
export function unescapePgE(t: string): string {
  return unescapeBackslashes(t, true, true);
}

/** One field of a COPY text-format line (not `\N`). */
export function unescapeCopy(t: string): string {
  return unescapeBackslashes(t, false, false);
}

/** A COPY text-format line → its fields: tab-separated, `null` (`\N`) → empty, backslash escapes applied. */
export function copyFields(line: string, nullMarker: string): string[] {
  const fields = line.split('\t');
  if (line.indexOf('\\') < 0 && nullMarker === '\\N') return fields;
  for (let k = 0; k < fields.length; k++) {
    const f = fields[k]!;
    if (f === nullMarker) fields[k] = '';
    else if (f.indexOf('\\') >= 0) fields[k] = unescapeCopy(f);
  }
  return fields;
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** Hex digits → the text they encode, when they encode UTF-8 text (no control bytes but tab and line ends); else null. */
export function hexText(hex: string): string | null {
  if (hex.length % 2 !== 0 || !/^[0-9A-Fa-f]*$/.test(hex)) return null;
  let text: string;
  try {
    text = STRICT_UTF8.decode(Buffer.from(hex, 'hex'));
  } catch {
    return null;
  }
  return CONTROL.test(text) ? null : text;
}

/** b'0101' → 5: a BIT value as the number it holds. */
function bitsValue(bits: string): string {
  return /^[01]+$/.test(bits) ? BigInt('0b' + bits).toString() : `b'${bits}'`;
}
