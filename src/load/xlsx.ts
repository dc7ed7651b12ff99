/**
 * Declarations kept in Excel (SPEC "Inventory files", issue 14 §3): the first visible sheet, or the one
 * `--sheet` names, read as a table under its title rows. Locations then name the cell as Excel does
 * (`清单.xlsx:Sheet1!D7`) besides the row number every report format uses.
 */
import { InputError } from '../errors.js';
import type { Location } from '../location.js';
import { quote } from '../normalize/text.js';
import { didYouMean, fold } from '../text/suggest.js';
import type { Container } from '../io/file.js';
import type { DeclarationFile } from './types.js';
import { openWorkbook } from '../io/xlsx-open.js';
import { cellName, sheetGrid, sheetTable, type XlsxTable } from '../io/xlsx-table.js';
import type { WorkBook } from '../io/xlsx-lib.js';

export type { XlsxTable } from '../io/xlsx-table.js';

/** File names that are workbooks, for folder expansion; a workbook is told by its bytes, whatever its name. */
export const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

export interface WorkbookReadOptions {
  /** `--sheet`: the sheet to read instead of the first visible one. */
  sheet?: string;
  /** Does this row read as the header of a declaration? Rows above the first that does are titles. */
  isHeader: (cells: string[]) => boolean;
}

/** `--sheet` names a sheet the workbook lacks: a folder's other workbooks are skipped for it, not fatal. */
export class MissingSheetError extends InputError {}

/** Worksheets (not chart sheets) in tab order, with whether Excel shows their tab. */
function worksheets(wb: WorkBook): { name: string; visible: boolean }[] {
  return wb.SheetNames.flatMap((name, i) => (wb.Sheets[name]?.['!type'] === 'chart' ? [] : [{ name, visible: !wb.Workbook?.Sheets?.[i]?.Hidden }]));
}

function chosenSheet(file: string, wb: WorkBook, wanted: string | undefined): string {
  const sheets = worksheets(wb);
  if (wanted === undefined) {
    const first = sheets.find((s) => s.visible) ?? sheets[0];
    if (!first) throw new InputError('the workbook has no worksheet', { file }, 'save the declaration as a normal sheet');
    return first.name;
  }
  const names = sheets.map((s) => s.name);
  const exact = names.find((n) => n === wanted) ?? names.find((n) => fold(n) === fold(wanted));
  if (exact !== undefined) return exact;
  throw new MissingSheetError(`--sheet: no sheet named ${quote(wanted)} in this workbook`, { file }, didYouMean(wanted, names) || `its sheets: ${names.map((n) => `'${n}'`).join(', ')}`);
}

/** Sheets other than `but` whose rows hold a declaration header: what to suggest when the chosen one has none. */
function sheetsWithHeader(file: string, wb: WorkBook, but: string, isHeader: (cells: string[]) => boolean, date1904: boolean): string[] {
  return worksheets(wb)
    .filter((s) => s.name !== but)
    .filter((s) => sheetTable(file, s.name, sheetGrid(wb.Sheets[s.name]!, date1904), isHeader)?.headerFound)
    .map((s) => s.name);
}

/**
 * The chosen sheet as a table. When its rows hold no declaration header, `elsewhere` names the sheets
 * that do (for the message that says to pass --sheet).
 */
export function readWorkbookTable(file: string, bytes: Buffer, container: Container, opts: WorkbookReadOptions): { table: XlsxTable; elsewhere: string[] } {
  const wb = openWorkbook(file, bytes, container);
  const date1904 = !!wb.Workbook?.WBProps?.date1904;
  const sheet = chosenSheet(file, wb, opts.sheet);
  const table = sheetTable(file, sheet, sheetGrid(wb.Sheets[sheet]!, date1904), opts.isHeader);
  if (!table) {
    const others = sheetsWithHeader(file, wb, sheet, opts.isHeader, date1904);
    throw new InputError(`no records: sheet ${quote(sheet)} is empty`, { file }, others.length ? `pass --sheet ${others[0]} (the sheet that holds the declaration)` : 'add a header row and at least one record');
  }
  if (table.headerFound && table.rows.length === 0) throw new InputError('no records: the sheet has only a header', { file, line: table.headerLine, cell: cellName(table, table.headerLine) }, 'add at least one data row');
  const elsewhere = table.headerFound || opts.sheet !== undefined ? [] : sheetsWithHeader(file, wb, sheet, opts.isHeader, date1904);
  return { table, elsewhere };
}

/**
 * A location of the table's file with the cell Excel would name, and its column counted on the sheet as
 * its line is (the table may start right of column A); other files' locations unchanged.
 */
function cellLocation<L extends Partial<Location> & { file: string }>(table: XlsxTable, loc: L): L {
  if (loc.file !== table.file || !loc.line || loc.cell) return loc;
  const sheetColumn = loc.column === undefined ? undefined : table.sheetColumns[loc.column - 1];
  return { ...loc, cell: cellName(table, loc.line, loc.column), ...(sheetColumn === undefined ? {} : { column: sheetColumn + 1 }) };
}

/**
 * Runs a table reader on a workbook's table: its errors and the cells it could not read name the cell
 * (the CSV readers know lines and columns; only here is the sheet known).
 */
export function readInWorkbook<T extends DeclarationFile | null>(table: XlsxTable, read: () => T): T {
  let loaded: T;
  try {
    loaded = read();
  } catch (e) {
    if (e instanceof InputError && e.where && e.where.file === table.file && e.where.line) {
      throw new InputError(e.message, cellLocation(table, e.where), e.hint);
    }
    throw e;
  }
  if (loaded) {
    for (const p of loaded.droppedRows ?? []) p.loc = cellLocation(table, p.loc);
    for (const r of loaded.records) for (const p of r.unread ?? []) (p as { loc: Location }).loc = cellLocation(table, p.loc);
  }
  return loaded;
}
