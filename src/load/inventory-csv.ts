/** Inventory CSV: one row per field, English or Chinese headers (folded), values normalised. */
import { InputError } from '../errors.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { didYouMean } from '../text/suggest.js';
import type { CsvTable } from './csv.js';
import { allInventoryHeaders, inventoryKeyFor, type InventoryKey } from './inventory-columns.js';
import { buildInventoryRecord, type RawFields } from './inventory-record.js';
import type { InventoryFile } from './types.js';

function headerKeys(table: CsvTable): InventoryKey[] {
  const seen = new Map<InventoryKey, number>();
  return table.headers.map((h, i) => {
    const key = inventoryKeyFor(h);
    if (!key) {
      throw new InputError(`unknown column '${h}'`, { file: table.file, line: table.headerLine, column: i + 1 }, didYouMean(h, allInventoryHeaders()) || `accepted columns: ${allInventoryHeaders().join(', ')}`);
    }
    if (seen.has(key)) throw new InputError(`columns ${seen.get(key)! + 1} and ${i + 1} both mean '${key}'`, { file: table.file, line: table.headerLine, column: i + 1 }, 'keep one of them');
    seen.set(key, i);
    return key;
  });
}

export function inventoryFromCsv(table: CsvTable, tx: Taxonomy): InventoryFile {
  const keys = headerKeys(table);
  if (!keys.includes('field')) {
    throw new InputError("no 'field' (字段) column", { file: table.file, line: table.headerLine }, 'an inventory needs one row per field with a field column; an SDK list needs sdk and platform columns (or pass --kind)');
  }
  const records = table.rows.map((row) => {
    const loc = { file: table.file, line: row.line };
    const fields: RawFields = {};
    keys.forEach((key, i) => (fields[key] = { raw: row.cells[i] ?? '', loc: { ...loc, column: i + 1 } }));
    return buildInventoryRecord(tx, loc, fields);
  });
  return { kind: 'inventory', file: table.file, headerLine: table.headerLine, records };
}

/** Does this header row look like an inventory (has a field column, every column known)? */
export function looksLikeInventory(headers: string[]): boolean {
  return headers.some((h) => inventoryKeyFor(h) === 'field');
}
