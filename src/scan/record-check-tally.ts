/**
 * Tally pieces the record checks share: a count with the first rows, and how rows move when the tallies
 * of consecutive ranges are merged (merge.ts). Plain data only (record-check.ts).
 */
import { MAX_ROWS, note } from './column-counter.js';
import type { TableResult } from './types.js';

export interface CountTally {
  count: number;
  rows: number[];
}

export const newCount = (): CountTally => ({ count: 0, rows: [] });

export function countRecord(t: CountTally, line: number): void {
  t.count++;
  note(t.rows, line);
}

/** Rows of a later range appended after `target`'s, moved `offset` lines down, up to MAX_ROWS. */
export function mergeRows(target: number[], rows: readonly number[], offset: number): void {
  for (const r of rows) {
    if (target.length >= MAX_ROWS) return;
    target.push(r + offset);
  }
}

export const shiftRows = (rows: readonly number[], offset: number): number[] => rows.map((r) => r + offset);

export const shiftCount = (t: CountTally, offset: number): CountTally => ({ count: t.count, rows: shiftRows(t.rows, offset) });

export function mergeCount(into: CountTally, next: CountTally, offset: number): void {
  into.count += next.count;
  mergeRows(into.rows, next.rows, offset);
}

/** A count check's result: none when no record was counted, else one with the tally's count and first rows. */
export function countResult(ruleId: string, t: CountTally, r: Pick<TableResult, 'column' | 'item' | 'clause' | 'args' | 'key'>): TableResult[] {
  if (t.count === 0) return [];
  return [{ ruleId, column: r.column, item: r.item, count: t.count, rows: t.rows, clause: r.clause, evidence: null, args: r.args, ...(r.key === undefined ? {} : { key: r.key }) }];
}
