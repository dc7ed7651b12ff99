/** Reading an input file whole (inventories, SDK lists, configs): existence, binary check, decoding. */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';
import { decodeBuffer, firstNulPosition, looksBinary, sniffEncoding, type Sniffed, type TextEncoding } from './encoding.js';

export interface TextFile {
  file: string;
  text: string;
  encoding: TextEncoding;
}

/** A file's bytes, checked as readTextFile checks them, with the encoding they were sniffed to have. */
export interface FileBytes {
  file: string;
  bytes: Buffer;
  sniffed: Sniffed;
  /** Set when the bytes are a workbook's container, whatever the file's name: not text (see containerOf). */
  container?: Container;
}

/** A ZIP archive (an .xlsx workbook is one) or an OLE2 compound file (a legacy .xls). */
export type Container = 'zip' | 'ole2';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** What a file's first bytes say it is: an Excel workbook saved under a `.csv` name is still a workbook. */
export function containerOf(bytes: Buffer): Container | null {
  if (bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) return 'zip';
  if (bytes.subarray(0, OLE2_MAGIC.length).equals(OLE2_MAGIC)) return 'ole2';
  return null;
}

/** Inventories and SDK lists are read whole; exports are streamed by src/scan. */
const MAX_WHOLE_FILE = 512 * 1024 * 1024;

/** `path` is what is opened; `file` is how messages name it (the path as the user gave it). */
export function readTextFile(file: string, path = file): TextFile {
  const { bytes, sniffed } = readFileBytes(file, path);
  return { file, text: decodeBuffer(bytes, sniffed), encoding: sniffed.encoding };
}

/**
 * readTextFile without the decoding, for a reader that parses bytes itself (a large CSV inventory).
 * With `workbooks`, a ZIP or OLE2 file is handed back marked with its container instead of refused as
 * binary: declarations may be Excel workbooks (src/load/xlsx.ts).
 */
export function readFileBytes(file: string, path = file, opts: { workbooks?: boolean } = {}): FileBytes {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new InputError('is a folder, not a file', { file }, 'name a file, or pass the folder to audit every inventory and SDK list in it');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? 'unknown error'})`, { file }, 'check the path and that you may read it');
  }
  if (size > MAX_WHOLE_FILE) throw new InputError(`file is ${Math.round(size / 1048576)} MiB; declarations over 512 MiB are not read whole`, { file }, 'use `privaudit scan` for exported tables');
  const buf = readFileSync(path);
  const container = opts.workbooks ? containerOf(buf) : null;
  if (container) return { file, bytes: buf, sniffed: { encoding: 'utf8', bomLength: 0 }, container };
  const sniffed = sniffEncoding(buf.subarray(0, 65536));
  if (looksBinary(buf, sniffed.encoding)) {
    const where = { file, ...firstNulPosition(buf, sniffed) };
    throw new InputError('not a text file (it contains NUL bytes, the first one here)', where, 'pass a CSV, TSV, YAML or Excel (.xlsx) file');
  }
  return { file, bytes: buf, sniffed };
}
