/**
 * What `scan --inventory` adds to an exported table (ExportFile.declarations): each column's inventory row,
 * how it was matched, and what the values contradict; the declared fields the export lacks. Plain JSON, so
 * a sharded scan's merge rebuilds it by calling crossCheck on the merged tables.
 */
import type { Duration } from '../normalize/types.js';
import type { RetentionEvent } from '../policy/types.js';

/** An inventory row as the report names it: where it is, what it declares. */
export interface DeclaredField {
  file: string;
  /** In a workbook, the sheet's row number. */
  line: number;
  system: string | null;
  table: string | null;
  field: string;
  /** The declared items: the category cell's item or group, else the field name's item; none for a category alone. */
  items: string[];
  category: string | null;
}

/**
 * How a column found its row: `name` (the names fold to the same text: `User_Mobile` = `user mobile`),
 * `synonym` (both names are synonyms of one item: `sfzh` = `身份证号` = `id_card_no`), `item` (the column's
 * name and the row's category name the same item, and no other column or row of the table does), or
 * `mapping` (the mapping file gives the column the item the row declares).
 */
export type MatchKind = 'name' | 'synonym' | 'item' | 'mapping';

/**
 * `declared`: a row declares it and the values agree; `contradicted`: the values contradict its row;
 * `undeclared`: it holds personal information and no row declares it; `empty`: declared, but no record
 * holds a value; `other`: neither declared nor holding personal information.
 */
export type ColumnStatus = 'declared' | 'contradicted' | 'undeclared' | 'empty' | 'other';

/** What the row claims about how values are kept, in the inventory's words. */
export type Protection = 'encrypted' | 'hashed' | 'encoded' | 'masked';

export type Contradiction =
  /** Declared encrypted, hashed, encoded or masked, but `clear` values are identifiers in clear. */
  | { kind: 'protection'; claims: Protection[]; declared: string; clear: number }
  /** Declared one item, holding another (by the values' detector). */
  | { kind: 'item'; found: string; count: number }
  /** Kept for `period` from `trigger`, but a record from `oldest` still holds a value: its period ended `deadline`. */
  | { kind: 'retention'; period: Duration; trigger: RetentionEvent; dateColumn: string; oldest: string; line: number; deadline: string };

export interface ColumnDeclaration {
  column: string;
  status: ColumnStatus;
  /** It holds personal information: its values say so (undeclared), or a row declares it and it holds values. */
  personal: boolean;
  match: MatchKind | null;
  declaration: DeclaredField | null;
  contradictions: Contradiction[];
}

export interface TableDeclarations {
  /** The inventory tables this export was matched to (system, table), none when the inventory does not list it. */
  tables: { system: string | null; table: string }[];
  /** One per column of the export, in its order. */
  columns: ColumnDeclaration[];
  /** Declared fields of the matched tables that the export has no column for. */
  missing: DeclaredField[];
}

/** An inventory table no exported table was matched to. */
export interface UnscannedTable {
  system: string | null;
  table: string;
  file: string;
  line: number;
  fields: number;
}
