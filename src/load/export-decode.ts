/**
 * Chunk-by-chunk decoding for large exports. The platform's TextDecoder (ICU) is used when it knows
 * the encoding: it decodes GB18030 about 2.5× faster than iconv-lite's stream, which matters for a
 * multi-gigabyte GBK export; iconv-lite is the fallback (builds without full ICU).
 */
import type { TextEncoding } from './encoding.js';
import { iconv } from './iconv.js';

export interface ChunkDecoder {
  /** Decode a chunk; a character cut at the chunk's end is kept for the next call. */
  write(chunk: Uint8Array): string;
  /** Whatever is left (a cut character becomes U+FFFD). */
  end(): string;
}

const WHATWG_LABEL: Record<TextEncoding, string> = { utf8: 'utf-8', utf16le: 'utf-16le', utf16be: 'utf-16be', gb18030: 'gb18030' };

/** A BOM is skipped by the caller (by byte count), so the decoder must keep any U+FEFF it sees. */
export function chunkDecoder(encoding: TextEncoding): ChunkDecoder {
  let td: TextDecoder | null = null;
  try {
    td = new TextDecoder(WHATWG_LABEL[encoding], { ignoreBOM: true });
  } catch {
    td = null;
  }
  if (td) {
    const decoder = td;
    return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
  }
  const fallback = iconv().getDecoder(encoding, { stripBOM: false });
  return { write: (chunk) => fallback.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), end: () => fallback.end() ?? '' };
}

/** All of `bytes` at once (a declaration file), through the same decoder as an export's chunks. */
export function decodeWhole(bytes: Uint8Array, encoding: TextEncoding): string {
  const decoder = chunkDecoder(encoding);
  return decoder.write(bytes) + decoder.end();
}

/** The bytes of a line feed in the encoding (to find safe split points in the raw file). */
export function lineFeedBytes(encoding: TextEncoding): Buffer {
  if (encoding === 'utf16le') return Buffer.from([0x0a, 0x00]);
  if (encoding === 'utf16be') return Buffer.from([0x00, 0x0a]);
  // In UTF-8 and GB18030 the byte 0x0A never occurs inside a multi-byte character.
  return Buffer.from([0x0a]);
}
