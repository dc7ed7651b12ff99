/**
 * JUnit's share of the coverage (scan --inventory), on the testsuite of each exported file: its counts as
 * properties (`coverage.<table>.<count>`, for scripts and CI plugins) and, in <system-out> (what Jenkins
 * and GitLab show), every column's status, as the terminal report groups them.
 */
import type { CoverageTable } from '../../crosscheck/coverage.js';
import type { Lang, Report } from '../types.js';
import { columnLine, COUNT_KEYS, coverageWords, rowAt, tableTitle } from './coverage-text.js';

/** The coverage tables of one input file (a dump holds several). */
export function coverageTablesOf(report: Report, file: string): CoverageTable[] {
  return report.coverage?.tables.filter((t) => t.file === file) ?? [];
}

export function coverageProperties(tables: readonly CoverageTable[]): { name: string; value: string }[] {
  return tables.flatMap((t) => COUNT_KEYS.map((k) => ({ name: `coverage.${t.table}.${k}`, value: String(t.counts[k]) })));
}

export function coverageOut(tables: readonly CoverageTable[], lang: Lang): string | null {
  if (tables.length === 0) return null;
  const w = coverageWords(lang);
  const lines = [w.title];
  for (const t of tables) {
    lines.push(`${tableTitle(t, w)}: ${w.sentence(t.counts)}`);
    for (const c of t.columns) lines.push(`  ${w.name(c.column)}: ${columnLine(c, w)}`);
    for (const m of t.missing) lines.push(`  ${w.name(m.field)}: ${w.statuses.missing} (${rowAt(m)})`);
  }
  return lines.join('\n');
}
