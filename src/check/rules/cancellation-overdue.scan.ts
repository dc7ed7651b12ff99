/**
 * cancellation-overdue in the scan: an account-cancellation log with the application date (注销申请时间)
 * and the review's approval (审核通过时间) and/or the deletion of the personal information (删除时间).
 * JD Cloud reviews within 3 working days of the application and deletes once approved (000/002 §6.2.2):
 * each stage the table records is checked on the State Council calendar, make-up working days included.
 * An application the status column says was rejected or withdrawn (审核驳回, 用户已撤回, 不予通过) has nothing to delete.
 */
import { wordsMemo } from '../../scan/cell-memo.js';
import { BAD_DATE, dateIn, lateEvidence, NO_DATE, roleColumn } from '../../scan/events/dates.js';
import { DeadlineCounter, deadlineRecordCheck, planDeadlines, timedPeriod, type DeadlineCheck, type DeadlineReport, type PlannedDeadline } from '../../scan/events/deadline-check.js';
import { noteLate } from '../../scan/events/late.js';
import { durationArg } from '../../normalize/duration.js';
import type { Deadline } from '../../policy/types.js';
import type { PlanContext, RecordBatch } from '../../scan/record-check.js';
import { REJECTED_WORDS, type ColumnRole, type StatusWords } from '../../scan/roles.js';
import type { LocalizedArg } from '../../scan/types.js';

const RULE = 'cancellation-overdue';

interface Stage extends PlannedDeadline {
  /** review: the approval is due; deletion: the deletion is due. */
  kind: 'review' | 'deletion';
  /** The clock starts at the approval (else at the application). */
  fromApproval: boolean;
}

export interface CancellationCheck extends DeadlineCheck<Stage> {
  applied: number;
  /** -1 when the log does not record the review. */
  approved: number;
  /** -1 when the log does not record the deletion. */
  deleted: number;
  status: number;
  rejectedWords: StatusWords;
}

const START = { application: { en: 'the application', zh: '申请' }, approval: { en: 'the approval', zh: '审核通过' } };

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

/** A cancellation log's date columns (-1 where it has none; `applied` < 0: not a cancellation log). */
function cancellationColumns(roles: readonly ColumnRole[]): { applied: number; approved: number; deleted: number } {
  const approved = roleColumn(roles, 'cancellation-approved');
  const deleted = roleColumn(roles, 'account-cancellation');
  const own = roleColumn(roles, 'cancellation-applied');
  // A log whose application column is named like a request's (申请时间) is a cancellation log when it records an approval and no reply.
  const applied = own >= 0 ? own : approved >= 0 && roleColumn(roles, 'replied') < 0 ? roleColumn(roles, 'request-received') : -1;
  return { applied, approved, deleted };
}

/** A deletion stage of the pack this table can be checked against (its start and deletion columns present). */
function deletionStage(deadline: Deadline, c: ReturnType<typeof cancellationColumns>): boolean {
  return c.applied >= 0 && c.deleted >= 0 && (deadline.from !== 'cancellation-approval' || c.approved >= 0);
}

/**
 * Whether this rule checks the table's deletion dates: then retention-expired leaves them, so a date is
 * checked once; under a pack without a deletion deadline, or with this rule off, retention checks them.
 */
export function checksDeletionDates(ctx: Pick<PlanContext, 'roles' | 'policy' | 'rulesOff'>): boolean {
  if (ctx.rulesOff?.has(RULE)) return false;
  const columns = cancellationColumns(ctx.roles);
  return ctx.policy.deadlines('cancellation-deletion').some(({ deadline }) => timedPeriod(deadline) !== null && deletionStage(deadline, columns));
}

function plan(ctx: PlanContext): { check: CancellationCheck; report: DeadlineReport }[] {
  const columns = cancellationColumns(ctx.roles);
  const { applied, approved, deleted } = columns;
  if (applied < 0) return [];
  const name = (c: number) => ctx.columns[c]!.name;
  const wanted = [...ctx.policy.deadlines('cancellation-review'), ...ctx.policy.deadlines('cancellation-deletion')];
  const planned = planDeadlines<Stage>(wanted, ({ deadline, clause, duration }) => {
    const kind = deadline.kind === 'cancellation-review' ? 'review' : 'deletion';
    const fromApproval = deadline.from === 'cancellation-approval';
    if (kind === 'review' ? approved < 0 : !deletionStage(deadline, columns)) return null;
    const args = { period: durationArg(duration), start: fromApproval ? START.approval : START.application, from: name(fromApproval ? approved : applied) };
    return { check: { deadline: deadline.id, kind, duration, fromApproval }, report: { clause, column: kind === 'review' ? approved : deleted, detail: LATE[kind], openWords: OPEN[kind], args } };
  });
  if (!planned) return [];
  const dateColumns = [applied, approved, deleted].filter((c) => c >= 0);
  const status = roleColumn(ctx.roles, 'status');
  return [{ check: { applied, approved, deleted, status, rejectedWords: REJECTED_WORDS, deadlines: planned.deadlines, asOf: ctx.asOf, dateColumns }, report: planned.report }];
}

class CancellationCounter extends DeadlineCounter<CancellationCheck> {
  private readonly rejected = wordsMemo(this.check.rejectedWords);

  override add(b: RecordBatch): void {
    const { applied, approved, deleted, status, deadlines: stages } = this.check;
    const appliedUnread = this.unreadOf(applied);
    const approvedUnread = this.unreadOf(approved);
    const deletedUnread = this.unreadOf(deleted);
    for (let k = 0; k < b.n; k++) {
      const r = b.sel[k]!;
      const cells = b.records[r]!;
      const line = b.lines[r]!;
      const application = dateIn(cells, applied, appliedUnread!, line);
      if (application === NO_DATE || application === BAD_DATE) continue;
      const approval = approvedUnread ? dateIn(cells, approved, approvedUnread, line) : NO_DATE;
      const deletion = deletedUnread ? dateIn(cells, deleted, deletedUnread, line) : NO_DATE;
      const rejected = status >= 0 && this.rejected.says(cells[status]);
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
}

export const cancellationOverdueScan = deadlineRecordCheck({ rule: RULE, plan, counter: (check: CancellationCheck) => new CancellationCounter(check), noun: ['cancellation', 'cancellations', '条注销申请'] });
