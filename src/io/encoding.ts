/** Encoding detection, once for every reader: BOMs, UTF-16 without BOM, then UTF-8 or GB18030 (textEncoding). */
import { isUtf8 as isValidUtf8 } from 'node:buffer';
import { chunkDecoder, decodeWhole, spelledReplacements } from './export-decode.js';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

export interface Sniffed {
  encoding: TextEncoding;
  /** Bytes of BOM to skip. */
  bomLength: number;
}

/** Decide from the first bytes of a file (the more of them, the later a GBK character after an ASCII start is seen). */
export function sniffEncoding(head: Buffer): Sniffed {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bomLength: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  return { encoding: textEncoding(head), bomLength: 0 };
}

/**
 * Good characters per bad sequence at least, for bytes that are not all valid UTF-8 to be read as UTF-8.
 * GBK text read as UTF-8 gives about one good character (a pair that happens to form one) per three bad
 * sequences; a UTF-8 export with a character cut here and there (a field truncated by bytes) gives dozens.
 */
const UTF8_GOOD_PER_BAD = 3;

/** Bytes either side of the first byte that is not UTF-8 decoded to weigh the two (a whole MiB twice would cost more than reading it). */
const WEIGH_BYTES = 32 * 1024;

/**
 * UTF-8 or GB18030 for text without a BOM. Valid UTF-8 is UTF-8. Otherwise, around the first byte that
 * is not: a few bad sequences among many good UTF-8 characters are damage, not another encoding (one cut
 * character must not turn the whole file into mojibake); failing that, whichever decodes it with fewer
 * errors, UTF-8 on a tie.
 */
export function textEncoding(sample: Buffer): 'utf8' | 'gb18030' {
  const bad = firstNonUtf8(sample);
  if (bad < 0) return 'utf8';
  // From a line start (where both encodings start a character) at least WEIGH_BYTES before it.
  const from = bad <= WEIGH_BYTES ? 0 : sample.lastIndexOf(0x0a, bad - WEIGH_BYTES) + 1;
  const window = sample.subarray(from, bad + WEIGH_BYTES);
  const utf8 = decodeCounts(window, 'utf8');
  if (utf8.bad * UTF8_GOOD_PER_BAD <= utf8.good) return 'utf8';
  return utf8.bad <= decodeCounts(window, 'gb18030').bad ? 'utf8' : 'gb18030';
}

/** Offset of the byte where the sample stops being UTF-8, or -1: node's check, by halves (a longer prefix of bad UTF-8 stays bad). */
function firstNonUtf8(sample: Buffer): number {
  if (isUtf8(sample)) return -1;
  let good = 0;
  let bad = sample.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (isUtf8(sample.subarray(0, mid))) good = mid;
    else bad = mid;
  }
  return bad - 1;
}

/** Non-ASCII characters the sample decodes to, and byte sequences it cannot decode (a cut last character waits, uncounted). */
function decodeCounts(sample: Buffer, encoding: 'utf8' | 'gb18030'): { good: number; bad: number } {
  const text = chunkDecoder(encoding).write(sample);
  let nonAscii = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c >= 0x80) nonAscii++;
  }
  const spelled = Math.min(replaced, spelledReplacements(sample, encoding));
  return { good: nonAscii + spelled, bad: replaced - spelled };
}

/** ASCII text in UTF-16 has a zero in every other byte. */
function utf16WithoutBom(head: Buffer): TextEncoding | null {
  const n = Math.min(head.length, 512) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero === 0) return 'utf16le';
  if (evenZero > pairs * 0.4 && oddZero === 0) return 'utf16be';
  return null;
}

/** Valid UTF-8 (node:buffer's strict check)? A character cut at the end of the sample is allowed. */
export function isUtf8(buf: Buffer): boolean {
  return isValidUtf8(buf.subarray(0, buf.length - cutCharacterBytes(buf)));
}

/** Bytes at the end that begin a multi-byte character without finishing it (0 to 3). */
function cutCharacterBytes(buf: Buffer): number {
  for (let k = 1; k <= Math.min(3, buf.length); k++) {
    const b = buf[buf.length - k]!;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > k ? k : 0;
  }
  return 0;
}

/** Where looksBinary looks for NUL bytes: the first 8 KiB. */
export function firstNul(head: Buffer): number {
  return head.subarray(0, 8192).indexOf(0);
}

/** NUL bytes outside UTF-16 mean a binary file, not a table. */
export function looksBinary(head: Buffer, enc: TextEncoding): boolean {
  if (enc === 'utf16le' || enc === 'utf16be') return false;
  return firstNul(head) >= 0;
}

/**
 * Line and column (1-based) of the first NUL byte of a file looksBinary refuses. Binary data has no line
 * ends but LF bytes, so lines are counted as `grep -n` counts them (a CRLF is one); the column counts the
 * characters before it on its line, decoded as sniffed (UTF-16 code units, as YAML's columns do).
 */
export function firstNulPosition(bytes: Buffer, sniffed: Sniffed): { line: number; column: number } {
  const nul = firstNul(bytes);
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < nul; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const before = decodeBuffer(bytes.subarray(lineStart, nul), lineStart === 0 ? sniffed : { ...sniffed, bomLength: 0 });
  return { line, column: before.length + 1 };
}

/** Line and column (1-based) just after `text`: lines end at CRLF, CR or LF, as the table readers count them. */
export function positionAfter(text: string): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: text.length - lineStart + 1 };
}

/** Decode a whole (small) file: inventories, SDK lists, configs; GB18030 and UTF-16BE as an export's chunks are. */
export function decodeBuffer(buf: Buffer, sniffed = sniffEncoding(buf.subarray(0, 65536))): string {
  const body = buf.subarray(sniffed.bomLength);
  if (sniffed.encoding === 'utf8') return body.toString('utf8');
  if (sniffed.encoding === 'utf16le') return body.toString('utf16le');
  return decodeWhole(body, sniffed.encoding);
}
