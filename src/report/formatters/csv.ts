/**
 * CSV for spreadsheets: one row per finding, UTF-8 with a BOM and CRLF so Excel opens Chinese text
 * correctly; the header row uses stable column ids (scripts read them) whatever the language.
 */
import { stringify } from 'csv-stringify/sync';
import { CSV_REPORT_COLUMNS, type Finding } from '../types.js';
import { coverageRecords } from './csv-coverage.js';
import type { Formatter } from './types.js';

export const CSV_COLUMNS = CSV_REPORT_COLUMNS;

type CsvRecord = Record<(typeof CSV_COLUMNS)[number], string>;

export const formatCsv: Formatter = (report, options) =>
  stringify([...report.findings.map(csvRecord), ...coverageRecords(report, options.lang).map(defused)], {
    bom: true,
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
  });

function csvRecord(finding: Finding): CsvRecord {
  const { subject, clause } = finding;
  const record: CsvRecord = {
    severity: finding.severity,
    ruleId: finding.ruleId,
    file: finding.file,
    line: String(finding.line),
    system: subject.system ?? '',
    table: subject.table ?? '',
    field: subject.field ?? '',
    sdk: subject.sdk ?? '',
    platform: subject.platform ?? '',
    column: subject.column ?? '',
    item: finding.item ?? '',
    count: String(finding.count),
    rows: finding.rows.join(' '),
    evidence: finding.evidence ?? '',
    message: finding.message,
    policy: clause.policy,
    section: clause.section,
    quote: clause.quote,
    fingerprint: finding.fingerprint,
  };
  return defused(record);
}

function defused(record: CsvRecord): CsvRecord {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, defuseFormula(value)])) as CsvRecord;
}

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab/CR) as a formula (OWASP "CSV injection");
 * a leading apostrophe makes it text. Numbers we wrote ourselves never start that way.
 */
export function defuseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
