/**
 * cancellation-overdue in the scan: an account-cancellation log with the application date (注销申请时间)
 * and the review's approval (审核通过时间) and/or the deletion of the personal information (删除时间).
 * JD Cloud reviews within 3 working days of the application and deletes once approved (000/002 §6.2.2):
 * each stage the table records is checked on the State Council calendar, make-up working days included.
 * An application the status column says was rejected or withdrawn has nothing to delete.
 */
import { dayNumber } from '../../calendar/date.js';
import { parseDuration } from '../../normalize/duration.js';
import type { Duration } from '../../normalize/types.js';
import type { ClauseRef } from '../../policy/types.js';
import { BAD_DATE, dateIn, lateEvidence, NO_DATE, roleColumn } from '../../scan/events/dates.js';
import { mergeDeadlineTally, newDeadlineTally, noteLate, shiftDeadlineTally, type DeadlineTally } from '../../scan/events/late.js';
import { PeriodEnd } from '../../scan/events/period.js';
import { lateResult, periodArg, unreadResults } from '../../scan/events/results.js';
import type { PlanContext, RecordBatch, RecordCheck } from '../../scan/record-check.js';
import { REJECTED_WORDS } from '../../scan/roles.js';
import type { LocalizedArg } from '../../scan/types.js';
import { fold } from '../../text/suggest.js';

const RULE = 'cancellation-overdue';

interface Stage {
  deadline: string;
  /** review: the approval is due; deletion: the deletion is due. */
  kind: 'review' | 'deletion';
  duration: Duration;
  /** The clock starts at the approval (else at the application). */
  fromApproval: boolean;
}

export interface CancellationCheck {
  applied: number;
  /** -1 when the log does not record the review. */
  approved: number;
  /** -1 when the log does not record the deletion. */
  deleted: number;
  status: number;
  rejectedWords: string[];
  stages: Stage[];
  asOf: string;
  dateColumns: number[];
}

interface CancellationReport {
  stages: { clause: ClauseRef; period: LocalizedArg; start: LocalizedArg }[];
}

const START = { application: { en: 'the application', zh: '申请' }, approval: { en: 'the approval', zh: '审核通过' } };

function plan(ctx: PlanContext): { check: CancellationCheck; report: CancellationReport }[] {
  const approved = roleColumn(ctx.roles, 'cancellation-approved');
  const deleted = roleColumn(ctx.roles, 'account-cancellation');
  // A log whose application column is named like a request's (申请时间) is a cancellation log when it records an approval and no reply.
  const applied = roleColumn(ctx.roles, 'cancellation-applied') >= 0 ? roleColumn(ctx.roles, 'cancellation-applied') : approved >= 0 && roleColumn(ctx.roles, 'replied') < 0 ? roleColumn(ctx.roles, 'request-received') : -1;
  if (applied < 0) return [];
  const stages: Stage[] = [];
  const report: CancellationReport = { stages: [] };
  const wanted = [...ctx.policy.deadlines('cancellation-review'), ...ctx.policy.deadlines('cancellation-deletion')];
  for (const { deadline, clause } of wanted) {
    const duration = parseDuration(deadline.period);
    const kind = deadline.kind === 'cancellation-review' ? 'review' : 'deletion';
    const fromApproval = deadline.from === 'cancellation-approval';
    if (!duration || duration.forever || (kind === 'review' ? approved : deleted) < 0 || (fromApproval && approved < 0)) continue;
    stages.push({ deadline: deadline.id, kind, duration, fromApproval });
    report.stages.push({ clause, period: periodArg(duration), start: fromApproval ? START.approval : START.application });
  }
  if (stages.length === 0) return [];
  const dateColumns = [applied, approved, deleted].filter((c) => c >= 0);
  const status = roleColumn(ctx.roles, 'status');
  return [{ check: { applied, approved, deleted, status, rejectedWords: REJECTED_WORDS.map(fold), stages, asOf: ctx.asOf, dateColumns }, report }];
}

const MEMO_LIMIT = 1024;

class CancellationCounter {
  readonly tally: DeadlineTally;
  private readonly ends: PeriodEnd[];
  private readonly asOf: number;
  private readonly statusMemo = new Map<string, boolean>();

  constructor(private readonly check: CancellationCheck) {
    this.tally = newDeadlineTally(check.stages.length, check.dateColumns.length);
    this.ends = check.stages.map((s) => new PeriodEnd(s.duration));
    this.asOf = dayNumber(check.asOf)!;
  }

  add(b: RecordBatch): void {
    const { applied, approved, deleted, stages } = this.check;
    const [appliedUnread, ...rest] = this.tally.unread;
    const approvedUnread = approved >= 0 ? rest.shift()! : null;
    const deletedUnread = deleted >= 0 ? rest.shift()! : null;
    for (let k = 0; k < b.n; k++) {
      const r = b.sel[k]!;
      const cells = b.records[r]!;
      const line = b.lines[r]!;
      const application = dateIn(cells, applied, appliedUnread!, line);
      if (application === NO_DATE || application === BAD_DATE) continue;
      const approval = approvedUnread ? dateIn(cells, approved, approvedUnread, line) : NO_DATE;
      const deletion = deletedUnread ? dateIn(cells, deleted, deletedUnread, line) : NO_DATE;
      const rejected = this.rejected(cells);
      for (let s = 0; s < stages.length; s++) {
        const stage = stages[s]!;
        const start = stage.fromApproval ? approval : application;
        if (start === NO_DATE || start === BAD_DATE) continue;
        const done = stage.kind === 'review' ? approval : deletion;
        if (done === BAD_DATE) continue;
        const due = this.ends[s]!.after(start);
        if (done !== NO_DATE) {
          if (done > due && noteLate(this.tally.late[s]!, line, done - due, false)) this.tally.late[s]!.evidence = lateEvidence(start, done, due);
          continue;
        }
        // Still open: a rejected application is never approved nor deleted; a deletion waits for an approval the log records.
        if (rejected || (stage.kind === 'deletion' && approved >= 0 && approval === NO_DATE)) continue;
        if (this.asOf > due && noteLate(this.tally.late[s]!, line, this.asOf - due, true)) this.tally.late[s]!.evidence = lateEvidence(start, null, due);
      }
    }
  }

  private rejected(cells: readonly string[]): boolean {
    const cell = this.check.status >= 0 ? cells[this.check.status] : undefined;
    if (cell === undefined || cell.length === 0) return false;
    let yes = this.statusMemo.get(cell);
    if (yes === undefined) {
      if (this.statusMemo.size >= MEMO_LIMIT) this.statusMemo.clear();
      yes = this.check.rejectedWords.includes(fold(cell));
      this.statusMemo.set(cell, yes);
    }
    return yes;
  }

  result(): DeadlineTally {
    return this.tally;
  }
}

const LATE: Record<Stage['kind'], LocalizedArg> = {
  review: {
    en: "{records} reviewed more than {period} after {start}, or still waiting past it (from '{from}' to '{column}'; deadline {deadline}): worst {worst} late{open}",
    zh: '{records}未在{start}后 {period}内完成审核（“{from}”至“{column}”；期限 {deadline}）：最多超期 {worst}{open}',
  },
  deletion: {
    en: "{records} whose personal information was deleted more than {period} after {start}, or is still not deleted past it (from '{from}' to '{column}'; deadline {deadline}): worst {worst} late{open}",
    zh: '{records}未在{start}后 {period}内删除个人信息（“{from}”至“{column}”；期限 {deadline}）：最多超期 {worst}{open}',
  },
};

const OPEN: Record<Stage['kind'], LocalizedArg> = { review: { en: 'still not reviewed', zh: '仍未审核' }, deletion: { en: 'still not deleted', zh: '仍未删除' } };

const applications = (n: number): LocalizedArg => ({ en: `${n} ${n === 1 ? 'cancellation' : 'cancellations'}`, zh: `${n} 条注销申请` });

export const cancellationOverdueScan: RecordCheck<CancellationCheck, CancellationReport, DeadlineTally> = {
  rule: RULE,
  plan,
  counter: (check) => new CancellationCounter(check),
  shift: shiftDeadlineTally,
  merge: mergeDeadlineTally,
  build(check, report, t, { table, columns }) {
    const name = (c: number) => columns[c]!.name;
    const late = check.stages.flatMap((s, i) => {
      const { clause, period, start } = report.stages[i]!;
      const from = name(s.fromApproval ? check.approved : check.applied);
      const args = { records: applications(t.late[i]!.count), period, start, from, deadline: s.deadline };
      return lateResult({ ruleId: RULE, table, column: name(s.kind === 'review' ? check.approved : check.deleted), clause, tally: t.late[i]!, detail: LATE[s.kind], openWords: OPEN[s.kind], args });
    });
    const deadlines = check.stages.map((s) => s.deadline).join(', ');
    return [...late, ...unreadResults(RULE, table, check.dateColumns.map(name), t.unread, report.stages[0]!.clause, deadlines)];
  },
};
