/** Encoding detection, once for every reader: BOMs, UTF-16 without BOM, UTF-8 validity, else GB18030. */
import { isUtf8 as isValidUtf8 } from 'node:buffer';
import { decodeWhole } from './export-decode.js';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'gb18030';

export interface Sniffed {
  encoding: TextEncoding;
  /** Bytes of BOM to skip. */
  bomLength: number;
}

/** Decide from the first bytes of a file (a few KiB is enough). */
export function sniffEncoding(head: Buffer): Sniffed {
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bomLength: 3 };
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  const utf16 = utf16WithoutBom(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  return { encoding: isUtf8(head) ? 'utf8' : 'gb18030', bomLength: 0 };
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
