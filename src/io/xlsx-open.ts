/**
 * A workbook's bytes → SheetJS's workbook, or an InputError that says what the file is and what to do:
 * a legacy .xls, a password-protected workbook, another kind of archive, a damaged file. Never a stack
 * trace (SPEC: exit 2 names the file and what is wrong).
 */
import { unzipSync } from 'fflate';
import { InputError } from '../errors.js';
import type { Container } from './file.js';
import { xlsxLib, type WorkBook } from './xlsx-lib.js';

/** Sheet XML read whole: SheetJS holds several times this in memory. Declarations are far smaller. */
const MAX_UNZIPPED = 256 * 1024 * 1024;

const SAVE_AS_XLSX = 'open it in Excel or WPS and save it as an Excel Workbook (.xlsx), or export the sheet as CSV';

/** Only XML parts are read: pictures, printer settings, embedded objects and macros are not unpacked. */
const READ_PART = /\.(?:xml|rels)$/i;

/** An Office file encrypted with a password is an OLE2 file holding this stream (MS-OFFCRYPTO 2.3.4.4). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export function openWorkbook(file: string, bytes: Buffer, container: Container): WorkBook {
  if (container === 'ole2') {
    if (bytes.includes(ENCRYPTED_PACKAGE)) throw new InputError('the workbook is password-protected: its cells cannot be read', { file }, 'remove the password to open (File > Info > Protect Workbook) and save it again');
    throw new InputError('a legacy Excel 97-2003 workbook (.xls) or another OLE2 document: privaudit reads .xlsx workbooks', { file }, SAVE_AS_XLSX);
  }
  const { parts, names } = unzip(file, bytes);
  if (!names.includes('xl/workbook.xml')) throw new InputError(`a ZIP archive, not an Excel workbook (${whatArchive(names)})`, { file }, SAVE_AS_XLSX);
  const { CFB, parse_zip } = xlsxLib();
  const pkg = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(parts)) CFB.utils.cfb_add(pkg, name, content);
  try {
    return parse_zip(pkg, { dense: true, cellNF: true, cellHTML: false, cellFormula: false, cellStyles: false, sheetStubs: false, bookVBA: false });
  } catch (e) {
    throw new InputError(`not a readable Excel workbook (${shortReason(e)})`, { file }, SAVE_AS_XLSX);
  }
}

/** The XML parts, and the name of every entry (lower case) to tell what the archive is. */
function unzip(file: string, bytes: Buffer): { parts: Record<string, Uint8Array>; names: string[] } {
  let total = 0;
  const names: string[] = [];
  try {
    const parts = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name.toLowerCase());
        if (!READ_PART.test(f.name)) return false;
        total += f.originalSize;
        if (total > MAX_UNZIPPED) throw new InputError(`the workbook holds more than ${MAX_UNZIPPED / 1048576} MiB of sheet data, too much to read whole`, { file }, 'declarations are read whole: export the sheet as CSV, or use `privaudit scan` for exported tables');
        return true;
      },
    });
    return { parts, names };
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`not a readable Excel workbook: the ZIP archive is damaged or cut short (${shortReason(e)})`, { file }, 'open it in Excel and save it again, or copy the complete file');
  }
}

/** What a ZIP without a workbook part most likely is. */
function whatArchive(names: string[]): string {
  if (names.includes('xl/workbook.bin')) return 'an Excel binary workbook (.xlsb)';
  if (names.includes('content.xml') || names.includes('meta-inf/manifest.xml')) return 'an OpenDocument file (.ods)';
  if (names.includes('word/document.xml')) return 'a Word document';
  if (names.includes('ppt/presentation.xml')) return 'a PowerPoint presentation';
  return 'it has no xl/workbook.xml';
}

/** A library's message, one line and short: it may quote file content. */
function shortReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const line = message.split('\n')[0]!.trim();
  return line.length > 80 ? `${line.slice(0, 77)}…` : line || 'unknown error';
}
