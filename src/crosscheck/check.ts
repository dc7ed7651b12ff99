/**
 * `scan --inventory`: the scanned tables against the inventory that describes them. A pure step after the
 * scan (and after `privaudit merge` of a sharded one): the same tables and rows give the same result.
 *
 *   const { exports, unscanned } = crossCheck(files, inventoryRecords, { taxonomy, calendar, asOf, mapping });
 *
 * Each ExportFile comes back with `declarations` (types.ts): every column's row, how it was matched, its
 * status, what its values contradict; the declared fields the export lacks. The rules
 * undeclared-column, declaration-contradicted and declared-column-missing read them.
 */
import type { WorkCalendar } from '../calendar/types.js';
import type { InventoryRecord } from '../load/types.js';
import type { MappingFile } from '../scan/mapping.js';
import type { ColumnProfile, ExportFile } from '../scan/types.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { contradictions } from './contradict.js';
import { declaredItems, inventoryTables, matchTable, type ColumnMatch, type InventoryTable } from './match.js';
import type { ColumnDeclaration, DeclaredField, TableDeclarations, UnscannedTable } from './types.js';

export interface CrossCheckContext {
  taxonomy: Taxonomy;
  calendar: WorkCalendar;
  asOf: string;
  /** The scan's mapping file, if any: its items match columns to rows too. */
  mapping?: MappingFile | null;
}

export interface CrossCheck {
  exports: ExportFile[];
  /** Inventory tables that no exported table matched, in inventory order. */
  unscanned: UnscannedTable[];
}

export function crossCheck(exports: readonly ExportFile[], inventory: readonly InventoryRecord[], ctx: CrossCheckContext): CrossCheck {
  const all = inventoryTables(inventory);
  const used = new Set<InventoryTable>();
  const out = exports.map((e) => {
    const m = matchTable(e, all, { taxonomy: ctx.taxonomy, mapping: ctx.mapping ?? null });
    if (m.table) used.add(m.table);
    const declarations: TableDeclarations = {
      tables: m.table ? [{ system: m.table.system, table: m.table.table }] : [],
      columns: e.columns.map((c) => declaration(c, m.columns.get(c.index), ctx)),
      missing: m.unmatched.map(declaredField),
    };
    return { ...e, declarations };
  });
  const unscanned = all.tables.filter((t) => !used.has(t)).map((t) => ({ system: t.system, table: t.table, file: t.rows[0]!.loc.file, line: t.rows[0]!.loc.line, fields: t.rows.length }));
  return { exports: out, unscanned };
}

/**
 * How many values hold personal information: those of the column's item, or — when the values are
 * another item's than the header's (resident IDs under `contact_phone`) — every value.
 */
export function personalValues(c: ColumnProfile): number {
  if (c.kind !== 'pi') return 0;
  return c.matched > 0 ? c.matched : c.valueItem ? c.nonEmpty : 0;
}

function declaration(c: ColumnProfile, m: ColumnMatch | undefined, ctx: CrossCheckContext): ColumnDeclaration {
  if (!m) {
    const personal = personalValues(c) > 0;
    return { column: c.name, status: personal ? 'undeclared' : 'other', personal, match: null, declaration: null, contradictions: [] };
  }
  // A declared field that holds values is personal information by the inventory's own word.
  const base = { column: c.name, personal: c.nonEmpty > 0, match: m.kind, declaration: declaredField(m.row) };
  if (c.nonEmpty === 0) return { ...base, status: 'empty', contradictions: [] };
  const found = contradictions(c, m.row, ctx);
  return { ...base, status: found.length ? 'contradicted' : 'declared', contradictions: found };
}

export function declaredField(r: InventoryRecord): DeclaredField {
  return {
    file: r.loc.file,
    line: r.loc.line,
    system: r.system,
    table: r.table,
    field: r.field,
    items: [...declaredItems(r)],
    category: r.declaredCategory,
  };
}
