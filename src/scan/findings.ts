/** Turning a scanned table's results and column profiles into rule findings (the scan rules share these). */
import type { RawFinding } from '../check/types.js';
import type { LoadedFile } from '../load/types.js';
import { inBoth } from '../text/words/index.js';
import type { ColumnProfile, ExportFile } from './types.js';

/** "1 record" / "3 records" / "3 条记录": a count of the records or values a finding is about (words: counts). */
export const recordsArg = (n: number): { en: string; zh: string } => inBoth((w) => w.counts.records(n));
export const valuesArg = (n: number): { en: string; zh: string } => inBoth((w) => w.counts.values(n));

/** A count of things a rule names in its own words: "1 minor" / "3 minors" / "3 名未成年人". */
export function countArg(n: number, one: string, many: string, zhUnit: string): { en: string; zh: string } {
  return { en: `${n} ${n === 1 ? one : many}`, zh: `${n} ${zhUnit}` };
}

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
