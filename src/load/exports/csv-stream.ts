/**
 * Streams one byte range of an export (or the whole of a .gz) through the decoder and the record reader.
 * Pull-based: the next chunk is read only after the previous one was parsed and tallied, so memory stays
 * at one read buffer plus one incomplete record whatever the file size. A plain file is read into one
 * reused buffer (no garbage per read); a .gz goes through zlib's stream.
 */
import { createReadStream, type ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../errors.js';
import type { TextEncoding } from '../../io/encoding.js';
import { chunkDecoder, REPLACEMENT, undecodedIn } from '../../io/export-decode.js';
import { RecordReader, type BatchHandler } from './csv-records.js';
import type { ReadProblem } from './types.js';

/**
 * 64 KiB chunks: papaparse's input must stay below V8's large-object threshold (~128 KiB of string),
 * or every chunk lands in large-object space and parsing slows down about fourfold.
 */
export const CHUNK_BYTES = 64 * 1024;
/** Reads are larger (fewer system calls); each read is decoded and parsed CHUNK_BYTES at a time. */
export const READ_BYTES = 1024 * 1024;
const BOM = 0xfeff;
const NO_BYTES = new Uint8Array(0);

export interface RangeSource {
  file: string;
  gzip: boolean;
  encoding: TextEncoding;
  delimiter: string;
  maxFieldChars: number;
  /** Byte range [start, end) of the file; end null = to the end. For gzip: the whole file (0, null). */
  start: number;
  end: number | null;
  /** The file's first range: a byte-order mark at its start is dropped. */
  first: boolean;
  /** The file's last range: an unterminated quote at its end is bad input (elsewhere, a wrong split). */
  last: boolean;
}

export interface RangeOutcome {
  /** Physical lines in the range. */
  lines: number;
  endedInQuote: boolean;
  /** Stopped before the end because `shouldStop` said so (--sample). */
  stopped: boolean;
  /** Bytes the decoder could not decode, if any (lines relative to the range). */
  undecodable: Undecodable | null;
}

/** Byte sequences a decoder could not decode (each read as U+FFFD): how many, and the line of the first. */
export interface Undecodable {
  count: number;
  line: number;
}

/** Counts what the decoder could not decode in the text handed to a RecordReader, before it is pushed. */
export class UndecodableCounter {
  result: Undecodable | null = null;

  constructor(
    private readonly encoding: TextEncoding,
    private readonly reader: RecordReader,
  ) {}

  see(text: string, bytes: Uint8Array): void {
    const n = undecodedIn(text, bytes, this.encoding);
    if (n === 0) return;
    this.result ??= { count: 0, line: this.reader.lineAt(text, text.indexOf(REPLACEMENT)) };
    this.result.count += n;
  }
}

const ENCODING_NAMES: Record<TextEncoding, string> = { utf8: 'UTF-8', gb18030: 'GB18030 (GBK)', utf16le: 'UTF-16LE', utf16be: 'UTF-16BE' };

/**
 * The note for bytes the decoder could not decode: never fatal (the rest is scanned), since one cut
 * character should not cost the file, but said, since the cells there hold U+FFFD instead of their text.
 * The encoding was decided from the file's first MiB: a GBK file that starts with ASCII only may be read as UTF-8.
 */
export function undecodableProblem(u: Undecodable, encoding: TextEncoding): ReadProblem {
  const more = u.count - 1;
  const where = more === 0 ? ',' : ` here and in ${more} more place${more === 1 ? '' : 's'},`;
  const hint =
    encoding === 'utf8'
      ? 'the file was read as UTF-8, as its first MiB reads: if it is GBK, convert it (iconv -f GB18030 -t UTF-8) and scan the copy; otherwise the export damaged these bytes'
      : `the file was read as ${ENCODING_NAMES[encoding]}, as its first MiB reads: check the export for damaged bytes or text in another encoding`;
  return { line: u.line, message: `bytes that are not ${ENCODING_NAMES[encoding]} text${where} read as U+FFFD`, hint };
}

export interface RangeHooks {
  onBatch: BatchHandler;
  /** Checked after each read. */
  shouldStop?: () => boolean;
  /** Bytes of the file read so far in this range (compressed bytes for gzip). */
  onBytes?: (bytesRead: number) => void;
}

/** Buffers of the range's bytes (decompressed for gzip) and the file bytes read so far; a buffer is only valid until the one after next. */
type ByteChunks = AsyncGenerator<{ bytes: Buffer; fileBytesRead: number }>;

/**
 * Read buffers of finished ranges, for the next range on this thread: a thread reads many ranges of a
 * file (scan/parallel.ts), and 2 MiB of fresh memory per range made the garbage collector run more often.
 */
const spareBuffers: Buffer[][] = [];

/**
 * Two buffers, so the next read runs while the current one is parsed (a cold file's disk time hides
 * behind the parsing, as a stream's read-ahead would), and neither is ever reallocated.
 */
async function* plainChunks(src: RangeSource): ByteChunks {
  const handle = await open(src.file, 'r');
  const buffers = spareBuffers.pop() ?? [Buffer.allocUnsafe(READ_BYTES), Buffer.allocUnsafe(READ_BYTES)];
  const end = src.end ?? Infinity;
  let position = src.start;
  const readInto = (buffer: Buffer) => (position < end ? handle.read(buffer, 0, Math.min(READ_BYTES, end - position), position) : Promise.resolve({ bytesRead: 0 }));
  let which = 0;
  let pending = readInto(buffers[0]!);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) return;
      const current = buffers[which]!;
      position += bytesRead;
      which ^= 1;
      pending = readInto(buffers[which]!);
      yield { bytes: current.subarray(0, bytesRead), fileBytesRead: position - src.start };
    }
  } finally {
    // A read may still be in flight when the consumer stops early (--sample).
    await pending.catch(() => undefined);
    await handle.close();
    spareBuffers.push(buffers);
  }
}

async function* gzipChunks(src: RangeSource): ByteChunks {
  const file: ReadStream = createReadStream(src.file, { highWaterMark: CHUNK_BYTES });
  const gunzip = file.pipe(createGunzip({ chunkSize: CHUNK_BYTES }));
  file.on('error', (e) => gunzip.destroy(e));
  try {
    for await (const bytes of gunzip as AsyncIterable<Buffer>) yield { bytes, fileBytesRead: file.bytesRead };
  } finally {
    file.destroy();
    gunzip.destroy();
  }
}

export async function readRange(src: RangeSource, hooks: RangeHooks): Promise<RangeOutcome> {
  const reader = new RecordReader(src, hooks.onBatch);
  const decoder = chunkDecoder(src.encoding);
  const undecodable = new UndecodableCounter(src.encoding, reader);
  let stopped = false;
  let atStart = src.first;
  const feed = (bytes: Buffer) => {
    let text = decoder.write(bytes);
    if (atStart && text.length > 0) {
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
      atStart = false;
    }
    undecodable.see(text, bytes);
    reader.push(text);
  };
  try {
    for await (const { bytes, fileBytesRead } of src.gzip ? gzipChunks(src) : plainChunks(src)) {
      for (let at = 0; at < bytes.length; at += CHUNK_BYTES) feed(bytes.subarray(at, at + CHUNK_BYTES));
      hooks.onBytes?.(fileBytesRead);
      if (hooks.shouldStop?.()) {
        stopped = true;
        break;
      }
    }
  } catch (e) {
    throw asInputError(e, src.file, reader.reached);
  }
  if (!stopped) {
    const rest = decoder.end();
    undecodable.see(rest, NO_BYTES);
    reader.push(rest);
    reader.finish(!src.last);
  }
  return { lines: reader.lineCount, endedInQuote: reader.endedInQuote, stopped, undecodable: undecodable.result };
}

/**
 * Read errors as InputErrors; a broken gzip stream where its text breaks off (a .gz is one range, so
 * the range's lines are the file's), as probeExport says it of a shorter file.
 */
function asInputError(e: unknown, file: string, reached: { line: number; column: number }): unknown {
  if (e instanceof InputError) return e;
  const err = e as NodeJS.ErrnoException;
  if (err.code?.startsWith('Z_')) return new InputError(`not a readable gzip file (${err.message})`, { file, ...reached }, 'the text breaks off here: check that the .gz file is complete');
  if (err.code) return new InputError(`cannot read the file (${err.code})`, { file }, 'check the path and its permissions');
  return e;
}
