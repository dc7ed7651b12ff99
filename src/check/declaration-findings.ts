/** What the three `scan --inventory` rules share: their clauses and the words of their messages. */
import type { LoadedFile, Localized, RawFinding } from './types.js';
import type { ClauseRef } from '../policy/types.js';
import type { Subject } from '../report/types.js';
import type { ColumnProfile, ExportFile } from '../scan/types.js';
import type { Taxonomy } from '../taxonomy/types.js';
import { inBoth } from '../text/words/index.js';
import type { ColumnDeclaration, DeclaredField, Protection, TableDeclarations } from '../crosscheck/types.js';

/** PIPL Art. 51 (2): personal information managed by category, which an inventory is for. */
export const CLASSIFIED_MANAGEMENT: ClauseRef = { policy: 'PIPL', section: 'Art. 51', quote: '对个人信息实行分类管理' };

/** An exported table checked against an inventory. */
export type CheckedExport = ExportFile & { declarations: TableDeclarations };

/** The file, when it is an exported table that was checked against an inventory. */
export function declaredExport(file: LoadedFile): CheckedExport | null {
  return file.kind === 'export' && file.declarations ? (file as CheckedExport) : null;
}

/** Each column with its declaration, in column order. */
export function declaredColumns(e: CheckedExport): { c: ColumnProfile; d: ColumnDeclaration }[] {
  return e.columns.map((c, i) => ({ c, d: e.declarations.columns[i]! }));
}

/** `inventory.csv:7`: where the row is (a workbook's line is its sheet row). */
export function declaredAt(f: DeclaredField): string {
  return `${f.file}:${f.line}`;
}

/** The subject of a finding about a declared field of an exported table. */
export function fieldSubject(e: ExportFile, f: DeclaredField, column: string | null): Partial<Subject> {
  return { system: f.system, table: e.table, field: f.field, column };
}

/** `encrypted and masked`, `加密、脱敏`. */
export function claimsArg(claims: readonly Protection[]): Localized {
  return inBoth((w) => claims.map((c) => w.coverage.claims[c]).join(w.coverage.and));
}

/** What a row declares, by name: its items, else its category, in both languages. */
export function declaredName(f: DeclaredField, tx: Taxonomy): Localized {
  const names = f.items.map((i) => tx.item(i)).filter((x) => x !== undefined);
  if (names.length) return { en: names.map((n) => n.en).join(', '), zh: names.map((n) => n.zh).join('、') };
  const category = f.category ? tx.category(f.category) : undefined;
  return category ? { en: category.en, zh: category.zh } : { en: f.field, zh: f.field };
}

export function itemName(item: string, tx: Taxonomy): Localized {
  const it = tx.item(item);
  return it ? { en: it.en, zh: it.zh } : { en: item, zh: item };
}

/** A finding about a column of an exported table, at its header line. */
export function atHeader(e: ExportFile, rest: Omit<RawFinding, 'line'>): RawFinding {
  return { line: e.headerLine, ...rest };
}
