/**
 * The coverage of a `scan --inventory` run, as every report format shows it: per exported table, how many
 * columns hold personal information, how many the inventory declares, how many of those the values
 * contradict, how many are undeclared, and how many declared fields are missing; every column with its
 * status, row and how it was matched. Computed once from the checked tables (index.ts); each format
 * only renders it. Names read from files are masked as finding subjects are (a headerless export's
 * "column names" are its first record).
 */
import type { ColumnStatus, Contradiction, DeclaredField, MatchKind, UnscannedTable } from './types.js';
import { maskIdentifiers } from '../detect/mask-identifiers.js';
import type { ExportFile } from '../scan/types.js';

export interface CoverageCounts {
  /** Columns of the export. */
  columns: number;
  /** Columns holding personal information: declared + undeclared. */
  personal: number;
  /** Columns an inventory row declares and that hold values (contradicted ones included): personal by the inventory's word. */
  declared: number;
  /** Declared columns whose values contradict their row. */
  contradicted: number;
  /** Columns holding personal information that no row declares. */
  undeclared: number;
  /** Declared fields the export lacks or leaves empty. */
  missing: number;
}

/** Where an inventory row is and what it names. */
export interface CoverageRow {
  file: string;
  line: number;
  system: string | null;
  table: string | null;
  field: string;
}

export interface CoverageColumn {
  column: string;
  item: string | null;
  personal: boolean;
  status: ColumnStatus;
  match: MatchKind | null;
  declaration: CoverageRow | null;
  /** What the values contradict: `protection`, `item`, `retention`. */
  contradictions: Contradiction['kind'][];
}

export interface CoverageTable {
  file: string;
  table: string;
  /** The inventory table it was matched to; null when the inventory has none of its name. */
  inventoryTable: { system: string | null; table: string } | null;
  counts: CoverageCounts;
  columns: CoverageColumn[];
  /** Declared fields the export has no column for (fields it leaves empty are columns with status `empty`). */
  missing: CoverageRow[];
}

export interface Coverage {
  /** The inventory files read, and their rows. */
  inventory: { file: string; records: number }[];
  summary: CoverageCounts & { tables: number };
  tables: CoverageTable[];
  /** Inventory tables no exported table matched. */
  unscanned: UnscannedTable[];
}

const COUNT_KEYS = ['columns', 'personal', 'declared', 'contradicted', 'undeclared', 'missing'] as const;

const mask = (s: string | null): string | null => (s === null ? null : maskIdentifiers(s));

function row(f: DeclaredField): CoverageRow {
  return { file: f.file, line: f.line, system: mask(f.system), table: mask(f.table), field: maskIdentifiers(f.field) };
}

function counts(columns: readonly CoverageColumn[], absent: number): CoverageCounts {
  const n = (status: ColumnStatus) => columns.filter((c) => c.status === status).length;
  return {
    columns: columns.length,
    personal: columns.filter((c) => c.personal).length,
    declared: n('declared') + n('contradicted'),
    contradicted: n('contradicted'),
    undeclared: n('undeclared'),
    missing: absent + n('empty'),
  };
}

function tableOf(e: ExportFile): CoverageTable | null {
  const d = e.declarations;
  if (!d) return null;
  const columns: CoverageColumn[] = e.columns.map((c, i) => {
    const x = d.columns[i]!;
    return {
      column: maskIdentifiers(c.name),
      item: c.item,
      personal: x.personal,
      status: x.status,
      match: x.match,
      declaration: x.declaration ? row(x.declaration) : null,
      contradictions: x.contradictions.map((k) => k.kind),
    };
  });
  const t = d.tables[0];
  return {
    file: e.file,
    table: maskIdentifiers(e.table),
    inventoryTable: t ? { system: mask(t.system), table: maskIdentifiers(t.table) } : null,
    counts: counts(columns, d.missing.length),
    columns,
    missing: d.missing.map(row),
  };
}

/** The coverage of the checked tables; null when none was checked (no --inventory). */
export function coverageOf(exports: readonly ExportFile[], unscanned: readonly UnscannedTable[], inventory: readonly { file: string; records: number }[]): Coverage | null {
  const tables = exports.map(tableOf).filter((t): t is CoverageTable => t !== null);
  if (tables.length === 0 && inventory.length === 0) return null;
  const summary = { tables: tables.length, ...Object.fromEntries(COUNT_KEYS.map((k) => [k, tables.reduce((sum, t) => sum + t.counts[k], 0)])) } as Coverage['summary'];
  return {
    inventory: inventory.map((i) => ({ file: i.file, records: i.records })),
    summary,
    tables,
    unscanned: unscanned.map((u) => ({ ...u, system: mask(u.system), table: maskIdentifiers(u.table) })),
  };
}
