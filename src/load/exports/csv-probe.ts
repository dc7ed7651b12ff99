/**
 * The first look at an export: compression, encoding, binary content, line break, delimiter, the
 * header (under any title lines: csvHeaderSearch) and a sample of records for classifying columns.
 * Reads at most HEAD_BYTES of the file.
 */
import { open, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { InputError } from '../../errors.js';
import { isBlankRecord } from '../../text/blank.js';
import { guessDialect, isExcelSepLine } from '../../io/dialect.js';
import { hasTwoValues, HeaderSearch, type HeaderPick } from '../../io/header-row.js';
import { decodeBuffer, firstNulPosition, looksBinary, positionAfter, sniffEncoding, type TextEncoding } from '../../io/encoding.js';
import { chunkDecoder, lineFeedBytes } from '../../io/export-decode.js';
import { breaksInRecord, RecordReader } from './csv-records.js';
import { CHUNK_BYTES } from './csv-stream.js';

export const HEAD_BYTES = 1 << 20;
/** Records after the header kept for classification. */
export const SAMPLE_RECORDS = 1000;

export interface SampleRecord {
  line: number;
  cells: string[];
}

export interface ExportProbe {
  /** The path as given (for reports) and the size on disk. */
  file: string;
  size: number;
  gzip: boolean;
  encoding: TextEncoding;
  bomLength: number;
  delimiter: string;
  header: string[];
  headerLine: number;
  /**
   * Byte offset just after the header record's line break (not for gzip: 0). Ranges start after it.
   * Found by counting line feeds, so lines ending in a bare CR put it later: a bound that stays safe.
   */
  headerEndByte: number;
  /** The first records after the header (at most SAMPLE_RECORDS), for classification. */
  sample: SampleRecord[];
  /** The head held the whole file. */
  complete: boolean;
}

export async function probeExport(file: string, maxFieldChars: number): Promise<ExportProbe> {
  const size = await fileSize(file);
  const { head, gzip, complete } = await readHead(file);
  // The whole head: GBK text after a long ASCII start (IDs and phone numbers first) is still seen.
  const sniffed = sniffEncoding(head);
  if (looksBinary(head, sniffed.encoding)) {
    const where = { file, ...firstNulPosition(head, sniffed) };
    throw new InputError('not a text table: the file holds binary data (a NUL byte here)', where, 'export the table as CSV or TSV text');
  }
  const decoder = chunkDecoder(sniffed.encoding);
  const text = decoder.write(head.subarray(sniffed.bomLength)) + (complete ? decoder.end() : '');
  const delimiter = guessDialect(text, file);
  const { header, headerLine, sample } = readHeadRecords(text, complete, { file, delimiter, maxFieldChars });
  const headerEndByte = gzip ? 0 : byteAfterLine(head, lineFeedBytes(sniffed.encoding), headerLine + breaksInRecord(header));
  return { file, size, gzip, encoding: sniffed.encoding, bomLength: sniffed.bomLength, delimiter, header, headerLine, headerEndByte, sample, complete };
}

async function fileSize(file: string): Promise<number> {
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new InputError('not a file', { file });
    return s.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`, { file }, 'check the path and its permissions');
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];

async function readHead(file: string): Promise<{ head: Buffer; gzip: boolean; complete: boolean }> {
  const handle = await open(file, 'r');
  let raw: Buffer;
  let bytesRead: number;
  try {
    raw = Buffer.alloc(HEAD_BYTES);
    ({ bytesRead } = await handle.read(raw, 0, HEAD_BYTES, 0));
  } finally {
    await handle.close();
  }
  const gzip = bytesRead >= 2 && raw[0] === GZIP_MAGIC[0] && raw[1] === GZIP_MAGIC[1];
  if (!gzip) return { head: raw.subarray(0, bytesRead), gzip, complete: bytesRead < HEAD_BYTES };
  return { ...(await gunzipHead(file)), gzip };
}

/** The first HEAD_BYTES of the decompressed stream. */
async function gunzipHead(file: string): Promise<{ head: Buffer; complete: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  const source = createReadStream(file);
  const gunzip = source.pipe(createGunzip());
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      total += chunk.length;
      if (total >= HEAD_BYTES) return { head: Buffer.concat(chunks).subarray(0, HEAD_BYTES), complete: false };
    }
  } catch (e) {
    // Where the readable text stops, as the scan of a longer file would say it (csv-stream.ts).
    const where = { file, ...positionAfter(decodeBuffer(Buffer.concat(chunks))) };
    throw new InputError(`not a readable gzip file (${(e as Error).message})`, where, 'the text breaks off here: check that the .gz file is complete');
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  return { head: Buffer.concat(chunks), complete: true };
}

/** The offset after the line feed ending physical line `line` (aligned to the code unit), or the head's length. */
function byteAfterLine(head: Buffer, lf: Buffer, line: number): number {
  let seen = 0;
  for (let i = head.indexOf(lf); i >= 0; i = head.indexOf(lf, i + 1)) {
    if (i % lf.length !== 0) continue;
    if (++seen === line) return i + lf.length;
  }
  return head.length;
}

interface HeadOptions {
  file: string;
  delimiter: string;
  maxFieldChars: number;
}

function readHeadRecords(text: string, complete: boolean, opts: HeadOptions): { header: string[]; headerLine: number; sample: SampleRecord[] } {
  const search = csvHeaderSearch();
  let pick: HeaderPick<SampleRecord> | null = null;
  const sample: SampleRecord[] = [];
  const keep = (r: SampleRecord) => void (sample.length < SAMPLE_RECORDS && sample.push(r));
  const reader = new RecordReader(opts, (records, lines) => {
    for (let i = 0; i < records.length; i++) {
      const cells = records[i]!;
      if (isBlankRecord(cells)) continue;
      if (pick) keep({ line: lines[i]!, cells });
      else if ((pick = search.offer({ line: lines[i]!, cells }))) pick.after.forEach(keep);
    }
  });
  // In pieces of the scan's chunk size (csv-stream.ts), and no more of them than the sample needs.
  let at = 0;
  for (; at < text.length && sample.length < SAMPLE_RECORDS; at += CHUNK_BYTES) reader.push(text.slice(at, at + CHUNK_BYTES));
  if (complete && at >= text.length) reader.finish();
  if (!pick && (pick = search.finish())) pick.after.forEach(keep);
  if (!pick && !complete) throw new InputError(`no line break in the first ${HEAD_BYTES >> 20} MiB: not a table, or a first record too long to be one`, { file: opts.file, line: 1 }, 'export the table as CSV or TSV, one record per line');
  if (!pick) throw new InputError('no records: the file is empty', { file: opts.file, line: 1 }, 'export the table with a header line and at least one record');
  const { line, cells } = pick.header;
  return { header: cells.map((h) => h.trim()), headerLine: line, sample };
}

/**
 * The header of a delimited export, under any title lines (header-row.ts, as in an Excel sheet): the
 * first non-blank record with two different values; Excel's `sep=X` line is never one. Offered records
 * only until the header is known: once per file, not per record.
 */
export function csvHeaderSearch(): HeaderSearch<SampleRecord> {
  return new HeaderSearch<SampleRecord>(
    (r) => hasTwoValues(r.cells),
    (r) => isExcelSepLine(r.cells, r.line),
  );
}
