/** Inventory CSV: one row per field, English or Chinese headers (folded), values normalised. */
import { InputError } from '../errors.js';
import type { Location } from '../location.js';
import { quote } from '../normalize/text.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { didYouMean } from '../text/suggest.js';
import { visitCsvText, type CsvHeader, type CsvRow, type CsvTable } from './csv.js';
import { allInventoryHeaders, inventoryKeyFor, type InventoryKey } from './inventory-columns.js';
import { recordFromSource, type FieldSource } from './inventory-record.js';
import type { InventoryFile, InventoryRecord } from './types.js';

type Columns = Partial<Record<InventoryKey, number>>;

/** Each header's key and its 0-based column; unknown, duplicate or missing `field` columns are errors. */
function columnsOf(header: CsvHeader): Columns {
  const columns: Columns = {};
  const at = (column?: number): Location => ({ file: header.file, line: header.headerLine, ...(column ? { column } : {}) });
  header.headers.forEach((h, i) => {
    const key = inventoryKeyFor(h);
    if (!key) throw new InputError(`unknown column ${quote(h)}`, at(i + 1), didYouMean(h, allInventoryHeaders()) || `accepted columns: ${allInventoryHeaders().join(', ')}`);
    const seen = columns[key];
    if (seen !== undefined) throw new InputError(`columns ${seen + 1} and ${i + 1} both mean '${key}'`, at(i + 1), 'keep one of them');
    columns[key] = i;
  });
  if (columns.field === undefined) {
    throw new InputError("no 'field' (字段) column", at(), 'an inventory needs one row per field with a field column; an SDK list needs sdk and platform columns (or pass --kind)');
  }
  return columns;
}

/** A row's cells read through the header's columns; a cell's location is made only for an error. */
class RowFields implements FieldSource {
  constructor(
    private readonly file: string,
    private readonly row: CsvRow,
    private readonly columns: Columns,
  ) {}

  raw(key: InventoryKey): string | undefined {
    const i = this.columns[key];
    return i === undefined ? undefined : this.row.cells[i];
  }

  where(key: InventoryKey): Location {
    const i = this.columns[key];
    return { file: this.file, line: this.row.line, ...(i === undefined ? {} : { column: i + 1 }) };
  }
}

/** Checks the header, then turns each row into a record appended to `out`. */
function inventoryRows(tx: Taxonomy, out: InventoryRecord[]): (header: CsvHeader) => (row: CsvRow) => void {
  return (header) => {
    const columns = columnsOf(header);
    return (row) => {
      out.push(recordFromSource(tx, { file: header.file, line: row.line }, new RowFields(header.file, row, columns)));
    };
  };
}

/** Read an inventory straight from CSV text: records are built as rows are parsed, no table is kept. */
export function inventoryFromCsvText(file: string, text: string | Buffer, tx: Taxonomy): InventoryFile {
  const records: InventoryRecord[] = [];
  const header = visitCsvText(file, text, inventoryRows(tx, records));
  return { kind: 'inventory', file, headerLine: header.headerLine, records };
}

/** An inventory from a table already in memory. */
export function inventoryFromCsv(table: CsvTable, tx: Taxonomy): InventoryFile {
  const records: InventoryRecord[] = [];
  const onRow = inventoryRows(tx, records)(table);
  for (const row of table.rows) onRow(row);
  return { kind: 'inventory', file: table.file, headerLine: table.headerLine, records };
}

/** Does this header row look like an inventory (has a field column, every column known)? */
export function looksLikeInventory(headers: string[]): boolean {
  return headers.some((h) => inventoryKeyFor(h) === 'field');
}
