/**
 * Two facts per column that the per-item counters do not give, for `scan --inventory` (src/crosscheck):
 *
 * - how many cells of a column that is not personal information hold a value (the counters only see
 *   personal and free-text columns), so a declared field the export leaves empty is told from one it fills;
 * - per date column (created_at, cancelled_at, updated_at… as roles.ts names them), the oldest day among
 *   the records that hold a value in the column, and that record's line: what a declared retention is
 *   checked against ("kept 1 year", yet a record from three years ago still holds it).
 *
 * Plain data in and out (ScanPlan.facts, RangeTallyResult.facts): it crosses to worker threads and into
 * shard parts as JSON. Ranges merge as counts add and the older day wins (the earlier range on a tie),
 * so one thread and several give the same result.
 */
import { formatDay } from '../calendar/date.js';
import type { ColumnPlan } from './plan.js';
import { dayOf, NOT_A_DAY } from './day.js';
import type { ColumnRole } from './roles.js';
import type { ColumnProfile, OldestRecord } from './types.js';
import { isBlankCell } from '../text/blank.js';

export interface FactsPlan {
  /** Columns whose role is a date (event or update), in column order. */
  dates: number[];
  /** Columns of kind `other`, in column order: their filled cells are counted here. */
  others: number[];
}

export interface FactsTally {
  /** Per `others` entry: cells holding a value. */
  filled: number[];
  /** Per `dates` entry, per column: the oldest day (days since 1970-01-01) and its line; line 0 = none yet. */
  days: number[][];
  lines: number[][];
}

export function planFacts(columns: readonly ColumnPlan[], roles: readonly ColumnRole[]): FactsPlan {
  return {
    dates: roles.flatMap((r, i) => (r.kind === 'event-date' || r.kind === 'updated-date' ? [i] : [])),
    others: columns.filter((c) => c.kind === 'other').map((c) => c.index),
  };
}

/** Not missing and not only blanks. */
function filled(cell: string | undefined): boolean {
  return cell !== undefined && !isBlankCell(cell);
}

export class FactsCounter {
  private readonly filled: number[];
  private readonly days: number[][];
  private readonly lines: number[][];
  /** Per date column: the newest of the columns' oldest days, and the columns that have none yet. */
  private readonly ceiling: number[];
  private readonly unset: number[][];

  constructor(
    private readonly plan: FactsPlan,
    private readonly width: number,
  ) {
    this.filled = plan.others.map(() => 0);
    this.days = plan.dates.map(() => new Array<number>(width).fill(0));
    this.lines = plan.dates.map(() => new Array<number>(width).fill(0));
    this.ceiling = plan.dates.map(() => NOT_A_DAY);
    this.unset = plan.dates.map(() => Array.from({ length: width }, (_, j) => j));
  }

  /** The counter a plan asks for; null when there is nothing to count (no cost in the hot loop). */
  static for(plan: FactsPlan | undefined, width: number): FactsCounter | null {
    return plan && (plan.dates.length > 0 || plan.others.length > 0) ? new FactsCounter(plan, width) : null;
  }

  /** The selected records of a batch (tally.ts: `sel[0..n)` index into `records`). */
  count(records: string[][], sel: Int32Array, n: number, lines: Int32Array): void {
    const others = this.plan.others;
    for (let o = 0; o < others.length; o++) {
      const index = others[o]!;
      let found = 0;
      for (let k = 0; k < n; k++) if (filled(records[sel[k]!]![index])) found++;
      this.filled[o]! += found;
    }
    const dates = this.plan.dates;
    for (let d = 0; d < dates.length; d++) {
      const index = dates[d]!;
      for (let k = 0; k < n; k++) {
        const r = sel[k]!;
        const cell = records[r]![index];
        if (cell === undefined || cell.length === 0) continue;
        const day = dayOf(cell);
        if (day !== NOT_A_DAY) this.older(d, records[r]!, day, lines[r]!);
      }
    }
  }

  /**
   * Exports are mostly in date order: a record no older than every column's oldest only looks at the
   * columns that have no oldest yet (columns a table leaves empty stay on that short list).
   */
  private older(d: number, cells: string[], day: number, line: number): void {
    if (day >= this.ceiling[d]!) {
      const unset = this.unset[d]!;
      if (unset.length === 0) return;
      for (let u = 0; u < unset.length; u++) if (filled(cells[unset[u]!])) return this.scanAll(d, cells, day, line);
      return;
    }
    this.scanAll(d, cells, day, line);
  }

  private scanAll(d: number, cells: string[], day: number, line: number): void {
    const min = this.days[d]!;
    const at = this.lines[d]!;
    const width = Math.min(this.width, cells.length);
    let changed = false;
    let newlySet = false;
    for (let j = 0; j < width; j++) {
      if (at[j] !== 0 && day >= min[j]!) continue;
      if (!filled(cells[j])) continue;
      if (at[j] === 0) newlySet = true;
      min[j] = day;
      at[j] = line;
      changed = true;
    }
    if (!changed) return;
    let ceiling = NOT_A_DAY;
    for (let j = 0; j < this.width; j++) if (at[j] !== 0 && min[j]! > ceiling) ceiling = min[j]!;
    this.ceiling[d] = ceiling;
    // The short list changes only when a column gets its first date (a table newest first moves every
    // column's oldest at every record, and must not build the list again each time).
    if (newlySet) this.unset[d] = this.unset[d]!.filter((j) => at[j] === 0);
  }

  result(): FactsTally {
    return { filled: [...this.filled], days: this.days.map((a) => [...a]), lines: this.lines.map((a) => [...a]) };
  }
}

/** A range's facts with its lines moved by the lines of the ranges before it. */
export function shiftFacts(t: FactsTally | null | undefined, offset: number): FactsTally | null {
  if (!t) return null;
  return { filled: [...t.filled], days: t.days.map((a) => [...a]), lines: t.lines.map((a) => a.map((line) => (line === 0 ? 0 : line + offset))) };
}

/** Adds a later range's facts to `a` (file order: on the same day the earlier line stays). */
export function mergeFacts(a: FactsTally | null, b: FactsTally | null | undefined, offset: number): void {
  if (!a || !b) return;
  b.filled.forEach((n, o) => (a.filled[o]! += n));
  b.lines.forEach((at, d) =>
    at.forEach((line, j) => {
      if (line === 0) return;
      if (a.lines[d]![j] !== 0 && a.days[d]![j]! <= b.days[d]![j]!) return;
      a.days[d]![j] = b.days[d]![j]!;
      a.lines[d]![j] = line + offset;
    }),
  );
}

function roleName(role: ColumnRole): string {
  return role.kind === 'event-date' ? `event-date:${role.event}` : role.kind;
}

/**
 * The profiles with what the facts add: the filled count of columns that are not personal information
 * (the counters leave them at 0), and each column's oldest records by date column.
 */
export function withFacts(profiles: ColumnProfile[], plan: FactsPlan | undefined, tally: FactsTally | null | undefined, roles: readonly ColumnRole[]): ColumnProfile[] {
  if (!plan || !tally) return profiles;
  const out = profiles.map((p) => ({ ...p }));
  plan.others.forEach((index, o) => (out[index]!.nonEmpty = tally.filled[o]!));
  for (const p of out) {
    const oldest: OldestRecord[] = [];
    plan.dates.forEach((index, d) => {
      const line = tally.lines[d]![p.index]!;
      if (line !== 0) oldest.push({ column: profiles[index]!.name, role: roleName(roles[index]!), day: formatDay(tally.days[d]![p.index]!), line });
    });
    if (oldest.length) p.oldest = oldest;
  }
  return out;
}
