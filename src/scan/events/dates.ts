/**
 * What the deadline checks share: reading a record's date cells (an empty cell is no date, a cell that
 * is not a date is counted for its column and never guessed), the evidence of a late record, and the
 * columns a table's roles name.
 */
import { formatDay } from '../../calendar/date.js';
import { isNotStatedCell } from '../../text/blank.js';
import { readDate, READ } from '../day.js';
import type { ColumnRole, LogRole } from '../roles.js';
import type { RetentionEvent } from '../../policy/types.js';
import { noteUnread, type UnreadTally } from './late.js';

/** The cell is empty (or the record is short): the event has not happened, or is not recorded. */
export const NO_DATE = -2e9;
/** The cell is not a date (counted as unreadable). */
export const BAD_DATE = -3e9;

/** The column of the first role of this kind (a log role, or the date of a retention event), or -1. */
export function roleColumn(roles: readonly ColumnRole[], kind: LogRole | RetentionEvent | 'status'): number {
  return roles.findIndex((r) => r.kind === kind || (r.kind === 'event-date' && r.event === kind));
}

/**
 * The day in `cells[column]` (and READ.second its second, -1 without a time); NO_DATE when the cell
 * records nothing (empty, N/A, `-`, NULL: SPEC decision 13); BAD_DATE, noted in `unread`, when not a date.
 */
export function dateIn(cells: readonly string[], column: number, unread: UnreadTally, line: number): number {
  const cell = column < 0 ? undefined : cells[column];
  if (cell === undefined || cell.length === 0) return NO_DATE;
  return readDate(cell) ? READ.day : notADate(cell, unread, line);
}

/** Out of line: the per-record path above stays small enough to inline. */
function notADate(cell: string, unread: UnreadTally, line: number): number {
  if (isNotStatedCell(cell)) return NO_DATE;
  noteUnread(unread, line, cell);
  return BAD_DATE;
}

/** `2026-09-30 → 2026-10-13 (≤ 2026-10-10)`: when the clock started, when the thing was done (… still open), its deadline. */
export function lateEvidence(start: number, done: number | null, due: number): string {
  return `${formatDay(start)} → ${done === null ? '…' : formatDay(done)} (≤ ${formatDay(due)})`;
}
