/**
 * A file on disk → the entries a reader reads: the file itself (plain, .gz or .zst, decompressed as it
 * streams), or each member of a ZIP archive (zip.ts), one at a time, in name order. What a file is comes
 * from its first bytes, never only from its name.
 *
 * - An Office or OpenDocument file is a ZIP too: it is one entry, the file as it is (the workbook reader
 *   opens it), not a list of XML members.
 * - Members are taken as a folder's files are, by name (zip.ts dataMembers). One that is itself gzipped
 *   or zstd-compressed (`users.csv.gz` inside `export.zip`) is decompressed as it streams. A ZIP inside
 *   a ZIP is not opened.
 * - Memory: a member streams from disk like a file; a reader needing random access (Parquet, Excel)
 *   buffers it whole and says its bound.
 * - Errors while reading an entry's bytes are InputErrors that say which file (and member) is damaged.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { crc32, createGunzip, createInflateRaw } from 'node:zlib';
import { InputError } from '../../errors.js';
import { quote } from '../../normalize/text.js';
import type { Compression, ExportEntry } from './types.js';
import { dataMembers, isDocumentPackage, methodName, openZip, READABLE_METHODS, ZIP_MAGIC, EMPTY_ZIP_MAGIC, type ZipArchive, type ZipMember } from './zip.js';
import { createZstdDecompress, ZSTD_MAGIC, ZSTD_READ_BYTES, ZstdWindowError } from './zstd.js';

/** What a reader may look at to tell its format, and a probe needs for the header and a sample. */
export const HEAD_BYTES = 1 << 20;

const GZIP_MAGIC = [0x1f, 0x8b];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** Where an entry is: the file, or `export.zip!users.csv` for an archive's member (as messages and findings name it). */
export function entryPlace(entry: Pick<ExportEntry, 'file' | 'member'>): string {
  return entry.member ? `${entry.file}!${entry.member}` : entry.file;
}

/** The compression a file's first bytes announce ('zip' for any ZIP, Office files included). */
export function compressionOfBytes(magic: Uint8Array): Compression {
  if (startsWith(magic, GZIP_MAGIC)) return 'gzip';
  if (startsWith(magic, ZSTD_MAGIC)) return 'zstd';
  if (startsWith(magic, ZIP_MAGIC) || startsWith(magic, EMPTY_ZIP_MAGIC)) return 'zip';
  return 'none';
}

export async function compressionOf(file: string): Promise<Compression> {
  return compressionOfBytes(await firstBytes(file, 4));
}

/** The entries of a file: the file, or an archive's members by name. */
export async function* openEntries(file: string): AsyncGenerator<ExportEntry> {
  const size = await fileSize(file);
  const compression = await compressionOf(file);
  if (compression === 'zip') return yield* zipEntries(file, size);
  const source: Source = { file, member: null, size, compression, open: async () => fileBytes(file, compression === 'zstd' ? ZSTD_READ_BYTES : 1 << 20) };
  yield await entryOf(source, compression === 'none' ? [] : [compression]);
}

/** Where an entry's bytes come from. */
interface Source {
  file: string;
  member: string | null;
  compression: Compression;
  size: number;
  /** The bytes as stored on disk, from the first. */
  open(): Promise<Readable>;
}

/**
 * How the stored bytes are undone, outermost first: a member's ZIP method, its check against the
 * archive's directory, then its own gzip or zstd.
 */
type Layer = 'gzip' | 'zstd' | 'inflate' | ZipMember;

function undo(layer: Layer): NodeJS.ReadWriteStream {
  if (layer === 'gzip') return createGunzip();
  if (layer === 'zstd') return createZstdDecompress();
  if (layer === 'inflate') return createInflateRaw();
  return checkMember(layer);
}

/** A member's bytes must be as many as the archive says, with its CRC-32: damage that decompresses without an error is caught here. */
function checkMember(m: ZipMember): Transform {
  let crc = 0;
  let length = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      crc = crc32(chunk, crc);
      length += chunk.length;
      done(length > m.uncompressedSize ? new MemberDamage(`it holds more than the ${m.uncompressedSize} bytes the archive lists`) : null, chunk);
    },
    flush(done) {
      if (length !== m.uncompressedSize) return done(new MemberDamage(`it holds ${length} bytes, the archive lists ${m.uncompressedSize}`));
      done(crc === m.crc32 ? null : new MemberDamage('its bytes do not match their CRC-32 checksum'));
    },
  });
}

async function entryOf(source: Source, layers: Layer[]): Promise<ExportEntry> {
  // Each reading has its own count: a stopped one (the head's) may still see a chunk come in.
  let read = { bytes: 0 };
  const chunks = async function* (): AsyncGenerator<Buffer> {
    const streams: NodeJS.ReadableStream[] = [];
    const count = (read = { bytes: 0 });
    try {
      let stream: Readable = await source.open();
      stream.on('data', (b: Buffer) => (count.bytes += b.length));
      streams.push(stream);
      for (const layer of layers) {
        const next = undo(layer);
        // pipe() does not pass errors on: the outer stream's failure must end the inner one.
        stream.on('error', (e) => next.emit('error', e));
        stream = stream.pipe(next) as unknown as Readable;
        streams.push(stream);
      }
      for await (const b of stream as AsyncIterable<Buffer>) yield b;
    } catch (e) {
      throw readError(source, e);
    } finally {
      // Unpiped first: a member's stream must not be destroyed while piped (yauzl).
      for (const s of streams) (s as Readable).unpipe().destroy();
    }
  };
  const { head, complete } = await headOf(chunks());
  read = { bytes: 0 };
  const plain = source.member === null && layers.length === 0;
  return { file: source.file, member: source.member, head, complete, chunks, compression: source.compression, plain, size: source.size, bytesRead: () => read.bytes };
}

async function* zipEntries(file: string, size: number): AsyncGenerator<ExportEntry> {
  const zip = await openZip(file);
  try {
    if (isDocumentPackage(zip.members)) return yield await entryOf({ file, member: null, size, compression: 'none', open: async () => fileBytes(file, 1 << 20) }, []);
    const members = dataMembers(zip.members);
    if (members.length === 0) throw new InputError(`the ZIP archive holds no exported table${listed(zip.members)}`, { file }, 'a ZIP is read for the files a folder is read for (.csv .tsv .txt .psv .tab, .sql .dump, .jsonl .ndjson .json, .parquet, .xlsx, plain or .gz/.zst): put the exported tables in it');
    for (const m of members) yield await memberEntry(file, zip, m);
  } finally {
    zip.close();
  }
}

/** ` (its files: a.pdf, b.png)`: what an archive without a table holds, a few names. */
function listed(members: readonly ZipMember[]): string {
  const files = members.filter((m) => !m.name.endsWith('/')).map((m) => m.name).sort();
  if (files.length === 0) return '';
  return ` (its files: ${files.slice(0, 5).join(', ')}${files.length > 5 ? ` and ${files.length - 5} more` : ''})`;
}

async function memberEntry(file: string, zip: ZipArchive, m: ZipMember): Promise<ExportEntry> {
  const source: Source = {
    file,
    member: m.name,
    compression: 'zip',
    size: m.compressedSize,
    open: async () => {
      if (m.encrypted) throw new MemberError('it is encrypted with a password', 'extract it with the password and scan the extracted file');
      if (!READABLE_METHODS.has(m.method)) throw new MemberError(`it is compressed with ${methodName(m.method)}`, 'zip the exports again with the usual Deflate compression');
      return zip.storedBytes(m);
    },
  };
  const layers: Layer[] = m.method === 8 ? ['inflate', m] : m.method === 93 ? ['zstd', m] : [m];
  const entry = await entryOf(source, layers);
  // A compressed file inside the archive: undone too.
  const inner = compressionOfBytes(entry.head);
  return inner === 'gzip' || inner === 'zstd' ? entryOf(source, [...layers, inner]) : entry;
}

/** Why a member cannot be read before any byte of it is (the message names the member). */
class MemberError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

/** A member whose bytes are not what the archive lists. */
class MemberDamage extends Error {}

/** A failure while reading an entry's bytes, as an InputError naming the file, the member and the cause. */
function readError(source: Source, e: unknown): unknown {
  if (e instanceof InputError) return e;
  const err = e as NodeJS.ErrnoException;
  const where = { file: source.file };
  // System errors have a string code; zlib's start Z_, fzstd's are numbers.
  if (typeof err.code === 'string' && !err.code.startsWith('Z_')) return new InputError(`cannot read the file (${err.code})`, where, 'check the path and its permissions');
  const reason = err.message.split('\n')[0];
  if (source.member !== null) {
    const hint = e instanceof MemberError ? e.hint : 'the archive is damaged or cut short: the other members are read; copy the complete archive, or export this table again';
    return new InputError(`archive member ${quote(source.member)} cannot be read: ${reason}`, where, hint);
  }
  if (e instanceof ZstdWindowError) return new InputError(`not readable within the memory bound: ${reason}`, where, 'compress it again at a usual level (zstd -19 or lower, --long=26 or lower, without --ultra)');
  const kind = source.compression === 'zstd' ? 'zstd' : 'gzip';
  return new InputError(`not a readable ${kind} file (${reason})`, where, `the data breaks off or is damaged: check that the .${kind === 'zstd' ? 'zst' : 'gz'} file is complete`);
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

function fileBytes(file: string, highWaterMark: number): Readable {
  return createReadStream(file, { highWaterMark });
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
