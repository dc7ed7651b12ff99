/**
 * retention-expired in the scan: which retention rules a table's dates allow, with the last event day
 * already overdue on --as-of (worked out once, so each record costs an integer comparison), and the
 * records past it that still hold personal information in clear.
 */
import { formatDay, requireDay } from '../../calendar/date.js';
import type { WorkCalendar } from '../../calendar/types.js';
import { addDuration, approximateDays, durationArg, parseDuration } from '../../normalize/duration.js';
import type { Duration } from '../../normalize/types.js';
import type { Policy } from '../../policy/policy.js';
import type { ClauseRef, RetentionRule } from '../../policy/types.js';
import { CellMemo, wordsMemo } from '../../scan/cell-memo.js';
import { dayOf, NOT_A_DAY } from '../../scan/day.js';
import type { ColumnPlan } from '../../scan/plan.js';
import type { PlanContext, RecordBatch, RecordCheck } from '../../scan/record-check.js';
import { countRecord, countResult, mergeCount, newCount, shiftCount, type CountTally } from '../../scan/record-check-tally.js';
import { STATUS_WORDS, type ColumnRole, type StatusWords } from '../../scan/roles.js';
import { EVENT_LABEL, yieldsToMinimum } from '../retention.js';
import { checksDeletionDates } from './cancellation-overdue.scan.js';
import { checksLastLogins } from './dormant-account.scan.js';

/** One retention rule applied to the records: those whose event date is on or before `cutoff` are overdue. */
export interface RetentionCheck {
  dateColumn: number;
  /** ≥ 0 when the date column only says when a row last changed: the status column must confirm the event. */
  statusColumn: number;
  /** Status words that mean the event happened (none when the event has its own date column). */
  statusWords: StatusWords;
  /** Latest event day (YYYY-MM-DD) whose deadline is before --as-of. */
  cutoff: string;
  /** Columns whose plaintext means the record still holds the personal information the rule covers. */
  piColumns: number[];
}

export interface RetentionReport {
  rule: RetentionRule;
  clause: ClauseRef;
  duration: Duration;
}

export interface RetentionPlan {
  check: RetentionCheck;
  report: RetentionReport;
}

/** Events a record's own dates can show (operations ending is not a per-record event). */
const RECORD_EVENTS = new Set(['account-cancellation', 'service-termination', 'last-login', 'collection', 'transaction']);

export function planRetention(columns: readonly ColumnPlan[], roles: readonly ColumnRole[], ctx: Pick<PlanContext, 'policy' | 'calendar' | 'asOf' | 'rulesOff'>): RetentionPlan[] {
  const plans: RetentionPlan[] = [];
  for (const { rule, clause } of ctx.policy.allRetentionRules()) {
    if (rule.kind !== 'maximum' || !RECORD_EVENTS.has(rule.from) || leftToDeadlineRule(rule, clause, { ...ctx, roles })) continue;
    const dates = eventColumns(rule, roles);
    if (!dates) continue;
    const duration = parseDuration(rule.period);
    if (!duration || duration.forever) continue;
    const piColumns = columns.filter((c) => c.kind === 'pi' && c.item && c.index !== dates.dateColumn && c.index !== dates.statusColumn && covers(rule, c.item, ctx.policy)).map((c) => c.index);
    if (piColumns.length === 0) continue;
    const cutoff = overdueCutoff(ctx.asOf, duration, ctx.calendar);
    if (cutoff === null) continue;
    plans.push({ check: { ...dates, cutoff, piColumns }, report: { rule, clause, duration } });
  }
  return plans;
}

/** The records are another rule's, which reads the same dates under the pack's deadline for them (so each is reported once). */
function leftToDeadlineRule(rule: RetentionRule, clause: ClauseRef, ctx: Pick<PlanContext, 'roles' | 'policy' | 'rulesOff'>): boolean {
  if (rule.from === 'account-cancellation') return checksDeletionDates(ctx);
  return rule.from === 'last-login' && checksLastLogins(ctx, clause);
}

/** A rule naming no items or categories covers all personal information but what a minimum keeps (SPEC decision 14). */
function covers(rule: RetentionRule, item: string, policy: Policy): boolean {
  const scoped = (rule.items?.length ?? 0) + (rule.categories?.length ?? 0) > 0;
  return scoped ? policy.selects(rule, item) : !yieldsToMinimum(rule, item, policy);
}

/** The event's own date column; else an update date confirmed by the status column. */
function eventColumns(rule: RetentionRule, roles: readonly ColumnRole[]): Pick<RetentionCheck, 'dateColumn' | 'statusColumn' | 'statusWords'> | null {
  const own = roles.findIndex((r) => r.kind === 'event-date' && r.event === rule.from);
  if (own >= 0) return { dateColumn: own, statusColumn: -1, statusWords: { anywhere: [] } };
  const words = STATUS_WORDS[rule.from];
  const status = roles.findIndex((r) => r.kind === 'status');
  const updated = roles.findIndex((r) => r.kind === 'updated-date');
  if (!words || status < 0 || updated < 0) return null;
  return { dateColumn: updated, statusColumn: status, statusWords: words };
}

/** Dates before this are not read from cells (day.ts), so no older event can be overdue. */
const EARLIEST_DAY = '1800-01-01';

/**
 * The latest event day whose deadline (event + period) is already past on `asOf`: a record is overdue
 * when its event day is on or before it; a deadline falling on asOf itself is not yet overdue. Deadlines
 * grow with the event day, so a binary search finds it (with a period of working days, each probe
 * counts them one by one). Null when no event since EARLIEST_DAY can be overdue (a period of centuries).
 */
export function overdueCutoff(asOf: string, period: Duration, calendar: WorkCalendar): string | null {
  const last = requireDay(asOf);
  const first = requireDay(EARLIEST_DAY);
  if (approximateDays(period) > last - first) return null;
  const overdue = (day: number) => (addDuration(formatDay(day), period, calendar) ?? asOf) < asOf;
  // Step back until a day is overdue (doubling the step), then bisect between it and the last day that is not.
  let hi = last;
  let step = Math.ceil(approximateDays(period)) + 1;
  let lo = Math.max(first, last - step);
  while (!overdue(lo)) {
    if (lo === first) return null;
    hi = lo;
    step *= 2;
    lo = Math.max(first, last - step);
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (overdue(mid)) lo = mid;
    else hi = mid;
  }
  return formatDay(lo);
}

/** Overdue records of one rule: event on or before the cutoff, the event confirmed, plaintext still there. */
class RetentionCounter {
  readonly tally = newCount();
  private readonly cutoff: number;
  /** The status cell says the event happened. */
  private readonly confirmed: CellMemo;

  constructor(private readonly check: RetentionCheck) {
    this.cutoff = dayOf(check.cutoff);
    this.confirmed = wordsMemo(check.statusWords);
  }

  add(b: RecordBatch): void {
    const { dateColumn, statusColumn, piColumns } = this.check;
    for (let k = 0; k < b.n; k++) {
      const r = b.sel[k]!;
      const cells = b.records[r]!;
      const cell = cells[dateColumn];
      // Cheapest test first: a few bytes, then the date, then the status words.
      if (cell === undefined || cell.length === 0 || !holdsPlaintext(b.plain, piColumns, k)) continue;
      const day = dayOf(cell);
      if (day === NOT_A_DAY || day > this.cutoff) continue;
      if (statusColumn >= 0 && !this.confirmed.says(cells[statusColumn])) continue;
      countRecord(this.tally, b.lines[r]!);
    }
  }

  result(): CountTally {
    return this.tally;
  }
}

function holdsPlaintext(plain: Uint8Array[], columns: readonly number[], k: number): boolean {
  for (let i = 0; i < columns.length; i++) if (plain[columns[i]!]![k] === 1) return true;
  return false;
}

export const retentionExpiredScan: RecordCheck<RetentionCheck, RetentionReport, CountTally> = {
  rule: 'retention-expired',
  plan: (ctx) => planRetention(ctx.columns, ctx.roles, ctx),
  counter: (check) => new RetentionCounter(check),
  shift: shiftCount,
  merge: mergeCount,
  build(check, { rule, clause, duration }, t, { table, columns }) {
    const column = columns[check.dateColumn]!.name;
    const args = { column, table, count: t.count, rule: rule.id, period: durationArg(duration), event: EVENT_LABEL[rule.from], cutoff: check.cutoff };
    // One result per retention rule: two rules (of two packs, maybe of one id) can read the same date column.
    return countResult('retention-expired', t, { column, item: null, clause, args, key: `${clause.policy} ${rule.id}` });
  },
};
