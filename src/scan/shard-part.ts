/**
 * What `scan --shard i/N` writes and `privaudit merge` reads: plain JSON, so parts cross machines. A
 * part holds tallies, not findings: findings depend on the whole table (shares, first rows, counts).
 */
import type { ReadProblem } from '../load/exports/types.js';
import type { PlannedTable } from './table-plan.js';
import type { RangeTallyResult } from './tally.js';
import type { ExportFile } from './types.js';

export const SHARD_FORMAT = 1;

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

export interface Unit {
  id: number;
  file: string;
  /** One of `count` byte ranges of a large plain CSV, or spans of a Parquet file's row groups; null for the whole file. */
  range: { index: number; count: number } | null;
  bytes: number;
}

/** The options of the scan that decide its report, as resolved on the shard (merge reuses them). */
export interface ShardRun {
  policy: string[] | null;
  config: string | null;
  asOf: string;
  lang: 'en' | 'zh';
  failOn: string | null;
  baseline: string | null;
  waivers: string | null;
  inventory: string[];
  /** The mapping file: the inventory check reads it again at the merge. */
  mapping: string | null;
  sample: number | null;
}

export type UnitResult =
  | { id: number; file: string; kind: 'tables'; tables: ExportFile[] }
  | {
      id: number;
      file: string;
      kind: 'range';
      range: { index: number; count: number };
      covers: number;
      planned?: PlannedTable;
      tally?: RangeTallyResult;
      lines?: number;
      /** A part of a reader (row groups): what it could not read. */
      problems?: ReadProblem[];
      problemCount?: number;
    }
  | { id: number; file: string; kind: 'range'; range: { index: number; count: number }; error: { message: string; where: unknown; hint: string | null } };

export interface ShardPart {
  privauditShard: typeof SHARD_FORMAT;
  tool: { name: string; version: string };
  shard: ShardSpec;
  run: ShardRun;
  /** Every input file of the whole scan, in order: the merge checks that the parts cover them all. */
  files: string[];
  unitCount: number;
  units: UnitResult[];
}
