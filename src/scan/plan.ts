/**
 * What the main thread decides once per file (from the header, the first records, the mapping and the
 * packs) and hands to whoever tallies the records: plain data, so it crosses to worker threads as is.
 */
import type { DetectorId } from '../taxonomy/types.js';
import type { HashProbe } from './cell-form.js';
import type { ColumnProfile } from './types.js';

/** How the tally treats a column's cells. */
export type ColumnKind = ColumnProfile['kind'];

/** A column as classified (the profile reports the same fields); `detector`: the one a value must pass to count as its identifier (null: header-only item). */
export interface ColumnPlan extends Pick<ColumnProfile, 'index' | 'name' | 'headerItem' | 'valueItem' | 'item' | 'detector' | 'kind'> {
  /** Detectors tried first on each cell. */
  hint: DetectorId[];
  /** Most sampled values were hashes of this length and prefix (cell-form.ts: looksHashed). */
  hashProbe: HashProbe | null;
}

/** A planned record check as the tally needs it: the rule (its RecordCheck) and its plain-data check. */
export interface CheckPlan {
  rule: string;
  check: unknown;
}

export interface ScanPlan {
  file: string;
  headerLine: number;
  width: number;
  columns: ColumnPlan[];
  /** The record checks this table allows (record-checks.ts); none: the records are only counted. */
  checks: CheckPlan[];
  /** --sample: stop after this many records. */
  sample: number | null;
  /** Which plaintext values get the detector's full validation: 0 = all, else the sampledBy mask (cell-form.ts). */
  validateMask: number;
  /**
   * Per column: whether the tally reads its cells (a personal or free-text column, one with a role, or
   * every column when facts are counted). A reader may leave the others empty (TableSink.reads).
   */
  reads?: boolean[];
  /** Filled cells of non-personal columns and oldest records per date column (column-facts.ts, for scan --inventory). */
  facts?: import('./column-facts.js').FactsPlan;
}
