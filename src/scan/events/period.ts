/**
 * Deadlines per record: the day a period starting on a given day ends, on the State Council calendar
 * for working days (make-up working weekends included), calendar arithmetic otherwise. A log holds few
 * distinct days, so each is worked out once per counter and remembered.
 *
 * A counter may run in a worker thread, where the main thread's calendar cannot go (it is not plain
 * data): each thread builds its own from the same holiday data (src/calendar), so every thread gives
 * the same days.
 */
import { createCalendar, type PrcCalendar } from '../../calendar/calendar.js';
import { dayNumber, formatDay } from '../../calendar/date.js';
import { addDuration } from '../../normalize/duration.js';
import { boundedMemo } from '../../normalize/memo.js';
import type { Duration } from '../../normalize/types.js';

let threadCalendar: PrcCalendar | null = null;
let threadCoverage: { from: number; to: number } | null = null;

const yearOfDay = (day: number): number => Number(formatDay(day).slice(0, 4));

function calendar(): PrcCalendar {
  return (threadCalendar ??= createCalendar());
}

/** The calendar's years, worked out once per thread (coverage() spreads its year set each call). */
function coverage(): { from: number; to: number } {
  return (threadCoverage ??= calendar().coverage());
}

/** Start days remembered per period, direct-mapped by the day's low bits (a log's days mostly fit). */
const SLOTS = 4096;
const EMPTY = -2147483648;

export class PeriodEnd {
  private readonly keys = new Int32Array(SLOTS).fill(EMPTY);
  private readonly ends = new Int32Array(SLOTS);
  /** The last day a notice may come, per end day. */
  private readonly starts = boundedMemo((end: number) => this.latestStart(end), SLOTS);
  /** Years a working-day count went through that the holiday calendar does not cover (counted Mon–Fri). */
  private readonly gaps = new Set<number>();

  constructor(private readonly period: Duration) {}

  /** Years (`YYYY`, sorted) whose working days were counted as plain weekdays. */
  calendarGaps(): string[] {
    return [...this.gaps].sort((a, b) => a - b).map(String);
  }

  /** The last day within the period that starts on `day` (day numbers as src/calendar/date.ts). */
  after(day: number): number {
    const slot = day & (SLOTS - 1);
    return this.keys[slot] === day ? this.ends[slot]! : this.remember(day, slot);
  }

  /** Out of line: after() stays small enough to inline into the per-record loops. */
  private remember(day: number, slot: number): number {
    const end = dayNumber(addDuration(formatDay(day), this.period, calendar())!)!;
    if (!this.period.forever && this.period.unit === 'working-days') this.noteGaps(day + 1, end);
    this.keys[slot] = day;
    this.ends[slot] = end;
    return end;
  }

  /** The years of days [from, to] outside the calendar's (the count walked through them). */
  private noteGaps(from: number, to: number): void {
    const covered = coverage();
    for (let year = yearOfDay(from), last = yearOfDay(to); year <= last; year++) if (year < covered.from || year > covered.to) this.gaps.add(year);
  }

  /** The last day a notice may come for an end on `day`: `period` before it (calendar units only). */
  before(day: number): number {
    return this.starts(day);
  }

  /** The latest day d with d + period ≤ end (months clamp, so it is searched back from an estimate). */
  private latestStart(end: number): number {
    const p = this.period as Duration & { forever: false };
    const rough = p.unit === 'days' ? p.amount : p.unit === 'weeks' ? 7 * p.amount : p.unit === 'months' ? 31 * p.amount : 366 * p.amount;
    let d = end - rough;
    while (this.after(d + 1) <= end) d++;
    return d;
  }
}
