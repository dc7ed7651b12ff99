/**
 * The terminal report's coverage block (scan --inventory): per exported table, its inventory table and
 * counts, then its columns grouped by status, each group on one line; the inventory tables no export
 * matched; the total. Empty when the report has no coverage.
 */
import type { ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import type { CoverageTable } from '../../crosscheck/coverage.js';
import type { Report } from '../types.js';
import { columnsByStatus, coverageWords, nameList, tableTitle, unscannedText, type CoverageWords, type ShownStatus } from './coverage-text.js';
import type { Lang } from '../types.js';

const COLOR: Record<ShownStatus, 'green' | 'red' | 'yellow' | 'blue' | 'dim'> = {
  declared: 'green',
  contradicted: 'red',
  undeclared: 'red',
  empty: 'blue',
  missing: 'blue',
  other: 'dim',
};

export function coverageLines(report: Report, lang: Lang, c: ChalkInstance): string[] {
  const cov = report.coverage;
  if (!cov) return [];
  const w = coverageWords(lang);
  const inventory = cov.inventory.map((i) => i.file).join(', ');
  const out = [`${c.bold(w.title)} — ${inventory}`];
  for (const t of cov.tables) out.push(...tableLines(t, w, c));
  if (cov.unscanned.length) out.push(`  ${w.unscanned}: ${unscannedText(cov.unscanned, w)}`);
  out.push(`  ${c.bold(w.total)}: ${w.sentence(cov.summary)}`, '');
  return out;
}

function tableLines(t: CoverageTable, w: CoverageWords, c: ChalkInstance): string[] {
  const groups = columnsByStatus(t);
  const labels = groups.map((g) => w.statuses[g.status]);
  const width = Math.max(0, ...labels.map((l) => stringWidth(l)));
  const contradicted = new Map(t.columns.filter((x) => x.contradictions.length).map((x) => [x.column, x.contradictions.map((k) => w.contradictions[k]).join(w.separator)]));
  const named = (status: ShownStatus, names: string[]) => (status === 'contradicted' ? names.map((n) => `${w.name(n)} (${contradicted.get(n)})`).join(w.separator) : nameList(names, w));
  const lines = [`  ${c.underline(tableTitle(t, w))}  ${c.dim(t.file)}`, `    ${w.sentence(t.counts)}`];
  groups.forEach((g, i) => {
    lines.push(`    ${c[COLOR[g.status]](labels[i]!)}${' '.repeat(width - stringWidth(labels[i]!))}  ${named(g.status, g.names)}`);
  });
  return lines;
}
