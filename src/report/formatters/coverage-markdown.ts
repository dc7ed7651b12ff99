/**
 * The Markdown report's coverage section (scan --inventory): the counts per table and in total, then one
 * table per exported table with every column (status, how it was matched, where it is declared) and the
 * declared fields it lacks. markdown.ts hands over its table and escaping, so both look alike.
 */
import { wordsFor } from '../../text/words/index.js';
import type { CoverageTable } from '../../crosscheck/coverage.js';
import type { Lang, Report } from '../types.js';
import { COUNT_KEYS, coverageWords, inventoryTableName, rowAt, statusText, tableTitle, unscannedText, type CoverageWords } from './coverage-text.js';

export type MarkdownTable = (header: string[], rows: string[][], align?: string[]) => string;

export function coverageMarkdown(report: Report, lang: Lang, table: MarkdownTable, escape: (text: string) => string): string[] {
  const cov = report.coverage;
  if (!cov) return [];
  const w = coverageWords(lang);
  const counts = cov.tables.map((t) => [t.table, inventoryTableName(t.inventoryTable) || w.notListed, ...COUNT_KEYS.map((k) => String(t.counts[k]))]);
  counts.push([w.total, '', ...COUNT_KEYS.map((k) => String(cov.summary[k]))]);
  const blocks = [
    `## ${escape(w.title)}`,
    `${escape(w.inventory)}: ${cov.inventory.map((i) => escape(i.file)).join(', ')}`,
    table([w.table, w.inventoryTable, ...COUNT_KEYS.map((k) => w.counts[k])], counts, ['---', '---', ...COUNT_KEYS.map(() => '---:')]),
  ];
  const item = wordsFor(lang).report.item;
  for (const t of cov.tables) blocks.push(`### ${escape(tableTitle(t, w))}`, columnTable(t, w, item, table));
  if (cov.unscanned.length) blocks.push(`${escape(w.unscanned)}: ${escape(unscannedText(cov.unscanned, w))}`);
  return blocks;
}

function columnTable(t: CoverageTable, w: CoverageWords, item: string, table: MarkdownTable): string {
  const rows = t.columns.map((c) => [c.column, c.item ?? '', statusText(c, w), c.match ? w.matches[c.match] : '', rowAt(c.declaration)]);
  for (const m of t.missing) rows.push([m.field, '', w.statuses.missing, '', rowAt(m)]);
  return table([w.column, item, w.status, w.matchedBy, w.declaredAt], rows);
}
