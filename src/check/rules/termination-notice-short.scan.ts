/**
 * termination-notice-short in the scan: a log of services or operations ending (终止时间, 停止运营时间)
 * with the day users were told (通知时间). The packs promise notice at least thirty days ahead (000/002
 * §6.2.3, 003 §四(二)3): a notice later than that is short; no notice, with the end already closer than
 * the period on --as-of, is short too (it can no longer come in time).
 */
import { dayNumber, formatDay } from '../../calendar/date.js';
import { parseDuration } from '../../normalize/duration.js';
import type { Duration } from '../../normalize/types.js';
import type { ClauseRef } from '../../policy/types.js';
import { BAD_DATE, dateIn, NO_DATE, roleColumn } from '../../scan/events/dates.js';
import { mergeDeadlineTally, newDeadlineTally, noteLate, shiftDeadlineTally, type DeadlineTally } from '../../scan/events/late.js';
import { PeriodEnd } from '../../scan/events/period.js';
import { lateResult, periodArg, unreadResults } from '../../scan/events/results.js';
import type { PlanContext, RecordBatch, RecordCheck } from '../../scan/record-check.js';
import type { LocalizedArg } from '../../scan/types.js';

const RULE = 'termination-notice-short';

interface Notice {
  deadline: string;
  duration: Duration;
}

export interface NoticeCheck {
  notified: number;
  ended: number;
  notices: Notice[];
  asOf: string;
  dateColumns: number[];
}

interface NoticeReport {
  notices: { clause: ClauseRef; period: LocalizedArg }[];
}

function plan(ctx: PlanContext): { check: NoticeCheck; report: NoticeReport }[] {
  const notified = roleColumn(ctx.roles, 'notified');
  const service = roleColumn(ctx.roles, 'service-termination');
  const ended = service >= 0 ? service : roleColumn(ctx.roles, 'operations-termination');
  const deadlines = ctx.policy.deadlines('termination-notice');
  if (notified < 0 || ended < 0 || deadlines.length === 0) return [];
  const notices: Notice[] = [];
  const report: NoticeReport = { notices: [] };
  for (const { deadline, clause } of deadlines) {
    const duration = parseDuration(deadline.period);
    // A notice period counts back from the end in calendar units (lint refuses working days here).
    if (!duration || duration.forever || duration.unit === 'working-days') continue;
    notices.push({ deadline: deadline.id, duration });
    report.notices.push({ clause, period: periodArg(duration) });
  }
  if (notices.length === 0) return [];
  return [{ check: { notified, ended, notices, asOf: ctx.asOf, dateColumns: [notified, ended] }, report }];
}

class NoticeCounter {
  readonly tally: DeadlineTally;
  private readonly periods: PeriodEnd[];
  private readonly asOf: number;

  constructor(private readonly check: NoticeCheck) {
    this.tally = newDeadlineTally(check.notices.length, 2);
    this.periods = check.notices.map((n) => new PeriodEnd(n.duration));
    this.asOf = dayNumber(check.asOf)!;
  }

  add(b: RecordBatch): void {
    const { notified, ended, notices } = this.check;
    const [noticeUnread, endUnread] = this.tally.unread;
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
        const due = this.periods[n]!.before(end);
        if (notice !== NO_DATE) {
          if (notice > due && noteLate(this.tally.late[n]!, line, notice - due, false)) this.tally.late[n]!.evidence = noticeEvidence(notice, due, end);
        } else if (this.asOf > due) {
          if (noteLate(this.tally.late[n]!, line, Math.min(this.asOf, end) - due, true)) this.tally.late[n]!.evidence = noticeEvidence(null, due, end);
        }
      }
    }
  }

  result(): DeadlineTally {
    return this.tally;
  }
}

/** `2026-10-15 (≤ 2026-10-01) → 2026-10-31`: the notice (… none yet), its deadline, the end. */
function noticeEvidence(notice: number | null, due: number, end: number): string {
  return `${notice === null ? '…' : formatDay(notice)} (≤ ${formatDay(due)}) → ${formatDay(end)}`;
}

const LATE: LocalizedArg = {
  en: "{records} whose users were told less than {period} before the end, or not yet told with the end closer than that (from '{column}' to '{from}'; deadline {deadline}): worst {worst} short{open}",
  zh: '{records}未至少提前 {period}通知用户，或尚未通知而距终止已不足该期限（“{column}”至“{from}”；期限 {deadline}）：通知最多晚了 {worst}{open}',
};

const ends = (n: number): LocalizedArg => ({ en: `${n} ${n === 1 ? 'termination' : 'terminations'}`, zh: `${n} 项终止` });

export const terminationNoticeShortScan: RecordCheck<NoticeCheck, NoticeReport, DeadlineTally> = {
  rule: RULE,
  plan,
  counter: (check) => new NoticeCounter(check),
  shift: shiftDeadlineTally,
  merge: mergeDeadlineTally,
  build(check, report, t, { table, columns }) {
    const name = (c: number) => columns[c]!.name;
    const late = check.notices.flatMap((n, i) => {
      const { clause, period } = report.notices[i]!;
      const args = { records: ends(t.late[i]!.count), period, from: name(check.ended), deadline: n.deadline };
      return lateResult({ ruleId: RULE, table, column: name(check.notified), clause, tally: t.late[i]!, detail: LATE, openWords: { en: 'without any notice yet', zh: '尚未通知' }, args });
    });
    const deadlines = check.notices.map((n) => n.deadline).join(', ');
    return [...late, ...unreadResults(RULE, table, check.dateColumns.map(name), t.unread, report.notices[0]!.clause, deadlines)];
  },
};
