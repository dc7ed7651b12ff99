/**
 * The tallies of the deadline checks, plain data (record-check.ts): per deadline, the records past it
 * (answered late, or still open on --as-of), the first rows, the worst lateness, how the lateness is
 * spread, and the first such record as evidence; per date column, the cells that are not dates.
 */
import { maskIdentifiers } from '../../detect/mask-identifiers.js';
import { note } from '../column-counter.js';
import { mergeRows, shiftRows } from '../record-check-tally.js';

/** Upper bounds (days, inclusive) of the lateness buckets; the last bucket has none. */
export const LATENESS_BOUNDS = [0, 1, 3, 7, 14, 30, 90, 365] as const;

export interface LateTally {
  /** Records past the deadline, late or still open. */
  count: number;
  /** Of them, still open on --as-of (no reply, no approval, no deletion, no notice yet). */
  open: number;
  rows: number[];
  /** Days past the deadline, the most of any record. */
  worst: number;
  /** Records per lateness bucket (LATENESS_BOUNDS, then one more for longer). */
  buckets: number[];
  /** The first record's dates (never a personal value: see note()); null when none. */
  evidence: string | null;
}

export interface UnreadTally {
  /** Cells of the column that are neither empty nor a date (day.ts). */
  count: number;
  rows: number[];
  /** The first such cell, identifiers in it masked. */
  evidence: string | null;
}

export const newLate = (): LateTally => ({ count: 0, open: 0, rows: [], worst: 0, buckets: LATENESS_BOUNDS.map(() => 0).concat(0), evidence: null });
export const newUnread = (): UnreadTally => ({ count: 0, rows: [], evidence: null });

function bucketOf(days: number): number {
  let b = 0;
  while (b < LATENESS_BOUNDS.length && days > LATENESS_BOUNDS[b]!) b++;
  return b;
}

/**
 * A record `days` past its deadline. True when the tally has no evidence yet: the caller then writes the
 * record's (so its text is built once, not per late record).
 */
export function noteLate(t: LateTally, line: number, days: number, open: boolean): boolean {
  t.count++;
  if (open) t.open++;
  note(t.rows, line);
  if (days > t.worst) t.worst = days;
  t.buckets[bucketOf(days)]!++;
  return t.evidence === null;
}

const EVIDENCE_CHARS = 40;

export function noteUnread(t: UnreadTally, line: number, cell: string): void {
  t.count++;
  note(t.rows, line);
  if (t.evidence === null) {
    const text = cell.trim();
    t.evidence = maskIdentifiers(text.length > EVIDENCE_CHARS ? `${text.slice(0, EVIDENCE_CHARS)}…` : text);
  }
}

export const shiftLate = (t: LateTally, offset: number): LateTally => ({ ...t, rows: shiftRows(t.rows, offset), buckets: [...t.buckets] });

export function mergeLate(into: LateTally, next: LateTally, offset: number): void {
  into.count += next.count;
  into.open += next.open;
  mergeRows(into.rows, next.rows, offset);
  into.worst = Math.max(into.worst, next.worst);
  next.buckets.forEach((n, i) => (into.buckets[i]! += n));
  into.evidence ??= next.evidence;
}

export const shiftUnread = (t: UnreadTally, offset: number): UnreadTally => ({ ...t, rows: shiftRows(t.rows, offset) });

export function mergeUnread(into: UnreadTally, next: UnreadTally, offset: number): void {
  into.count += next.count;
  mergeRows(into.rows, next.rows, offset);
  into.evidence ??= next.evidence;
}

/** The tally of a deadline check: per deadline it applies, and per date column it reads. */
export interface DeadlineTally {
  late: LateTally[];
  unread: UnreadTally[];
  /** Years (`YYYY`, sorted) whose working days were counted as plain weekdays: the holiday calendar does not cover them. Absent from parts written before it existed. */
  calendarGaps?: string[];
}

export const newDeadlineTally = (deadlines: number, dateColumns: number): DeadlineTally => ({
  late: Array.from({ length: deadlines }, newLate),
  unread: Array.from({ length: dateColumns }, newUnread),
  calendarGaps: [],
});

export const shiftDeadlineTally = (t: DeadlineTally, offset: number): DeadlineTally => ({
  late: t.late.map((l) => shiftLate(l, offset)),
  unread: t.unread.map((u) => shiftUnread(u, offset)),
  calendarGaps: [...(t.calendarGaps ?? [])],
});

export function mergeDeadlineTally(into: DeadlineTally, next: DeadlineTally, offset: number): void {
  next.late.forEach((l, i) => mergeLate(into.late[i]!, l, offset));
  next.unread.forEach((u, i) => mergeUnread(into.unread[i]!, u, offset));
  into.calendarGaps = [...new Set([...(into.calendarGaps ?? []), ...(next.calendarGaps ?? [])])].sort();
}
