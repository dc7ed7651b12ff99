/** What a scan of one exported table yields for the rules (owned by the scan engineer; extend freely). */
import type { DetectorId } from '../taxonomy/types.js';
import type { ClauseRef } from '../policy/types.js';
import type { ExportFormat, ReadProblem } from '../load/exports/types.js';

export interface ColumnProfile {
  index: number;
  name: string;
  /** Item suggested by the header (taxonomy synonyms or the mapping file). */
  headerItem: string | null;
  /** Item suggested by the values (detectors), when enough of them matched (classify.ts: VALUE_SHARE of the sample). */
  valueItem: string | null;
  /** The item the rules use. */
  item: string | null;
  detector: DetectorId | null;
  /** `pi`: values counted one by one; `free-text`: searched for identifiers; `other`: not personal information. */
  kind: 'pi' | 'free-text' | 'other';
  /** The column's part in record checks, e.g. `event-date:account-cancellation`, `status`, `guardian-consent`. */
  role: string | null;
  nonEmpty: number;
  /**
   * Values of the column's item: masked and hashed ones, plus the plaintext ones in the proportion that
   * passed the detector's validation sample (all of them for an item known by header only); for free
   * text, the values holding an identifier.
   */
  matched: number;
  /** matched / nonEmpty, three decimals (0 when empty). */
  share: number;
  /**
   * Values in clear, counted one by one: neither masked nor hashed, and shaped like the detector's
   * values (so `-` or `N/A` in a phone column is not counted); for free text, values holding an identifier.
   */
  plain: number;
  masked: number;
  hashed: number;
  /** Plaintext values run through the detector's full validation (one in 32, chosen by the value, so the same every run), and how many passed. */
  checked: number;
  valid: number;
  /** First affected physical lines (plaintext values), at most 10. */
  rows: number[];
  /** A masked sample: the first plaintext value masked, else the first masked value. Never a whole value. */
  evidence: string | null;
  /** Per date column of the table, the oldest record holding a value here (column-facts.ts); absent when none. */
  oldest?: OldestRecord[];
}

export interface OldestRecord {
  /** The date column, and its role (`event-date:collection`, `updated-date`…). */
  column: string;
  role: string;
  /** YYYY-MM-DD, and the line of that record. */
  day: string;
  line: number;
}

export type LocalizedArg = { en: string; zh: string };

export interface TableResult {
  ruleId: string;
  column: string;
  item: string | null;
  count: number;
  rows: number[];
  clause: ClauseRef | null;
  /** Masked, like every evidence. */
  evidence: string | null;
  args: Record<string, string | number | LocalizedArg>;
  /** Deadline rules: how late the records were (the finding carries it to the report). */
  lateness?: import('../report/types.js').Lateness;
  /** What tells this result from the rule's others on the same column (RawFinding.key): a deadline, a retention rule. */
  key?: string;
}

export interface ExportFile {
  kind: 'export';
  file: string;
  /** How the file was read (load/exports/registry.ts). */
  format: ExportFormat;
  headerLine: number;
  table: string;
  records: number;
  /** Records whose number of fields differs from the header's (counted, not fatal). */
  ragged: number;
  raggedRows: number[];
  encoding: string;
  delimiter: string;
  /** --sample: only the first `sampled` records were read. */
  sampled: number | null;
  columns: ColumnProfile[];
  /** What the reader could not read (a statement, a JSON line, a row group): counted, the rest was scanned. */
  problems: ReadProblem[];
  /**
   * Most of the first records hold values past the header's last column (a title line or a data record
   * taken for the header, a header short of columns): those values are not scanned. The first such
   * record's line and number of fields, and the header's; absent when the records fit the header.
   */
  widerRecords?: { line: number; fields: number; columns: number };
  /** Record-level results aggregated per column: free text hits, retention, minors. */
  results: TableResult[];
  /** Years whose working days the deadline checks counted as plain weekdays (outside the holiday calendar), sorted; absent when none. */
  calendarGaps?: string[];
  /** With `scan --inventory`: each column matched to its inventory row (set after the scan by src/crosscheck). */
  declarations?: import('../crosscheck/types.js').TableDeclarations;
}
