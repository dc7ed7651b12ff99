/**
 * Excel (.xlsx) exports: every worksheet that holds a table, read with the declaration reader's workbook
 * code (io/xlsx-open.ts opens it, io/xlsx-table.ts finds the header under any title rows, fills merged
 * ranges, drops empty rows). Cells read as a CSV export holds them (xlsx-export-cells.ts).
 *
 * - Tables: one per worksheet with a header, named by the sheet; a workbook with one such sheet names its
 *   table by the file, as a CSV does. `--sheet` is for audit: a scan reads every sheet.
 * - Lines: a record's line is its row number in the sheet (what Excel shows at the left).
 * - The header is the first row with two different values (a title merged across the columns, or one
 *   cell above the table, is not one); a one-column sheet's header is its first row. Under a group row
 *   (基本信息 merged over 姓名 and 手机号) it is the row below, which names the columns (io/xlsx-table.ts).
 * - Memory: SheetJS reads a workbook whole, several times the size of its XML. Workbooks of more than
 *   MAX_SHEET_XML of XML, or MAX_WORKBOOK_BYTES on disk, are refused with a hint to export CSV, which
 *   streams: this keeps a scan within its memory bound. A workbook inside a ZIP is read into memory
 *   first, under the same bound.
 */
import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { InputError } from '../../errors.js';
import { containerOf } from '../../io/file.js';
import { hasTwoValues } from '../../io/header-row.js';
import { openWorkbook } from '../../io/xlsx-open.js';
import { sheetGrid, sheetTable } from '../../io/xlsx-table.js';
import type { WorkBook, WorkSheet } from '../../io/xlsx-lib.js';
import { entryTableName } from './csv.js';
import type { ExportEntry, ExportReader, TableSink } from './types.js';
import { exportCellText } from './xlsx-export-cells.js';

/**
 * Uncompressed XML of a workbook (sheets, shared strings, styles) read at most. Measured (Node 20, scan
 * to JSON): peak RSS 75 MB + about 9 MB per MiB of XML, whether the cells are short numbers or longer
 * text; 16 MiB (some 30,000 rows of 11 to 20 columns) peaks at 220–230 MB.
 */
export const MAX_SHEET_XML = 16 * 1024 * 1024;
/** A workbook's bytes on disk read at most: the file is held whole while its XML is unpacked (pictures are not). */
export const MAX_WORKBOOK_BYTES = 24 * 1024 * 1024;

/** The parts SheetJS reads (io/xlsx-open.ts unpacks the same). */
const XML_PART = /\.(?:xml|rels)$/i;
/** Records handed to the sink at once. */
const BATCH = 4096;

const EXPORT_CSV = 'save each sheet as CSV (File > Save As > CSV UTF-8) and scan those: CSV is read as it streams, at any size';

export const xlsxReader: ExportReader = {
  format: 'xlsx',
  // An entry that is a ZIP is a workbook: openEntries splits any other archive into its members. A
  // legacy .xls (OLE2) is taken too, for openWorkbook's message on what to do with it.
  sniff: (head) => containerOf(head) !== null,
  read: readWorkbook,
};

async function readWorkbook(entry: ExportEntry, sink: TableSink): Promise<void> {
  const wb = await workbookOf(entry);
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const sheets = sheetsWithData(wb);
  if (sheets.length === 0) throw new InputError('no records: every sheet of the workbook is empty', { file: entry.file }, 'export the table with a header row and its records');
  for (const sheet of sheets) {
    const grid = sheetGrid(wb.Sheets[sheet]!, date1904, exportCellText);
    // The sheet's cells are no longer needed: freed before the next sheet is read.
    delete wb.Sheets[sheet];
    const table = sheetTable(entry.file, sheet, grid, hasTwoValues);
    if (!table) continue;
    sink.begin({ name: sheets.length === 1 ? entryTableName(entry) : sheet, columns: table.headers, line: table.headerLine });
    for (let at = 0; at < table.rows.length && !sink.full; at += BATCH) {
      const rows = table.rows.slice(at, at + BATCH);
      sink.records(
        rows.map((r) => r.cells),
        Int32Array.from(rows, (r) => r.line),
      );
    }
  }
}

async function workbookOf(entry: ExportEntry): Promise<WorkBook> {
  const bytes = await wholeEntry(entry);
  const container = containerOf(bytes) ?? 'zip';
  if (container === 'zip') checkXmlSize(entry.file, bytes);
  return openWorkbook(entry.file, bytes, container);
}

/** Worksheets (not chart sheets) with a cell that holds something, in tab order, hidden ones too: data is data. */
function sheetsWithData(wb: WorkBook): string[] {
  return wb.SheetNames.filter((name) => {
    const ws: WorkSheet | undefined = wb.Sheets[name];
    return ws && ws['!type'] !== 'chart' && (ws['!data'] ?? []).some((row) => row?.some((cell) => cell && cell.t !== 'z'));
  });
}

/** The entry's bytes: the file itself, or an archive member read into memory, within MAX_WORKBOOK_BYTES. */
async function wholeEntry(entry: ExportEntry): Promise<Buffer> {
  const tooBig = (bytes: number) => new InputError(`the workbook is ${Math.ceil(bytes / 1048576)} MiB, more than the ${MAX_WORKBOOK_BYTES / 1048576} MiB an Excel file is read within`, { file: entry.file }, EXPORT_CSV);
  if (entry.plain) {
    if (entry.size > MAX_WORKBOOK_BYTES) throw tooBig(entry.size);
    return readFile(entry.file);
  }
  if (entry.complete) return entry.head;
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of entry.chunks()) {
    total += chunk.length;
    if (total > MAX_WORKBOOK_BYTES) throw tooBig(total);
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

/** SheetJS would hold several times the XML: refused before anything is unpacked (sizes from the ZIP's directory). */
function checkXmlSize(file: string, bytes: Buffer): void {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (XML_PART.test(f.name)) total += f.originalSize;
        return false;
      },
    });
  } catch {
    return; // a damaged archive: openWorkbook says what is wrong
  }
  if (total > MAX_SHEET_XML) throw new InputError(`the workbook holds ${Math.ceil(total / 1048576)} MiB of sheet data, more than the ${MAX_SHEET_XML / 1048576} MiB an Excel file is read within (Excel files are read whole)`, { file }, EXPORT_CSV);
}
