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

function calendar(): PrcCalendar {
  return (threadCalendar ??= createCalendar());
}

/** Start days remembered per period, direct-mapped by the day's low bits (a log's days mostly fit). */
const SLOTS = 4096;
const EMPTY = -2147483648;

export class PeriodEnd {
  private readonly keys = new Int32Array(SLOTS).fill(EMPTY);
  private readonly ends = new Int32Array(SLOTS);
  /** The last day a notice may come, per end day. */
  private readonly starts = boundedMemo((end: number) => this.latestStart(end), SLOTS);

  constructor(private readonly period: Duration) {}

  /** The last day within the period that starts on `day` (day numbers as src/calendar/date.ts). */
  after(day: number): number {
    const slot = day & (SLOTS - 1);
    return this.keys[slot] === day ? this.ends[slot]! : this.remember(day, slot);
  }

  /** Out of line: after() stays small enough to inline into the per-record loops. */
  private remember(day: number, slot: number): number {
    const end = dayNumber(addDuration(formatDay(day), this.period, calendar())!)!;
    this.keys[slot] = day;
    this.ends[slot] = end;
    return end;
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
