/** Inventory CSV: one row per field, English or Chinese headers (folded), values normalised. */
import { InputError } from '../errors.js';
import type { Location } from '../location.js';
import { quote } from '../normalize/text.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { didYouMean } from '../text/suggest.js';
import { visitCsvText, type CsvHeader, type CsvRow, type CsvTable } from '../io/csv.js';
import { allInventoryHeaders, inventoryKeyFor, isOtherColumn, type InventoryKey } from './inventory-columns.js';
import { recordFromSource, type FieldSource } from './inventory-record.js';
import type { CellProblem, InventoryFile } from './types.js';

type Columns = Partial<Record<InventoryKey, number>>;

interface HeaderReading {
  columns: Columns;
  /** Said once per file on stderr: the columns privaudit does not use. */
  notes: string[];
}

/** Each header's key and its 0-based column. Columns privaudit does not use are ignored with a note; no `field` column is an error. */
function columnsOf(header: CsvHeader): HeaderReading {
  const columns: Columns = {};
  const ignored: string[] = [];
  const at = (column?: number): Location => ({ file: header.file, line: header.headerLine, ...(column ? { column } : {}) });
  header.headers.forEach((h, i) => {
    const key = inventoryKeyFor(h);
    if (!key || columns[key] !== undefined) {
      // Excel leaves blank headers after the last used column; a repeated meaning keeps its first column.
      if (h.trim() !== '') ignored.push(key ? `${quote(h)} (column ${i + 1}: '${key}' is column ${columns[key]! + 1})` : quote(h) + nearHeader(h));
      return;
    }
    columns[key] = i;
  });
  // Chinese templates often name fields only by their Chinese name (字段中文名): that column is the field then.
  if (columns.field === undefined && columns.description !== undefined) {
    columns.field = columns.description;
    delete columns.description;
  }
  if (columns.field === undefined) {
    throw new InputError("no 'field' (字段) column", at(), 'an inventory needs one row per field with a field column; an SDK list needs sdk and platform columns (or pass --kind)');
  }
  const notes = ignored.length ? [`${header.file}: ignored column(s) privaudit does not use: ${ignored.join(', ')}`] : [];
  return { columns, notes };
}

/** ` (did you mean 'retention'?)` for a header one typo away from an accepted one. */
function nearHeader(h: string): string {
  if (isOtherColumn(h)) return '';
  const near = didYouMean(h, allInventoryHeaders());
  return near ? ` (${near})` : '';
}

/** A row's cells read through the header's columns; a cell's location is made only for an error. */
class RowFields implements FieldSource {
  constructor(
    private readonly table: CsvHeader,
    private readonly row: CsvRow,
    private readonly columns: Columns,
  ) {}

  raw(key: InventoryKey): string | undefined {
    const i = this.columns[key];
    return i === undefined ? undefined : this.row.cells[i];
  }

  where(key: InventoryKey): Location {
    const i = this.columns[key];
    return { file: this.table.file, line: this.row.line, ...(i === undefined ? {} : { column: i + 1 }) };
  }

  header(key: InventoryKey): string {
    const i = this.columns[key];
    return i === undefined ? key : (this.table.headers[i]?.trim() || key);
  }
}

/** Checks the header, then turns each row into a record appended to the file. */
function inventoryRows(tx: Taxonomy, out: InventoryFile): (header: CsvHeader) => (row: CsvRow) => void {
  return (header) => {
    const { columns, notes } = columnsOf(header);
    out.headerLine = header.headerLine;
    if (notes.length) out.notes = notes;
    const onDropped = (p: CellProblem) => (out.droppedRows ??= []).push(p);
    return (row) => {
      const record = recordFromSource(tx, { file: header.file, line: row.line }, new RowFields(header, row, columns), onDropped);
      if (record) out.records.push(record);
    };
  };
}

function emptyInventory(file: string): InventoryFile {
  return { kind: 'inventory', file, headerLine: 1, records: [] };
}

/** Read an inventory straight from CSV text: records are built as rows are parsed, no table is kept. */
export function inventoryFromCsvText(file: string, text: string | Buffer, tx: Taxonomy): InventoryFile {
  const out = emptyInventory(file);
  visitCsvText(file, text, inventoryRows(tx, out));
  return out;
}

/** An inventory from a table already in memory. */
export function inventoryFromCsv(table: CsvTable, tx: Taxonomy): InventoryFile {
  const out = emptyInventory(table.file);
  const onRow = inventoryRows(tx, out)(table);
  for (const row of table.rows) onRow(row);
  return out;
}

/** Does this header row look like an inventory (has a field column, every column known)? */
export function looksLikeInventory(headers: string[]): boolean {
  return headers.some((h) => inventoryKeyFor(h) === 'field');
}
