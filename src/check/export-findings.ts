/** Turning a scanned table's results and column profiles into rule findings (the scan rules share these). */
import type { LoadedFile, RawFinding } from './types.js';
import type { ColumnProfile, ExportFile } from '../scan/types.js';
import { recordsArg, valuesArg } from '../text/counts.js';

/** The export files among loaded inputs. */
export function asExport(file: LoadedFile): ExportFile | null {
  return file.kind === 'export' ? file : null;
}

/**
 * One finding per table-level result of the rule, at the header line (the table is the subject; the
 * affected records are in count and rows). Evidence is already masked.
 */
export function resultFindings(file: LoadedFile, ruleId: string): RawFinding[] {
  const e = asExport(file);
  if (!e) return [];
  return e.results
    .filter((r) => r.ruleId === ruleId)
    .map((r) => ({
      line: e.headerLine,
      subject: { table: e.table, column: r.column },
      item: r.item,
      count: r.count,
      rows: r.rows,
      evidence: r.evidence,
      ...(r.clause ? { clause: r.clause } : {}),
      ...(r.key === undefined ? {} : { key: r.key }),
      args: { table: e.table, column: r.column, count: r.count, records: recordsArg(r.count), ...r.args },
    }));
}

/** A finding about a whole column (count and rows of its plaintext values). */
export function columnFinding(e: ExportFile, c: ColumnProfile, args: RawFinding['args'] = {}): RawFinding {
  return {
    line: e.headerLine,
    subject: { table: e.table, column: c.name },
    item: c.item,
    count: c.plain,
    rows: c.rows,
    evidence: c.evidence,
    args: { table: e.table, column: c.name, count: c.plain, values: valuesArg(c.plain), ...args },
  };
}
