/**
 * termination-notice-short in the scan: a log of services or operations ending (终止时间, 停止运营时间)
 * with the day users were told (通知时间). The packs promise notice at least thirty days ahead (000/002
 * §6.2.3, 003 §四(二)3): a notice later than that is short; no notice, with the end already closer than
 * the period on --as-of, is short too (it can no longer come in time).
 */
import { formatDay } from '../../calendar/date.js';
import { BAD_DATE, dateIn, NO_DATE, roleColumn } from '../../scan/events/dates.js';
import { DeadlineCounter, deadlineRecordCheck, planDeadlines, type DeadlineCheck, type DeadlineReport } from '../../scan/events/deadline-check.js';
import { noteLate } from '../../scan/events/late.js';
import { durationArg } from '../../normalize/duration.js';
import type { PlanContext, RecordBatch } from '../../scan/record-check.js';
import type { LocalizedArg } from '../../scan/types.js';

const RULE = 'termination-notice-short';

export interface NoticeCheck extends DeadlineCheck {
  notified: number;
  ended: number;
}

const LATE: LocalizedArg = {
  en: "{records} whose users were told less than {period} before the end, or not yet told with the end closer than that (from '{column}' to '{from}'; deadline {deadline}): worst {worst} short{open}",
  zh: '{records}未至少提前 {period}通知用户，或尚未通知而距终止已不足该期限（“{column}”至“{from}”；期限 {deadline}）：通知最多晚了 {worst}{open}',
};

const NOT_YET: LocalizedArg = { en: 'without any notice yet', zh: '尚未通知' };

function plan(ctx: PlanContext): { check: NoticeCheck; report: DeadlineReport }[] {
  const notified = roleColumn(ctx.roles, 'notified');
  const service = roleColumn(ctx.roles, 'service-termination');
  const ended = service >= 0 ? service : roleColumn(ctx.roles, 'operations-termination');
  const deadlines = ctx.policy.deadlines('termination-notice');
  if (notified < 0 || ended < 0 || deadlines.length === 0) return [];
  const from = ctx.columns[ended]!.name;
  const planned = planDeadlines(deadlines, ({ deadline, clause, duration }) =>
    // A notice period counts back from the end in calendar units (lint refuses working days here).
    duration.unit === 'working-days' ? null : { check: { deadline: deadline.id, duration }, report: { clause, column: notified, detail: LATE, openWords: NOT_YET, args: { period: durationArg(duration), from } } },
  );
  if (!planned) return [];
  return [{ check: { notified, ended, deadlines: planned.deadlines, asOf: ctx.asOf, dateColumns: [notified, ended] }, report: planned.report }];
}

class NoticeCounter extends DeadlineCounter<NoticeCheck> {
  override add(b: RecordBatch): void {
    const { notified, ended, deadlines: notices } = this.check;
    const noticeUnread = this.unreadOf(notified);
    const endUnread = this.unreadOf(ended);
    for (let k = 0; k < b.n; k++) {
      const r = b.sel[k]!;
      const cells = b.records[r]!;
      const line = b.lines[r]!;
      const end = dateIn(cells, ended, endUnread!, line);
      if (end === NO_DATE || end === BAD_DATE) continue;
      const notice = dateIn(cells, notified, noticeUnread!, line);
      if (notice === BAD_DATE) continue;
      for (let n = 0; n < notices.length; n++) {
        // The last day a notice gives the whole period before the end.
        const due = this.ends[n]!.before(end);
        if (notice !== NO_DATE) {
          if (notice > due && noteLate(this.tally.late[n]!, line, notice - due, false)) this.tally.late[n]!.evidence = noticeEvidence(notice, due, end);
        } else if (this.asOf > due) {
          if (noteLate(this.tally.late[n]!, line, Math.min(this.asOf, end) - due, true)) this.tally.late[n]!.evidence = noticeEvidence(null, due, end);
        }
      }
    }
  }
}

/** `2026-10-15 (≤ 2026-10-01) → 2026-10-31`: the notice (… none yet), its deadline, the end. */
function noticeEvidence(notice: number | null, due: number, end: number): string {
  return `${notice === null ? '…' : formatDay(notice)} (≤ ${formatDay(due)}) → ${formatDay(end)}`;
}

export const terminationNoticeShortScan = deadlineRecordCheck({ rule: RULE, plan, counter: (check: NoticeCheck) => new NoticeCounter(check), noun: ['termination', 'terminations', '项终止'] });
