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
}

/** Inventories and SDK lists are read whole; exports are streamed by src/scan. */
const MAX_WHOLE_FILE = 512 * 1024 * 1024;

/** `path` is what is opened; `file` is how messages name it (the path as the user gave it). */
export function readTextFile(file: string, path = file): TextFile {
  const { bytes, sniffed } = readFileBytes(file, path);
  return { file, text: decodeBuffer(bytes, sniffed), encoding: sniffed.encoding };
}

/** readTextFile without the decoding, for a reader that parses bytes itself (a large CSV inventory). */
export function readFileBytes(file: string, path = file): FileBytes {
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
  const sniffed = sniffEncoding(buf.subarray(0, 65536));
  if (looksBinary(buf, sniffed.encoding)) {
    const where = { file, ...firstNulPosition(buf, sniffed) };
    throw new InputError('not a text file (it contains NUL bytes, the first one here)', where, 'pass a CSV, TSV or YAML file; export spreadsheets as CSV first');
  }
  return { file, bytes: buf, sniffed };
}
