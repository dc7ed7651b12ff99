/**
 * A file on disk → the entries a reader reads: the file itself (plain or decompressed), or each member
 * of an archive. Compression is found from the first bytes, never only from the name.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../errors.js';
import type { Compression, ExportEntry } from './types.js';

/** What a reader may look at to tell its format, and a probe needs for the header and a sample. */
export const HEAD_BYTES = 1 << 20;

const GZIP_MAGIC = [0x1f, 0x8b];

export async function compressionOf(file: string): Promise<Compression> {
  const magic = await firstBytes(file, 4);
  return magic.length >= 2 && magic[0] === GZIP_MAGIC[0] && magic[1] === GZIP_MAGIC[1] ? 'gzip' : 'none';
}

/** The entries of a file, in the order they are stored. */
export async function* openEntries(file: string): AsyncGenerator<ExportEntry> {
  const size = await fileSize(file);
  const compression = await compressionOf(file);
  if (compression === 'gzip') return yield await streamEntry(file, size, compression, () => createGunzip());
  yield await streamEntry(file, size, compression, null);
}

/** A new decompressing transform, or null for the file's own bytes. */
type Decompressor = (() => NodeJS.ReadWriteStream) | null;

/** One entry over a byte stream: the file's own bytes, or a decompressing stream of them. */
async function streamEntry(file: string, size: number, compression: Compression, decompress: Decompressor): Promise<ExportEntry> {
  let read = 0;
  const chunks = async function* (): AsyncGenerator<Buffer> {
    const raw = createReadStream(file, { highWaterMark: 1 << 20 });
    raw.on('data', (b) => (read += (b as Buffer).length));
    const stream = decompress ? raw.pipe(decompress()) : raw;
    try {
      for await (const b of stream as AsyncIterable<Buffer>) yield b;
    } finally {
      raw.destroy();
    }
  };
  const { head, complete } = await headOf(chunks());
  read = 0;
  return { file, member: null, head, complete, chunks, compression, plain: decompress === null, size, bytesRead: () => read };
}

/**
 * The first HEAD_BYTES of a stream of chunks. A stream that breaks off (a truncated .gz) gives what came
 * before the break: the reader meets the break again where it happens, and says where.
 */
export async function headOf(chunks: AsyncIterable<Buffer>): Promise<{ head: Buffer; complete: boolean }> {
  const parts: Buffer[] = [];
  let total = 0;
  try {
    for await (const c of chunks) {
      parts.push(c);
      total += c.length;
      if (total >= HEAD_BYTES) return { head: Buffer.concat(parts).subarray(0, HEAD_BYTES), complete: false };
    }
  } catch {
    return { head: Buffer.concat(parts), complete: false };
  }
  return { head: Buffer.concat(parts), complete: true };
}

async function firstBytes(file: string, n: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await handle.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function fileSize(file: string): Promise<number> {
  const s = await stat(file).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read the file (${e.code ?? 'error'})`, { file }, 'check the path and its permissions');
  });
  if (!s.isFile()) throw new InputError('not a file', { file });
  return s.size;
}
