/**
 * Character classes of a value, computed in one pass over its char codes, so the classifier can
 * skip every detector whose alphabet the value does not use before running any regex or checksum.
 */

export const C_DIGIT = 1;
/** a-f and A-F except x: hex letters. */
export const C_HEX = 2;
/** x and X: the resident-ID check character and a mask character. */
export const C_X = 4;
/** Other ASCII letters. */
export const C_LETTER = 8;
export const C_AT = 16;
export const C_DOT = 32;
export const C_COLON = 64;
export const C_DASH = 128;
export const C_SPACE = 256;
export const C_PLUS = 512;
export const C_COMMA = 1024;
/** `*`, `＊`, `●`, `•`: characters used to mask a value. */
export const C_MASK = 2048;
/** Non-ASCII characters other than mask characters (Chinese text, full-width forms). */
export const C_WIDE = 4096;
/** Any other ASCII character (punctuation, controls). */
export const C_OTHER = 8192;
/** Every class above. */
export const C_ALL = 16383;

const CLASS_BITS = 0xffff;

const ASCII_CLASS = buildAsciiTable();

function buildAsciiTable(): Uint16Array {
  const table = new Uint16Array(128).fill(C_OTHER);
  for (let c = 48; c <= 57; c++) table[c] = C_DIGIT;
  for (let c = 65; c <= 90; c++) table[c] = C_LETTER;
  for (let c = 97; c <= 122; c++) table[c] = C_LETTER;
  for (const c of 'abcdefABCDEF') table[c.charCodeAt(0)] = C_HEX;
  table[120] = C_X;
  table[88] = C_X;
  table[64] = C_AT;
  table[46] = C_DOT;
  table[58] = C_COLON;
  table[45] = C_DASH;
  table[32] = C_SPACE;
  table[43] = C_PLUS;
  table[44] = C_COMMA;
  table[42] = C_MASK;
  return table;
}

export function isMaskCode(c: number): boolean {
  return c === 42 || c === 0xff0a || c === 0x25cf || c === 0x2022;
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** A-Z and a-z. */
export function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isHexCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** ASCII letter, digit or underscore: what `\w` means, so boundaries work next to Chinese text. */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Han ideographs (CJK Unified, Extension A, compatibility). */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * One pass over `s`: the union of its character classes in the low 16 bits and its digit count
 * above them, packed in one number so the hot path allocates nothing.
 */
export function scanShape(s: string): number {
  let classes = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      const k = ASCII_CLASS[c]!;
      classes |= k;
      if (k === C_DIGIT) digits++;
    } else {
      classes |= isMaskCode(c) ? C_MASK : C_WIDE;
    }
  }
  return classes | (digits << 16);
}

export function shapeClasses(shape: number): number {
  return shape & CLASS_BITS;
}

export function shapeDigits(shape: number): number {
  return shape >>> 16;
}

/** letterCases(): A-Z, a-z, anything else. */
export const UPPER_CASE = 1;
export const LOWER_CASE = 2;
export const NOT_A_LETTER = 4;

/** Which of UPPER_CASE, LOWER_CASE and NOT_A_LETTER the characters of `s` are (bits): a case mix tells typed text from encodings. */
export function letterCases(s: string): number {
  let cases = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    cases |= c >= 65 && c <= 90 ? UPPER_CASE : c >= 97 && c <= 122 ? LOWER_CASE : NOT_A_LETTER;
  }
  return cases;
}

/** True when every class present in `classes` is one of `allowed`. */
export function only(classes: number, allowed: number): boolean {
  return (classes & ~allowed) === 0;
}

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x3000 || c === 0xfeff;
}

const APOSTROPHE = 39;
const EQUALS = 61;
const QUOTE = 34;

/** A full-width digit or letter, or ＋: what an identifier typed in full width starts or ends with (not （, ，, 。). */
function startsOrEndsIdentifier(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) || c === 0xff0b;
}

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;

/** １ to ９ and ０: the code of a full-width digit. */
export function isFullWidthDigitCode(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}

/** Whether `s` holds a full-width digit from `from` on. */
export function hasFullWidthDigit(s: string, from = 0): boolean {
  for (let i = from; i < s.length; i++) if (isFullWidthDigitCode(s.charCodeAt(i))) return true;
  return false;
}

/**
 * U+FF01–FF5E, the full-width forms of ASCII `!`…`~` that Chinese input methods type (１３８, ＋８６, Ｘ), and the
 * ideographic space, as their ASCII characters: one UTF-16 unit for one, so offsets keep.
 */
export function foldWidth(s: string): string {
  return s.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch === '\u3000' ? 32 : ch.charCodeAt(0) - 0xfee0));
}

/**
 * The value of a cell as the detectors read it: trimmed; without the guard Excel and WPS users put on a long
 * number to keep it from turning into 1.1E+17 (`="110101199003071233"` as the whole cell, one leading `'`);
 * full-width forms folded to ASCII (１３８１２３４５６７８, ＋８６) when the value starts or ends with a full-width
 * digit, letter or ＋ (Chinese text that merely ends in （）or 。 stays as written).
 * A cell that starts with a printable ASCII character other than `=` and `'` and does not end with a blank
 * or a full-width digit or letter (the usual case) is returned as is: two characters tested, nothing allocated.
 */
export function trimCell(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(n - 1);
  if (first > 32 && first < 127 && first !== EQUALS && first !== APOSTROPHE && !isSpaceCode(last) && !startsOrEndsIdentifier(last)) return s;
  return normaliseCell(s);
}

function trimmedEnds(s: string): string {
  const n = s.length;
  return n > 0 && (isSpaceCode(s.charCodeAt(0)) || isSpaceCode(s.charCodeAt(n - 1))) ? s.trim() : s;
}

function normaliseCell(cell: string): string {
  const s = unguarded(trimmedEnds(cell));
  const n = s.length;
  return n > 0 && (startsOrEndsIdentifier(s.charCodeAt(0)) || startsOrEndsIdentifier(s.charCodeAt(n - 1))) ? foldWidth(s) : s;
}

/**
 * The text inside Excel's guards: a formula that only returns a text (`="…"`, no quote inside), or the
 * apostrophe that marks a cell as text. Anything else (`=SUM(A1)`, `=""""`) stays as written.
 */
function unguarded(s: string): string {
  const n = s.length;
  const first = s.charCodeAt(0);
  if (first === APOSTROPHE) return trimmedEnds(s.slice(1));
  if (first !== EQUALS || n < 3 || s.charCodeAt(1) !== QUOTE || s.indexOf('"', 2) !== n - 1) return s;
  return trimmedEnds(s.slice(2, n - 1));
}

/** The digits of `s` read as a number, positions [start, start + count); -1 if any is not a digit. */
export function readDigits(s: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return true;
}

/** The longest run of ASCII digits in `s`. */
export function longestDigitRun(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = isDigitCode(s.charCodeAt(i)) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}
