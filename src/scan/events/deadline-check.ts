/**
 * What the deadline rules' scan parts share (record-check.ts): the planned deadlines and date columns, a
 * counter's tally and period ends, and the merged tally → results: one per deadline with records past it,
 * one per date column with cells that are not dates. A rule's `.scan.ts` keeps what is its own: which
 * columns and deadlines a table allows, the per-record test (its counter's add) and its wording.
 */
import { dayNumber } from '../../calendar/date.js';
import { parseDuration } from '../../normalize/duration.js';
import type { Duration } from '../../normalize/types.js';
import type { ClauseRef, Deadline } from '../../policy/types.js';
import { countArg } from '../../text/counts.js';
import type { PlanContext, RecordBatch, RecordCheck, RecordCounter } from '../record-check.js';
import { mergeDeadlineTally, newDeadlineTally, shiftDeadlineTally, type DeadlineTally, type UnreadTally } from './late.js';
import { PeriodEnd } from './period.js';
import { lateResult, unreadResults, type LateResult } from './results.js';

/** One deadline a table is checked against: the pack's deadline id and its period. */
export interface PlannedDeadline {
  deadline: string;
  duration: Duration;
}

/** The plain data every deadline check plans; a rule adds its columns. */
export interface DeadlineCheck<D extends PlannedDeadline = PlannedDeadline> {
  deadlines: D[];
  /** The date columns read, in the order of the tally's `unread`. */
  dateColumns: number[];
  /** YYYY-MM-DD. */
  asOf: string;
}

/** What build reports for one deadline, worked out at the plan: its clause, the rule's sentence and its own arguments (column names, periods as labels, in the sentence's order); the column whose date was due. */
type LateReport = Pick<LateResult, 'clause' | 'detail' | 'openWords' | 'args'> & { column: number };

/** A deadline check's report: per deadline, in the check's order. */
export interface DeadlineReport {
  deadlines: LateReport[];
}

/** A pack's deadline with its clause (policy.deadlines()), its period read. */
interface TimedDeadline {
  deadline: Deadline;
  clause: ClauseRef;
  duration: Duration & { forever: false };
}

/** The deadline's period, when it has one a date can be checked against (not forever, readable). */
export function timedPeriod(deadline: Deadline): (Duration & { forever: false }) | null {
  const duration = parseDuration(deadline.period);
  return duration && !duration.forever ? duration : null;
}

/**
 * The deadlines a table is checked against: each of `found` with a period (not forever) that `each`
 * plans for this table (null: not here; `index`: its place among those kept). Null when none is kept.
 */
export function planDeadlines<D extends PlannedDeadline>(
  found: readonly { deadline: Deadline; clause: ClauseRef }[],
  each: (d: TimedDeadline, index: number) => { check: D; report: LateReport } | null,
): { deadlines: D[]; report: DeadlineReport } | null {
  const deadlines: D[] = [];
  const report: DeadlineReport = { deadlines: [] };
  for (const { deadline, clause } of found) {
    const duration = timedPeriod(deadline);
    if (!duration) continue;
    const planned = each({ deadline, clause, duration }, deadlines.length);
    if (!planned) continue;
    deadlines.push(planned.check);
    report.deadlines.push(planned.report);
  }
  return deadlines.length > 0 ? { deadlines, report } : null;
}

/** A deadline counter's state: the tally, each deadline's period end, --as-of as a day number. add() is the rule's. */
export abstract class DeadlineCounter<C extends DeadlineCheck> implements RecordCounter<DeadlineTally> {
  readonly tally: DeadlineTally;
  protected readonly ends: PeriodEnd[];
  protected readonly asOf: number;

  constructor(protected readonly check: C) {
    this.tally = newDeadlineTally(check.deadlines.length, check.dateColumns.length);
    this.ends = check.deadlines.map((d) => new PeriodEnd(d.duration));
    this.asOf = dayNumber(check.asOf)!;
  }

  abstract add(batch: RecordBatch): void;

  /** The unread-date tally of a date column of the check (dateColumns), or null for no column (-1). */
  protected unreadOf(column: number): UnreadTally | null {
    return column < 0 ? null : this.tally.unread[this.check.dateColumns.indexOf(column)]!;
  }

  result(): DeadlineTally {
    this.tally.calendarGaps = [...new Set(this.ends.flatMap((e) => e.calendarGaps()))].sort();
    return this.tally;
  }
}

/** A deadline rule's own parts of its RecordCheck. */
export interface DeadlineRule<C extends DeadlineCheck> {
  rule: string;
  plan(ctx: PlanContext): { check: C; report: DeadlineReport }[];
  counter(check: C): DeadlineCounter<C>;
  /** What the records are, for the count: `cancellation`, `cancellations`, `条注销申请` (countArg). */
  noun: readonly [one: string, many: string, zh: string];
}

export function deadlineRecordCheck<C extends DeadlineCheck>(r: DeadlineRule<C>): RecordCheck<C, DeadlineReport, DeadlineTally> {
  return {
    rule: r.rule,
    plan: r.plan,
    counter: r.counter,
    shift: shiftDeadlineTally,
    merge: mergeDeadlineTally,
    calendarGaps: (t) => t.calendarGaps ?? [],
    build(check, report, t, { table, columns }) {
      const name = (c: number) => columns[c]!.name;
      const late = report.deadlines.flatMap((d, i) => {
        const tally = t.late[i]!;
        const deadline = check.deadlines[i]!.deadline;
        const args = { records: countArg(tally.count, ...r.noun), ...d.args, deadline };
        return lateResult({ ruleId: r.rule, deadline, table, column: name(d.column), clause: d.clause, tally, detail: d.detail, openWords: d.openWords, args });
      });
      const deadlines = check.deadlines.map((d) => d.deadline).join(', ');
      return [...late, ...unreadResults(r.rule, table, check.dateColumns.map(name), t.unread, report.deadlines[0]!.clause, deadlines)];
    },
  };
}
