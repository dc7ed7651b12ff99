/**
 * The scan part of a record-level rule: how its rule file (src/check/rules/<id>.scan.ts) tells the
 * engine what to check in each record of a table, without the engine naming the rule.
 *
 *   plan    once per table, on the main thread: from the columns, their roles, the packs, --as-of and
 *           the calendar, the checks this table allows (none when it lacks the columns);
 *   counter per byte range, in whichever thread reads it: fed the range's records batch by batch, it
 *           gives the range's tally;
 *   shift / merge   the tallies of consecutive ranges added up in file order (a range's lines are
 *           relative to it: the lines before it move its rows down);
 *   build   the merged tally → the table's results (TableResult), which the rule's check() reports.
 *
 * What crosses threads and machines is plain JSON data: a planned check, a tally (a sharded scan
 * writes tallies to a file and merges them elsewhere). No Map, Set, typed array, function or class
 * instance in them; a counter keeps its lookup tables to itself.
 */
import type { WorkCalendar } from '../calendar/types.js';
import type { Policy } from '../policy/policy.js';
import type { Taxonomy } from '../taxonomy/types.js';
import type { ColumnPlan } from './plan.js';
import type { ColumnRole } from './roles.js';
import type { TableResult } from './types.js';

/** What a check may look at when it is planned. */
export interface PlanContext {
  table: string;
  columns: readonly ColumnPlan[];
  roles: readonly ColumnRole[];
  policy: Policy;
  calendar: WorkCalendar;
  /** YYYY-MM-DD. */
  asOf: string;
  /** Rules the config turns off: their checks are not planned, and no other check leaves records to them. */
  rulesOff?: ReadonlySet<string>;
}

/** A batch of records as the tally hands it to every counter (reused between batches: read, do not keep). */
export interface RecordBatch {
  records: string[][];
  /** The records to count: indexes into `records` (header, blank records and --sample's excess left out). */
  sel: Int32Array;
  n: number;
  /** `lines[sel[k]]`: the line (relative to the range) where the k-th selected record starts. */
  lines: Int32Array;
  /** `plain[column][k] === 1`: the k-th selected record's cell held a plaintext identifier (personal-information columns). */
  plain: Uint8Array[];
}

export interface RecordCounter<T> {
  add(batch: RecordBatch): void;
  /** The range's tally, plain data. */
  result(): T;
}

/** One check a table allows: plain data, so it goes to the workers (`check`) and into shard parts (both). */
export interface PlannedCheck<C = unknown, R = unknown> {
  /** The rule whose RecordCheck made it (record-checks.ts finds it again by this id). */
  rule: string;
  /** What the counter needs per record. */
  check: C;
  /** What build needs besides the tally (clause, periods as labels): stays on the main thread. */
  report: R;
}

export interface BuildContext {
  table: string;
  columns: readonly ColumnPlan[];
  taxonomy: Taxonomy;
}

export interface RecordCheck<C = unknown, R = unknown, T = unknown> {
  /** The rule id: its findings are the results build gives under this id. */
  readonly rule: string;
  plan(ctx: PlanContext): { check: C; report: R }[];
  counter(check: C): RecordCounter<T>;
  /** A copy of the first range's tally with its rows `offset` lines down. */
  shift(tally: T, offset: number): T;
  /** `next` (the range after `into`'s ranges) added into `into`; its rows `offset` lines down. */
  merge(into: T, next: T, offset: number): void;
  build(check: C, report: R, tally: T, ctx: BuildContext): TableResult[];
  /** Years whose working days the tally counted as plain weekdays (the holiday calendar does not cover them): warned about. */
  calendarGaps?(tally: T): readonly string[];
}

/** Any rule's check, as the engine holds them in one list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRecordCheck = RecordCheck<any, any, any>;
