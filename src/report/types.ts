/** The one Report object every formatter reads (JSON shape = SPEC.md, schema version 1). */
import type { ClauseRef } from '../policy/types.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * The header row of the CSV report (stable ids whatever the language: scripts read them). Here, not in
 * the formatter, because `audit` tells an old report in a folder by it and skips it (load/index.ts).
 */
export const CSV_REPORT_COLUMNS = [
  'severity',
  'ruleId',
  'file',
  'line',
  'system',
  'table',
  'field',
  'sdk',
  'platform',
  'column',
  'item',
  'count',
  'rows',
  'evidence',
  'message',
  'policy',
  'section',
  'quote',
  'fingerprint',
] as const;
export type Lang = 'zh' | 'en';

export interface Subject {
  system: string | null;
  table: string | null;
  field: string | null;
  sdk: string | null;
  platform: string | null;
  column: string | null;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  /**
   * 1-based, where the reader knows it: the cell's column (a CSV field's number, a workbook cell's sheet
   * column) or a YAML node's. Absent for findings about a whole row, column or table.
   */
  column?: number;
  subject: Subject;
  item: string | null;
  clause: ClauseRef;
  /** Always masked: never a whole personal value. */
  evidence: string | null;
  count: number;
  rows: number[];
  fingerprint: string;
  /** Deadline findings (scan): how late their records were; absent on every other finding. */
  lateness?: Lateness;
}

/** Days past a deadline (request replies, cancellations, notices, opt-outs, dormancy). */
export interface Lateness {
  /** The most days past the deadline of any record (0: the same day, e.g. a message sent hours after an opt-out). */
  worst: number;
  /** Records still open on asOf: no reply, approval, deletion or notice yet (part of the finding's count). */
  open: number;
  /** Records per range of days late, ranges without records left out; `to` null: no upper bound. */
  histogram: { from: number; to: number | null; count: number }[];
}

export type InputKind = 'inventory' | 'sdk' | 'export';

export interface InputSummary {
  file: string;
  kind: InputKind;
  records: number;
}

export interface PolicySummary {
  id: string;
  title: string;
  version: string;
  language: Lang;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'privaudit'; version: string };
  policies: PolicySummary[];
  asOf: string;
  inputs: InputSummary[];
  summary: { error: number; warning: number; info: number; suppressed: number };
  findings: Finding[];
  /** Only with `scan --inventory`: the exported columns against the inventory's rows (crosscheck/coverage.ts). */
  // layer: a type only; coverage's shape is defined beside the code that computes it
  coverage?: import('../crosscheck/coverage.js').Coverage;
}
