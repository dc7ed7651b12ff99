/**
 * A ZIP archive's members, for entries.ts. yauzl reads the central directory (names and sizes of every
 * member before any is read: members are taken in name order, and an Office workbook, itself a ZIP, is
 * told from an archive of tables) and gives each member's stored bytes from the file on disk, one member
 * at a time: nothing of the archive is held in memory but its directory.
 *
 * Stored bytes are decompressed here (Deflate by zlib, Zstandard by fzstd), so the bytes read from disk
 * can be counted for the progress bar. Names are UTF-8 when the archive says so; otherwise UTF-8 when
 * they read as such, else GB18030 (Windows zips made on Chinese systems), not the CP437 of the ZIP spec,
 * which no one writing Chinese names uses.
 */
import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { InputError } from '../../errors.js';
import { isExportMember } from './names.js';
import { skippedName } from '../../io/folder.js';

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** An archive with no member starts with its end-of-directory record. */
export const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

export interface ZipMember {
  /** Path inside the archive, with `/` between folders. */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** ZIP compression method: 0 stored, 8 Deflate, 93 Zstandard; others are named in the error. */
  method: number;
  encrypted: boolean;
  crc32: number;
  entry: Entry;
}

export interface ZipArchive {
  /** Every member, folders included, as stored. */
  members: ZipMember[];
  /** The member's stored (still compressed) bytes. */
  storedBytes(member: ZipMember): Promise<Readable>;
  close(): void;
}

const METHODS: Record<number, string> = { 1: 'Shrink', 6: 'Implode', 9: 'Deflate64', 12: 'BZIP2', 14: 'LZMA', 95: 'XZ', 96: 'JPEG', 97: 'WavPack', 98: 'PPMd', 99: 'AES' };

/** Methods entries.ts can undo. */
export const READABLE_METHODS = new Set([0, 8, 93]);

export function methodName(method: number): string {
  return METHODS[method] ?? `method ${method}`;
}

export async function openZip(file: string): Promise<ZipArchive> {
  let zip: ZipFile;
  const members: ZipMember[] = [];
  try {
    // Sizes are checked as members are read (a member that lies is that member's error, not the archive's).
    zip = await yauzl.openPromise(file, { autoClose: false, decodeStrings: false, validateEntrySizes: false });
    for await (const entry of zip.eachEntry()) members.push(memberOf(entry));
  } catch (e) {
    throw new InputError(`not a readable ZIP archive (${(e as Error).message})`, { file }, 'the archive is damaged or cut short (its list of members is at its end): copy the complete file, or zip the exports again');
  }
  return {
    members,
    storedBytes: (m) => zip.openReadStreamPromise(m.entry, { decodeFileData: false }),
    close: () => zip.close(),
  };
}

function memberOf(entry: Entry): ZipMember {
  return {
    name: memberName(entry),
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.uncompressedSize,
    method: entry.compressionMethod,
    encrypted: entry.isEncrypted(),
    crc32: entry.crc32,
    entry,
  };
}

function memberName(entry: Entry): string {
  // decodeStrings is off, so the name is still bytes (the typings say string).
  const raw = entry.fileNameRaw;
  const unicode = (entry.generalPurposeBitFlag & 0x800) !== 0 || entry.extraFields.some((f) => f.id === 0x7075);
  if (unicode || isUtf8(raw)) return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag | (unicode ? 0 : 0x800), raw, entry.extraFields, false);
  return new TextDecoder('gb18030').decode(raw).replace(/\\/g, '/');
}

/** Office Open XML (.xlsx, .docx) and OpenDocument packages: one document, read whole by its reader. */
export function isDocumentPackage(members: readonly ZipMember[]): boolean {
  return members.some((m) => m.name === '[Content_Types].xml' || m.name === 'xl/workbook.xml' || m.name === 'META-INF/manifest.xml');
}

/** Passed over as a folder walk passes over a name (io/folder.ts), at any depth, and the Finder's __MACOSX/ copies. */
function skippedPath(path: string): boolean {
  return path.split('/').some((part) => part === '__MACOSX' || skippedName(part));
}

/**
 * The members to read: files a reader takes by their names (names.ts), as in a folder, so a README.pdf
 * or a picture beside the tables is no error. Sorted by name: the order of a scan does not depend on how
 * the archive was made.
 */
export function dataMembers(members: readonly ZipMember[]): ZipMember[] {
  return members.filter((m) => !m.name.endsWith('/') && !skippedPath(m.name) && isExportMember(m.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
