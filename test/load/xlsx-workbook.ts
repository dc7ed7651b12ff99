/** Workbooks for the .xlsx reader's tests, written with SheetJS's own writer into a temp folder. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import XLSX from '@e965/xlsx';
import { tempFolder } from '../helpers/temp-folder.js';

export interface SheetSpec {
  name: string;
  /** Rows of values; a value may be a SheetJS cell object ({ t, v, z, f }). */
  rows: unknown[][];
  merges?: string[];
  /** Top-left cell of the rows (default A1). */
  origin?: string;
  hidden?: boolean;
}

const dir = () => (folder ??= tempFolder('privaudit-xlsx-'));
let folder: string | undefined;

export function workbookBytes(sheets: SheetSpec[], opts: { date1904?: boolean } = {}): Buffer {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(ws, s.rows, { origin: s.origin ?? 'A1' });
    if (s.merges) ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  wb.Workbook = { Sheets: sheets.map((s) => ({ name: s.name, Hidden: s.hidden ? 1 : 0 })), WBProps: { date1904: !!opts.date1904 } };
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** The workbook's bytes with one part's XML edited (what SheetJS's writer cannot make: rich text runs). */
export function editPart(bytes: Buffer, part: string, edit: (xml: string) => string): Buffer {
  const files = unzipSync(bytes);
  files[part] = strToU8(edit(strFromU8(files[part]!)));
  return Buffer.from(zipSync(files));
}

/** Written into the test file's temp folder, or into `folder`. */
export function writeWorkbook(name: string, bytes: Buffer, folder = dir()): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}
