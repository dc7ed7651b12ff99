/**
 * Which inventory rows describe which exported columns. A table matches by its name, folded as every
 * header is (SPEC decision 1): the export's table (file name, dump table, sheet…) is the inventory's table,
 * or `system.table`, `system_table`, or ends in `.table` (`shop.users`). Among the tables of that name, the
 * one whose fields the export's columns name most wins (ties: inventory order). Rows without a table stand
 * for every table, after the table's own rows.
 *
 * Columns then take rows one to one, in passes from the surest to the loosest (types.ts MatchKind): the
 * same folded name, the mapping file's item, synonyms of one item, and last one item named on both sides
 * by exactly one column and one row.
 */
import type { InventoryRecord } from '../load/types.js';
import { mappedColumns, type MappingFile } from '../scan/mapping.js';
import type { ColumnProfile, ExportFile } from '../scan/types.js';
import { itemForFieldName } from '../taxonomy/match.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { fold } from '../text/suggest.js';
import type { MatchKind } from './types.js';

/** The rows of one inventory table (system, table), in inventory order. */
export interface InventoryTable {
  system: string | null;
  table: string;
  rows: InventoryRecord[];
}

export interface ColumnMatch {
  row: InventoryRecord;
  kind: MatchKind;
}

export interface TableMatch {
  /** The inventory table chosen for the export, or null when none has its name. */
  table: InventoryTable | null;
  /** By column index. */
  columns: Map<number, ColumnMatch>;
  /** Rows of the chosen table no column took (a field written twice counts once). */
  unmatched: InventoryRecord[];
}

/** The inventory's tables, each once (by folded system and table), and the rows that name no table. */
export function inventoryTables(records: readonly InventoryRecord[]): { tables: InventoryTable[]; anyTable: InventoryRecord[] } {
  const byKey = new Map<string, InventoryTable>();
  const anyTable: InventoryRecord[] = [];
  for (const r of records) {
    if (!r.table || !fold(r.table)) {
      anyTable.push(r);
      continue;
    }
    const key = `${fold(r.system ?? '')}\u0000${fold(r.table)}`;
    const t = byKey.get(key) ?? { system: r.system, table: r.table, rows: [] };
    t.rows.push(r);
    byKey.set(key, t);
  }
  return { tables: [...byKey.values()], anyTable };
}

/** The last dotted part of a folded name: `shop.users` → `users`. */
function lastPart(folded: string): string {
  return folded.slice(folded.lastIndexOf('.') + 1);
}

export function tableNamed(exportTable: string, t: InventoryTable): boolean {
  const e = fold(exportTable);
  const name = fold(t.table);
  if (e === name || lastPart(e) === name) return true;
  const system = t.system ? fold(t.system) : '';
  return system !== '' && (e === system + name || e === `${system}.${name}`);
}

/** A column or field name, folded, and its last dotted part (`users.mobile` is `mobile`). */
function nameKeys(name: string): string[] {
  const f = fold(name);
  const last = lastPart(f);
  return last && last !== f ? [f, last] : [f];
}

function sameName(a: string, b: string): boolean {
  const keys = nameKeys(b);
  return nameKeys(a).some((k) => k !== '' && keys.includes(k));
}

/** The items a row declares: a group's items, the category cell's item, else the field name's. */
export function declaredItems(r: InventoryRecord): readonly string[] {
  if (r.declaredItems) return r.declaredItems;
  return r.item ? [r.item] : [];
}

export interface MatchContext {
  taxonomy: Taxonomy;
  mapping: MappingFile | null;
}

/** Chooses the table (most columns matched, then inventory order) and matches the columns to its rows. */
export function matchTable(e: ExportFile, all: { tables: InventoryTable[]; anyTable: InventoryRecord[] }, ctx: MatchContext): TableMatch {
  let best: TableMatch | null = null;
  for (const t of all.tables) {
    if (!tableNamed(e.table, t)) continue;
    const m = matchColumns(e, t, all.anyTable, ctx);
    if (!best || m.columns.size > best.columns.size) best = m;
  }
  return best ?? matchColumns(e, null, all.anyTable, ctx);
}

function matchColumns(e: ExportFile, table: InventoryTable | null, anyTable: readonly InventoryRecord[], ctx: MatchContext): TableMatch {
  const rows = [...(table?.rows ?? []), ...anyTable];
  const free = new Set(rows);
  const columns = new Map<number, ColumnMatch>();
  const take = (c: ColumnProfile, kind: MatchKind, accepts: (r: InventoryRecord) => boolean): void => {
    if (columns.has(c.index)) return;
    const row = rows.find((r) => free.has(r) && accepts(r));
    if (!row) return;
    free.delete(row);
    columns.set(c.index, { row, kind });
  };
  for (const c of e.columns) take(c, 'name', (r) => sameName(c.name, r.field));
  const mapped = mappedItems(e, ctx.mapping);
  for (const c of e.columns) {
    const item = mapped.get(c.index);
    if (item) take(c, 'mapping', (r) => declaredItems(r).includes(item));
  }
  for (const c of e.columns) {
    const item = itemForFieldName(ctx.taxonomy, c.name);
    if (item) take(c, 'synonym', (r) => r.nameItem === item);
  }
  matchByItem(e, rows, free, columns);
  const seen = new Set<string>();
  const unmatched = (table?.rows ?? []).filter((r) => {
    const key = fold(r.field);
    const first = !seen.has(key);
    seen.add(key);
    return free.has(r) && first && ![...columns.values()].some((m) => fold(m.row.field) === key);
  });
  return { table, columns, unmatched };
}

/** The item the mapping file gives each column, by index (not `none`, not a role alone). */
function mappedItems(e: ExportFile, mapping: MappingFile | null): Map<number, string> {
  const out = new Map<number, string>();
  if (!mapping) return out;
  const header = e.columns.map((c) => c.name);
  for (const [index, m] of mappedColumns(mapping, e.file, header, e.table)) if (m.item) out.set(index, m.item);
  return out;
}

/** Last pass: an item named by one column's header and declared by one row only (no guessing between two). */
function matchByItem(e: ExportFile, rows: readonly InventoryRecord[], free: Set<InventoryRecord>, columns: Map<number, ColumnMatch>): void {
  const open = e.columns.filter((c) => !columns.has(c.index) && c.headerItem);
  for (const c of open) {
    const item = c.headerItem!;
    if (open.filter((o) => o.headerItem === item).length !== 1) continue;
    const candidates = rows.filter((r) => free.has(r) && declaredItems(r).includes(item));
    if (candidates.length !== 1) continue;
    free.delete(candidates[0]!);
    columns.set(c.index, { row: candidates[0]!, kind: 'item' });
  }
}
