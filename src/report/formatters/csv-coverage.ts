/**
 * CSV's share of the coverage (scan --inventory): after the findings, one row per exported column and per
 * declared field the export lacks, in the findings' columns: `ruleId` is `coverage:<status>` (declared,
 * contradicted, undeclared, empty, other, missing) with an empty severity, so a spreadsheet filter or a
 * script tells them from findings; `message` says the status, how the row was matched and where it is.
 */
import type { Report } from '../types.js';
import { columnLine, coverageWords, rowAt } from './coverage-text.js';
import type { CSV_COLUMNS } from './csv.js';

type CsvRecord = Record<(typeof CSV_COLUMNS)[number], string>;

const BLANK: CsvRecord = {
  severity: '', ruleId: '', file: '', line: '', system: '', table: '', field: '', sdk: '', platform: '', column: '',
  item: '', count: '', rows: '', evidence: '', message: '', policy: '', section: '', quote: '', fingerprint: '',
};

export function coverageRecords(report: Report, lang: 'en' | 'zh'): CsvRecord[] {
  const cov = report.coverage;
  if (!cov) return [];
  const w = coverageWords(lang);
  return cov.tables.flatMap((t) => [
    ...t.columns.map((c) => ({
      ...BLANK,
      ruleId: `coverage:${c.status}`,
      file: t.file,
      system: c.declaration?.system ?? t.inventoryTable?.system ?? '',
      table: t.table,
      field: c.declaration?.field ?? '',
      column: c.column,
      item: c.item ?? '',
      message: columnLine(c, w),
    })),
    ...t.missing.map((m) => ({ ...BLANK, ruleId: 'coverage:missing', file: t.file, system: m.system ?? '', table: t.table, field: m.field, message: `${w.statuses.missing} (${rowAt(m)})` })),
  ]);
}
