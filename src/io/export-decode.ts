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
  if (encoding === 'gb18030') return wholeCharacters(fallback);
  return { write: (chunk) => fallback.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)), end: () => fallback.end() ?? '' };
}

/**
 * iconv-lite's GB18030 decoder (0.7.3) drops a character when a write begins with the last byte of a
 * four-byte character and goes on in single bytes (its output is sized by the write). So it is only given
 * whole characters: a character a chunk cuts waits for the next chunk.
 */
function wholeCharacters(decoder: { write(b: Buffer): string; end(): string | undefined }): ChunkDecoder {
  let held = Buffer.alloc(0);
  return {
    write(chunk) {
      const bytes = held.length > 0 ? Buffer.concat([held, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const whole = bytes.length - gb18030CutBytes(bytes);
      held = Buffer.from(bytes.subarray(whole));
      return decoder.write(bytes.subarray(0, whole));
    },
    end() {
      const rest = held.length > 0 ? decoder.write(held) : '';
      held = Buffer.alloc(0);
      return rest + (decoder.end() ?? '');
    },
  };
}

/** Bytes at the end that begin a GB18030 character without finishing it: one byte, or a lead byte and a digit byte before four. */
function gb18030CutBytes(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x81 || lead === 0xff) {
      i++;
      continue;
    }
    if (i + 1 >= bytes.length) return bytes.length - i;
    const second = bytes[i + 1]!;
    const length = second >= 0x30 && second <= 0x39 ? 4 : 2;
    if (i + length > bytes.length) return bytes.length - i;
    i += length;
  }
  return 0;
}

/** What a decoder puts for bytes it cannot decode (TextDecoder and iconv-lite alike). */
export const REPLACEMENT = '\ufffd';

/** U+FFFD as the encoding writes it: one in the text may stand for itself. */
const ENCODED_REPLACEMENT: Record<TextEncoding, Buffer> = {
  utf8: Buffer.from([0xef, 0xbf, 0xbd]),
  utf16le: Buffer.from([0xfd, 0xff]),
  utf16be: Buffer.from([0xff, 0xfd]),
  gb18030: Buffer.from([0x84, 0x31, 0xa4, 0x37]),
};

/**
 * Byte sequences the decoder could not decode in `text`, decoded from `bytes`: its U+FFFD, less those the
 * bytes spell out. A chunk without U+FFFD costs one indexOf. Approximate at a chunk's edge (the decoder
 * may put a U+FFFD for the previous chunk's last bytes), never below 0.
 */
export function undecodedIn(text: string, bytes: Uint8Array, encoding: TextEncoding): number {
  let at = text.indexOf(REPLACEMENT);
  if (at < 0) return 0;
  let found = 0;
  for (; at >= 0; at = text.indexOf(REPLACEMENT, at + 1)) found++;
  return Math.max(0, found - spelledReplacements(bytes, encoding));
}

/** How many U+FFFD the bytes spell in the encoding (text, not errors). */
export function spelledReplacements(bytes: Uint8Array, encoding: TextEncoding): number {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const spelled = ENCODED_REPLACEMENT[encoding];
  let n = 0;
  for (let i = raw.indexOf(spelled); i >= 0; i = raw.indexOf(spelled, i + spelled.length)) n++;
  return n;
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
