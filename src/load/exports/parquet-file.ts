/**
 * The bytes of a Parquet entry as hyparquet's AsyncBuffer: slices read from the file on disk through one
 * handle (a plain file: nothing is read twice, nothing read whole), or, for a Parquet inside a
 * compressed file or an archive (no random access), the entry held in memory when it is small enough.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { AsyncBuffer } from 'hyparquet';
import { InputError } from '../../errors.js';
import type { ExportEntry } from './types.js';

/** A Parquet entry that must be held in memory (not a plain file) may be at most this big. */
export const MAX_IN_MEMORY_BYTES = 128 << 20;

export interface ParquetBytes {
  buffer: AsyncBuffer;
  /** Bytes read so far (the progress bar). */
  read(): number;
  close(): Promise<void>;
}

export async function parquetBytes(entry: ExportEntry): Promise<ParquetBytes> {
  return entry.plain ? fromFile(entry.file) : fromEntry(entry);
}

async function fromFile(file: string): Promise<ParquetBytes> {
  const handle: FileHandle = await open(file, 'r');
  const { size } = await handle.stat();
  let read = 0;
  const buffer: AsyncBuffer = {
    byteLength: size,
    async slice(start: number, end = size) {
      const to = Math.min(end, size);
      const out = new ArrayBuffer(Math.max(0, to - start));
      const view = new Uint8Array(out);
      for (let at = 0; at < view.length; ) {
        const { bytesRead } = await handle.read(view, at, view.length - at, start + at);
        if (bytesRead === 0) break;
        at += bytesRead;
      }
      read = Math.max(read, to);
      return out;
    },
  };
  return { buffer, read: () => read, close: () => handle.close() };
}

async function fromEntry(entry: ExportEntry): Promise<ParquetBytes> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of entry.chunks()) {
    total += chunk.length;
    if (total > MAX_IN_MEMORY_BYTES) {
      throw new InputError(
        `a Parquet file inside a compressed file or an archive is read in memory, and this one is over ${MAX_IN_MEMORY_BYTES >> 20} MB`,
        { file: entry.member ? `${entry.file}!${entry.member}` : entry.file },
        'decompress or extract the Parquet file and scan it directly (Parquet is compressed already)',
      );
    }
    parts.push(chunk);
  }
  const all = Buffer.concat(parts);
  const bytes = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer;
  return { buffer: { byteLength: bytes.byteLength, slice: (start, end) => bytes.slice(start, end) }, read: () => entry.bytesRead(), close: async () => {} };
}
