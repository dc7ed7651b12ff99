/**
 * What the main thread decides once per file (from the header, the first records, the mapping and the
 * packs) and hands to whoever tallies the records: plain data, so it crosses to worker threads as is.
 */
import type { DetectorId } from '../taxonomy/types.js';
import type { HashProbe } from './cell-form.js';

/** How the tally treats a column's cells. */
export type ColumnKind = 'pi' | 'free-text' | 'other';

export interface ColumnPlan {
  index: number;
  name: string;
  headerItem: string | null;
  valueItem: string | null;
  item: string | null;
  /** The detector a value must pass to count as this column's identifier (null: header-only item). */
  detector: DetectorId | null;
  /** Detectors tried first on each cell. */
  hint: DetectorId[];
  kind: ColumnKind;
  /** Most sampled values were hashes of this length and prefix (cell-form.ts: looksHashed). */
  hashProbe: HashProbe | null;
}

/** One retention rule applied to the records: those whose event date is on or before `cutoff` are overdue. */
export interface RetentionCheck {
  /** Position in ScanPlan.retention, and of its tally. */
  index: number;
  dateColumn: number;
  /** ≥ 0 when the date column only says when a row last changed: the status column must confirm the event. */
  statusColumn: number;
  /** Status words (folded) that mean the event happened. */
  statusWords: string[];
  /** Latest event day (YYYY-MM-DD) whose deadline is before --as-of. */
  cutoff: string;
  /** Columns whose plaintext means the record still holds the personal information the rule covers. */
  piColumns: number[];
}

export type BirthSource = 'resident-id' | 'birth-date' | 'age';

export interface MinorsCheck {
  source: BirthSource;
  column: number;
  /** People born after this day (YYYY-MM-DD) are younger than `age` on --as-of. */
  bornAfter: string;
  age: number;
  /** -1 when the table has no guardian-consent column. */
  consentColumn: number;
}

export interface ScanPlan {
  file: string;
  headerLine: number;
  width: number;
  columns: ColumnPlan[];
  retention: RetentionCheck[];
  minors: MinorsCheck | null;
  /** --sample: stop after this many records. */
  sample: number | null;
  /** Which plaintext values get the detector's full validation: 0 = all, else the sampledBy mask (cell-form.ts). */
  validateMask: number;
  /** Filled cells of non-personal columns and oldest records per date column (column-facts.ts, for scan --inventory). */
  facts?: import('./column-facts.js').FactsPlan;
}
