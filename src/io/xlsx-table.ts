/**
 * One worksheet → the table shape CSV readers produce (CsvTable: headers, header line, rows with their
 * line), so inventories and SDK lists read from Excel go through the same code as CSV ones.
 *
 * - Every cell is its displayed text (xlsx-cells.ts); a merged range gives every cell in it the value of
 *   its top-left cell (a 系统 cell merged over ten rows names the system of all ten).
 * - The header is the first row that reads as one (the caller says what does), under any title rows
 *   (header-row.ts, the rule delimited exports share); when no row does, the first non-empty row, so
 *   the reader's own error names it. A group row (基本信息 merged over 姓名 and 手机号, 证件 over the ID
 *   columns) is never the header: the row below it names the columns, as the cells under them hold
 *   (the sheet's merges tell the two apart: see isGroupRow).
 * - Blank header cells at either edge (and Excel table placeholders `Column1`…) are not columns; rows
 *   with nothing in them are skipped. A row's line is its row number in the sheet.
 */
import type { CsvTable } from './csv.js';
import { HeaderSearch } from './header-row.js';
import { displayedText } from './xlsx-cells.js';
import { xlsxLib, type CellObject, type Range, type WorkSheet } from './xlsx-lib.js';

export interface XlsxTable extends CsvTable {
  sheet: string;
  /** The sheet column (0-based) of each table column. */
  sheetColumns: number[];
  /** False when no row read as a header and the first non-empty row stands in. */
  headerFound: boolean;
}

/** Excel names the blank headers of a table Column1, Column2…: no one wrote them. */
const PLACEHOLDER_HEADER = /^Column\d+$/;

export interface SheetGrid {
  /** Displayed text of every cell (rows and columns 0-based), merged ranges filled in. */
  cells: string[][];
  /** The sheet's merged ranges: they tell a group row from a header. */
  merges: readonly Range[];
}

/** The sheet's cells as text, merged ranges filled in; exports read cells with their own `text`. */
export function sheetGrid(ws: WorkSheet, date1904: boolean, text: (cell: CellObject | undefined, date1904: boolean) => string = displayedText): SheetGrid {
  const data = ws['!data'] ?? [];
  const grid: string[][] = [];
  let width = 0;
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    const cells: string[] = [];
    if (row) for (let c = 0; c < row.length; c++) cells[c] = text(row[c], date1904).trim();
    grid[r] = cells;
    width = Math.max(width, cells.length);
  }
  const merges = ws['!merges'] ?? [];
  for (const m of merges) {
    const value = grid[m.s.r]?.[m.s.c] ?? '';
    // A range may run far past the data (a whole column merged by mistake): fill only where data is.
    for (let r = m.s.r; r <= Math.min(m.e.r, grid.length - 1); r++) {
      for (let c = m.s.c; c <= Math.min(m.e.c, width - 1); c++) grid[r]![c] = value;
    }
  }
  return { cells: grid, merges };
}

const isEmpty = (cells: readonly (string | undefined)[] | undefined) => !cells || cells.every((c) => !c);

/** The sheet row (0-based) of the header (header-row.ts; a group row is neither header nor record); -1 in a sheet with no non-empty row. */
function headerRow(grid: SheetGrid, isHeader: (cells: string[]) => boolean): { row: number; found: boolean } {
  const { cells } = grid;
  const search = new HeaderSearch<number>(
    (r) => isHeader(Array.from(cells[r]!, (c) => c ?? '')),
    (r) => isGroupRow(grid, r),
  );
  for (let r = 0; r < cells.length; r++) {
    if (isEmpty(cells[r])) continue;
    const pick = search.offer(r);
    if (pick) return { row: pick.header, found: pick.found };
  }
  const pick = search.finish();
  return pick ? { row: pick.header, found: pick.found } : { row: -1, found: false };
}

/** A blank cell in five under a group label still leaves the row below naming its columns. */
const GROUP_BLANKS = 1 / 5;

/**
 * A row of group labels over the header: each of its cells with text lies in a range merged across
 * columns on this row alone (a label: 基本信息 over A–B) or merged down into the next row (序号 over
 * rows 1–2, which the row below repeats), at least one is a label, and the next row has text in (nearly)
 * every column under the labels. Either row would read as a header by its values alone.
 */
function isGroupRow({ cells, merges }: SheetGrid, r: number): boolean {
  const row = cells[r]!;
  const below = cells[r + 1];
  if (!below) return false;
  const onRow = merges.filter((m) => m.s.r <= r && r <= m.e.r);
  let labelled = 0;
  let blank = 0;
  for (let c = 0; c < row.length; c++) {
    if (!row[c]) continue;
    const m = onRow.find((x) => x.s.c <= c && c <= x.e.c);
    if (!m) return false;
    if (m.e.r > r) continue;
    if (m.e.c === m.s.c) return false;
    // Counted once per label, at its first column.
    if (c !== m.s.c) continue;
    for (let k = m.s.c; k <= m.e.c && k < row.length; k++) {
      labelled++;
      if (!below[k]) blank++;
    }
  }
  return labelled > 0 && blank <= labelled * GROUP_BLANKS;
}

/** The sheet columns between the first and last header cell that name something. */
function namedColumns(header: string[]): number[] {
  const named = (c: number) => !!header[c] && !PLACEHOLDER_HEADER.test(header[c]!);
  let first = 0;
  let last = header.length - 1;
  while (first <= last && !named(first)) first++;
  while (last >= first && !named(last)) last--;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The sheet as a table; null when it has no non-empty cell. */
export function sheetTable(file: string, sheet: string, sheetGrid: SheetGrid, isHeader: (cells: string[]) => boolean): XlsxTable | null {
  const { row: h, found } = headerRow(sheetGrid, isHeader);
  if (h < 0) return null;
  const grid = sheetGrid.cells;
  const header = Array.from(grid[h]!, (c) => c ?? '');
  const sheetColumns = namedColumns(header);
  const headers = sheetColumns.map((c) => (PLACEHOLDER_HEADER.test(header[c]!) ? '' : header[c]!));
  const rows = [];
  for (let r = h + 1; r < grid.length; r++) {
    const cells = sheetColumns.map((c) => grid[r]?.[c] ?? '');
    if (!isEmpty(cells)) rows.push({ line: r + 1, cells });
  }
  return { file, sheet, headerLine: h + 1, headers, rows, sheetColumns, headerFound: found };
}

/** A sheet name as Excel writes it in a reference: quoted unless it is letters, digits, _ and . and reads as no cell (A1, R1C1). */
export function sheetRef(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[Rr]?\d*[Cc]?\d*$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `Sheet1!D7` for a table column (1-based) of a line, `Sheet1!7:7` for the whole row. */
export function cellName(table: Pick<XlsxTable, 'sheet' | 'sheetColumns'>, line: number, column?: number): string {
  const sheetColumn = column === undefined ? undefined : table.sheetColumns[column - 1];
  if (sheetColumn === undefined) return `${sheetRef(table.sheet)}!${line}:${line}`;
  return `${sheetRef(table.sheet)}!${xlsxLib().utils.encode_col(sheetColumn)}${line}`;
}
