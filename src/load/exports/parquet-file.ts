/**
 * The bytes of a Parquet entry as hyparquet's AsyncBuffer: slices read from the file on disk through one
 * handle (a plain file: nothing is read twice, nothing read whole), or, for a Parquet inside a
 * compressed file or an archive (no random access), the entry held in memory when it is small enough.
 */
import { readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import type { AsyncBuffer } from 'hyparquet';
import { InputError } from '../../errors.js';
import { grown } from './parquet-snappy.js';
import type { ExportEntry } from './types.js';
import { entryPlace } from './entries.js';

/** A Parquet entry that must be held in memory (not a plain file) may be at most this big. */
export const MAX_IN_MEMORY_BYTES = 128 << 20;

/** How long page reads go on without the event loop turning (Ctrl-C is seen within this). */
const YIELD_MS = 50;

export interface ParquetBytes {
  buffer: AsyncBuffer;
  /**
   * Bytes [start, end) into `into` when it is big enough (else a new buffer, to be passed next time):
   * column chunks are read into the same buffers group after group, not fresh memory each time.
   */
  readInto(start: number, end: number, into: Uint8Array | null): Promise<Uint8Array>;
  /** Bytes read so far (the progress bar). */
  read(): number;
  close(): Promise<void>;
}

export async function parquetBytes(entry: ExportEntry): Promise<ParquetBytes> {
  return entry.plain ? parquetFileBytes(entry.file) : fromEntry(entry);
}

/** A Parquet file on disk, read by slices. */
export async function parquetFileBytes(file: string): Promise<ParquetBytes> {
  const handle: FileHandle = await open(file, 'r');
  const { size } = await handle.stat();
  let read = 0;
  // Read in place: an await on the thread pool for each MiB left the scan idle a tenth of its time. The
  // event loop still turns every YIELD_MS (signals, the progress line): at every read, that cost 3 %.
  let turned = performance.now();
  const fill = async (view: Uint8Array, start: number): Promise<void> => {
    if (performance.now() - turned > YIELD_MS) {
      await setImmediate();
      turned = performance.now();
    }
    for (let at = 0; at < view.length; ) {
      const n = readSync(handle.fd, view, at, view.length - at, start + at);
      if (n === 0) break;
      at += n;
    }
    read = Math.max(read, start + view.length);
  };
  const buffer: AsyncBuffer = {
    byteLength: size,
    async slice(start: number, end = size) {
      const out = new ArrayBuffer(Math.max(0, Math.min(end, size) - start));
      await fill(new Uint8Array(out), start);
      return out;
    },
  };
  const readInto = async (start: number, end: number, into: Uint8Array | null): Promise<Uint8Array> => {
    const length = Math.max(0, Math.min(end, size) - start);
    const target = into && into.length >= length ? into : new Uint8Array(grown(length));
    const view = target.subarray(0, length);
    await fill(view, start);
    return view;
  };
  return { buffer, readInto, read: () => read, close: () => handle.close() };
}

async function fromEntry(entry: ExportEntry): Promise<ParquetBytes> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of entry.chunks()) {
    total += chunk.length;
    if (total > MAX_IN_MEMORY_BYTES) {
      throw new InputError(
        `a Parquet file inside a compressed file or an archive is read in memory, and this one is over ${MAX_IN_MEMORY_BYTES >> 20} MB`,
        { file: entryPlace(entry) },
        'decompress or extract the Parquet file and scan it directly (Parquet is compressed already)',
      );
    }
    parts.push(chunk);
  }
  const all = Buffer.concat(parts);
  const bytes = all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer;
  return {
    buffer: { byteLength: bytes.byteLength, slice: (start, end) => bytes.slice(start, end) },
    readInto: async (start, end) => new Uint8Array(bytes, start, Math.max(0, Math.min(end, bytes.byteLength) - start)),
    read: () => entry.bytesRead(),
    close: async () => {},
  };
}
