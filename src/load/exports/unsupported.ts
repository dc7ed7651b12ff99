/**
 * Text that is no format scan reads, told from its first bytes so it is refused with what to export
 * instead, not read as a delimited table whose "header" is markup (no findings, exit 0): XML (mysqldump
 * --xml, other XML exports) and HTML (some systems save an HTML table under an .xls name); and tar
 * archives (`pg_dump -Ft`, a folder of exports packed), which were "binary data" without a way forward.
 */
import { InputError } from '../../errors.js';
import { decodeBuffer, sniffEncoding } from '../../io/encoding.js';

export type Unsupported = 'tar' | 'mysqldump-xml' | 'xml' | 'html';

const SNIFF_BYTES = 4096;

/** POSIX and GNU tar write `ustar` at byte 257 of every member's header. */
function isTar(head: Buffer): boolean {
  return head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar';
}

/** A tar archive, or the markup the entry starts with (after a byte-order mark and white space), or null. */
export function unsupportedKind(head: Buffer, name: string): Unsupported | null {
  if (isTar(head)) return 'tar';
  const part = head.subarray(0, SNIFF_BYTES);
  const text = decodeBuffer(part, sniffEncoding(part)).replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('<')) return null;
  if (/^<(?:!DOCTYPE\s+html|html[\s>])/i.test(text)) return 'html';
  if (/<mysqldump[\s>]/.test(text)) return 'mysqldump-xml';
  if (/^<\?xml[\s?]/i.test(text) || /\.xml(?:\.(?:gz|zst))?$/i.test(name)) return 'xml';
  return null;
}

const HINTS: Record<Unsupported, [what: string, hint: string]> = {
  tar: ['a tar archive', 'extract it (tar -xf) and scan the files it holds; for a pg_dump -Ft archive, pg_restore -f dump.sql makes the plain dump scan reads'],
  'mysqldump-xml': ['a mysqldump --xml file', 'dump the database as SQL (mysqldump without --xml), or export each table as CSV'],
  xml: ['an XML file', 'export the table as CSV, or the database as a SQL dump'],
  html: ['an HTML page (some systems save a table as HTML under an .xls name)', 'open it in Excel and save it as .xlsx or CSV'],
};

export function unsupportedError(kind: Unsupported, file: string): InputError {
  const [what, hint] = HINTS[kind];
  return new InputError(`not a format scan reads: ${what}`, { file, line: 1 }, hint);
}
