/**
 * Which row of the policy's SDK table an SDK of the list is compared with: same platform, and the
 * same catalog SDK (through names, aliases and package coordinates) or, for SDKs the catalog does
 * not know, the same name up to case and punctuation.
 */
import type { SdkRecord } from '../load/types.js';
import type { ClauseRef, SdkRow } from '../policy/types.js';
import type { Catalog } from '../sdk/catalog.js';
import { nameKey } from '../sdk/keys.js';

export interface TableRow {
  row: SdkRow;
  clause: ClauseRef;
}

/** The catalog id of a table row: as the pack gives it, else through its name. */
export function rowSdkId(catalog: Catalog, row: SdkRow): string | null {
  return row.sdk ?? catalog.sdkIdForName(row.name);
}

export function recordMatchesRow(catalog: Catalog, record: SdkRecord, row: SdkRow): boolean {
  if (record.platform !== row.platform) return false;
  const id = rowSdkId(catalog, row);
  if (record.sdkId && id) return record.sdkId === id;
  return nameKey(record.sdk) === nameKey(row.name);
}

/** The first row (in --policy and table order) the record matches, or null. */
export function findTableRow(catalog: Catalog, record: SdkRecord, rows: readonly TableRow[]): TableRow | null {
  return rows.find((r) => recordMatchesRow(catalog, record, r.row)) ?? null;
}

/** Is an item (or a bare category id) among the items a row declares? */
export function rowDeclares(row: SdkRow, item: string): boolean {
  const declared = row.fields.flatMap((f) => f.items);
  const category = item.split('.')[0]!;
  if (!item.includes('.')) return declared.some((d) => d === item || d.split('.')[0] === item);
  return declared.includes(item) || declared.includes(category);
}
