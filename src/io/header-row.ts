/**
 * Where a table's header is when title rows may stand above it (`客户信息导出报表`, an export date):
 * one rule for Excel sheets (xlsx-table.ts) and delimited exports (load/exports/csv-probe.ts, csv.ts),
 * so a table reads the same whichever way it was saved.
 *
 * The non-empty rows are offered in order; the header is the first the caller's test takes among the
 * first MAX_ROWS_BEFORE_HEADER of them. When none does, the first stands in: a one-column table's
 * header, or the row a reader's error then names. Rows offered after a stand-in are records.
 */

/** Title rows above a header are a few; a table whose first rows hold no header has none. */
export const MAX_ROWS_BEFORE_HEADER = 30;

/** A header names its columns: two different values at least (a title line, or a title merged across the columns, holds one). */
export function hasTwoValues(cells: readonly string[]): boolean {
  let first: string | null = null;
  for (const c of cells) {
    const value = c.trim();
    if (value === '') continue;
    if (first === null) first = value;
    else if (value !== first) return true;
  }
  return false;
}

export interface HeaderPick<R> {
  header: R;
  /** False when no row passed the test and the first stands in. */
  found: boolean;
  /** Rows offered after a stand-in header: the table's first records (title rows above a found header are dropped). */
  after: R[];
}

export class HeaderSearch<R> {
  private readonly held: R[] = [];

  constructor(
    private readonly isHeader: (row: R) => boolean,
    /** Rows that are no part of the table (Excel's `sep=;` line): neither header nor record. */
    private readonly isNoRow: (row: R) => boolean = () => false,
  ) {}

  /** The next non-empty row: the pick once the header is known, else null (offer the next, or finish). */
  offer(row: R): HeaderPick<R> | null {
    if (this.isNoRow(row)) return null;
    if (this.isHeader(row)) return { header: row, found: true, after: [] };
    this.held.push(row);
    return this.held.length >= MAX_ROWS_BEFORE_HEADER ? this.finish() : null;
  }

  /** No more rows: the first one offered stands in (null when none was). */
  finish(): HeaderPick<R> | null {
    const [first, ...after] = this.held;
    return first === undefined ? null : { header: first, found: false, after };
  }
}
