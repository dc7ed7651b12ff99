/**
 * The coverage of `scan --inventory` (crosscheck/coverage.ts) in words: the pieces every people-facing format
 * renders its own way (pretty, markdown, html, junit, github, csv), so they all say the same thing.
 */
import { wordsFor, type Words } from '../../text/words/index.js';
import type { CoverageColumn, CoverageCounts, CoverageRow, CoverageTable } from '../../crosscheck/coverage.js';
import type { Lang, Report } from '../types.js';

export type CoverageWords = Words['coverage'];

export function coverageWords(lang: Lang): CoverageWords {
  return wordsFor(lang).coverage;
}

/** The count columns, in the order every format shows them. */
export const COUNT_KEYS: readonly (keyof CoverageCounts)[] = ['columns', 'personal', 'declared', 'contradicted', 'undeclared', 'missing'];

/** Column statuses in the order tables and matrices list them (the worst first after declared). */
export const STATUS_ORDER = ['declared', 'contradicted', 'undeclared', 'empty', 'missing', 'other'] as const;
export type ShownStatus = (typeof STATUS_ORDER)[number];

/** `crm.users`, `users`. */
export function inventoryTableName(t: CoverageTable['inventoryTable']): string {
  return t ? [t.system, t.table].filter(Boolean).join('.') : '';
}

/** `users ← crm.users`, or `users (not in the inventory)`; in Chinese text the names are quoted. */
export function tableTitle(t: CoverageTable, w: CoverageWords): string {
  return t.inventoryTable ? `${w.name(t.table)} ← ${w.name(inventoryTableName(t.inventoryTable))}` : `${w.name(t.table)} (${w.notListed})`;
}

/** Names from the user's data as a list in a sentence: `mobile, real_name`; `「mobile」、「real_name」`. */
export function nameList(names: readonly string[], w: CoverageWords): string {
  return names.map(w.name).join(w.separator);
}

/** The inventory tables no export matched: `crm.coupons (2 fields)`. */
export function unscannedText(unscanned: readonly { system: string | null; table: string; fields: number }[], w: CoverageWords): string {
  return unscanned.map((u) => `${w.name(inventoryTableName(u))} (${w.fields(u.fields)})`).join(w.separator);
}

/** `inventory.csv:7`. */
export function rowAt(r: CoverageRow | null): string {
  return r ? `${r.file}:${r.line}` : '';
}

/** `contradicted: in clear, kept too long`, `declared`, `declared, empty`. */
export function statusText(c: CoverageColumn, w: CoverageWords): string {
  const status = w.statuses[c.status];
  return c.contradictions.length ? `${status}: ${c.contradictions.map((k) => w.contradictions[k]).join(w.separator)}` : status;
}

/** How the row was found, and where it is: `same name, inventory.csv:7`. */
export function matchText(c: CoverageColumn, w: CoverageWords): string {
  return c.match ? `${w.matches[c.match]}, ${rowAt(c.declaration)}` : '';
}

/** A column's status with what explains it, on one line: `contradicted: in clear (same name, inventory.csv:7)`. */
export function columnLine(c: CoverageColumn, w: CoverageWords): string {
  const how = matchText(c, w);
  return how ? `${statusText(c, w)} (${how})` : statusText(c, w);
}

/** The names of the table's columns of a status (`missing`: the declared fields the export lacks). */
export function namesOf(t: CoverageTable, status: ShownStatus): string[] {
  return status === 'missing' ? t.missing.map((m) => m.field) : t.columns.filter((c) => c.status === status).map((c) => c.column);
}

/** The table's columns by status, statuses in STATUS_ORDER, those without columns left out. */
export function columnsByStatus(t: CoverageTable): { status: ShownStatus; names: string[] }[] {
  return STATUS_ORDER.map((status) => ({ status, names: namesOf(t, status) })).filter((g) => g.names.length > 0);
}

/** One line per table and one for the total: `users ← crm.users: 6 personal columns: …; undeclared: ad_id`. */
export function coverageSummaries(report: Report, lang: Lang): string[] {
  const cov = report.coverage;
  if (!cov) return [];
  const w = coverageWords(lang);
  const lines = cov.tables.map((t) => {
    const worst = columnsByStatus(t).filter((g) => g.status !== 'declared' && g.status !== 'other');
    return [`${tableTitle(t, w)}: ${w.sentence(t.counts)}`, ...worst.map((g) => `${w.statuses[g.status]}: ${nameList(g.names, w)}`)].join('; ');
  });
  lines.push(`${w.total}: ${w.sentence(cov.summary)}`);
  return lines;
}
