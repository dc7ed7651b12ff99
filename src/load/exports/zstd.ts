/**
 * Zstandard (.zst) as a Node stream, for entries.ts. Node 20's zlib has no zstd: fzstd (by the author of
 * fflate) decompresses in pure JavaScript, block by block.
 *
 * Memory: fzstd keeps one window per frame, as large as the frame header asks (up to 2 GB), and moves it
 * along with every block. The window is the compressor's choice: 8 MiB or less at levels 1–19, more with
 * --long or --ultra. Frames asking for more than MAX_ZSTD_WINDOW are refused. Measured on a 235 MB CSV
 * (scan to JSON, peak RSS): 125 MB with zstd -3 (2 MiB window), 149 MB with --long=24, 160 MB with
 * --long=25, 194 MB with --long=26 (64 MiB); with --long=27 (128 MiB) fzstd 0.1.1 gave wrong bytes
 * (no error), and the zstd command itself refuses such windows unless told --long or --memory.
 */
import { Transform } from 'node:stream';
import { Decompress } from 'fzstd';

export const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];

/** The largest window read (see above): --long=26. */
export const MAX_ZSTD_WINDOW = 64 * 1024 * 1024;

export class ZstdWindowError extends Error {}

/**
 * Compressed bytes are best given in small reads: one chunk is decompressed whole before its output can
 * be read (a 1 MiB read of a .zst is some 15 MiB of text at once). Measured on a 235 MB CSV: peak RSS
 * 86 MB and 3 s with 64 KiB reads, 180 MB and 8 s with 1 MiB.
 */
export const ZSTD_READ_BYTES = 64 * 1024;

/** A fresh decompressing stream; errors are fzstd's (a cut-short or damaged frame) or a ZstdWindowError. */
export function createZstdDecompress(): Transform {
  const decompress = new Decompress();
  let checked = false;
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        if (!checked) {
          checked = true;
          const window = frameWindow(chunk);
          if (window !== null && window > MAX_ZSTD_WINDOW) throw new ZstdWindowError(`its frames need a ${Math.ceil(window / 1048576)} MiB window (more than ${MAX_ZSTD_WINDOW / 1048576} MiB)`);
        }
        decompress.push(chunk);
        done();
      } catch (e) {
        done(e as Error);
      }
    },
    flush(done) {
      try {
        decompress.push(new Uint8Array(0), true);
        done();
      } catch (e) {
        done(e as Error);
      }
    },
  });
  // Each block comes in a new array: handed on without a copy.
  decompress.ondata = (data) => void (data.byteLength && stream.push(Buffer.from(data.buffer, data.byteOffset, data.byteLength)));
  return stream;
}

/**
 * The window the first frame asks for (RFC 8878 §3.1.1.1), from its header; null when the bytes do not
 * start with a whole frame header (fzstd then says what is wrong). Later frames of a multi-frame file
 * come from the same compressor with the same settings.
 */
export function frameWindow(bytes: Uint8Array): number | null {
  if (bytes.length < 6 || ZSTD_MAGIC.some((b, i) => bytes[i] !== b)) return null;
  const descriptor = bytes[4]!;
  const singleSegment = (descriptor >> 5) & 1;
  if (!singleSegment) {
    const wd = bytes[5]!;
    const base = 2 ** (10 + (wd >> 3));
    return base + (base / 8) * (wd & 7);
  }
  // A single-segment frame's window is its content size, written after the dictionary id.
  const dictBytes = [0, 1, 2, 4][descriptor & 3]!;
  const sizeBytes = [1, 2, 4, 8][descriptor >> 6]!;
  const at = 5 + dictBytes;
  if (bytes.length < at + sizeBytes) return null;
  let size = 0;
  for (let i = sizeBytes - 1; i >= 0; i--) size = size * 256 + bytes[at + i]!;
  return sizeBytes === 2 ? size + 256 : size;
}
