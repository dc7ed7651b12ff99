/**
 * marketing-after-opt-out in the scan: a message log whose records carry when each message was sent
 * (发送时间) and when its recipient opted out (退订时间: replying TDjdcloud, 000/002 §7.5(2)), as an SMS
 * gateway's send log joined with its unsubscribe list exports them. A message sent after the opt-out
 * (later than the pack's period; with none, even minutes later the same day) is a finding. When the
 * times are not both known, a message the same day as the opt-out is not counted: it may have come first.
 * The promise is about promotion SMS: a message whose type column (短信类型, 类型, sms_type) says it is a
 * code, a bill or a notice is not counted; one with an empty or unknown type is.
 */
import { formatDay } from '../../calendar/date.js';
import { mask } from '../../detect/index.js';
import { READ } from '../../scan/day.js';
import { CellMemo } from '../../scan/cell-memo.js';
import { BAD_DATE, dateIn, NO_DATE, roleColumn } from '../../scan/events/dates.js';
import { DeadlineCounter, deadlineRecordCheck, planDeadlines, type DeadlineCheck, type DeadlineReport, type PlannedDeadline } from '../../scan/events/deadline-check.js';
import { noteLate } from '../../scan/events/late.js';
import { notPromotion } from '../../scan/events/message-types.js';
import { durationArg } from '../../normalize/duration.js';
import type { PlanContext, RecordBatch } from '../../scan/record-check.js';
import type { LocalizedArg } from '../../scan/types.js';

const RULE = 'marketing-after-opt-out';

interface Grace extends PlannedDeadline {
  /** 0 days: nothing may follow the opt-out, compared to the second when both times are known. */
  none: boolean;
}

export interface OptOutCheck extends DeadlineCheck<Grace> {
  sent: number;
  optedOut: number;
  /** The recipient's number (masked in the evidence), -1 when the log has none in clear. */
  phone: number;
  /** The message's type (-1: not recorded, every message counts). */
  type: number;
}

const LATE: LocalizedArg = {
  en: "{records} sent after the recipient opted out (from '{from}' to '{column}'; {deadline}: {allowed}): the latest {worst} after",
  zh: '{records}在收件人退订后仍然发送（“{from}”至“{column}”；{deadline}：{allowed}）：最晚超出 {worst}',
};

function plan(ctx: PlanContext): { check: OptOutCheck; report: DeadlineReport }[] {
  const sent = roleColumn(ctx.roles, 'sent');
  const optedOut = roleColumn(ctx.roles, 'opted-out');
  const deadlines = ctx.policy.deadlines('marketing-opt-out');
  if (sent < 0 || optedOut < 0 || deadlines.length === 0) return [];
  const from = ctx.columns[optedOut]!.name;
  const planned = planDeadlines<Grace>(deadlines, ({ deadline, clause, duration }) => {
    const period = durationArg(duration);
    const allowed = duration.amount === 0 ? { en: 'no delay allowed', zh: '不允许任何延迟' } : { en: `${period.en} allowed`, zh: `允许 ${period.zh}` };
    return { check: { deadline: deadline.id, duration, none: duration.amount === 0 }, report: { clause, column: sent, detail: LATE, args: { allowed, from } } };
  });
  if (!planned) return [];
  const phone = ctx.columns.find((c) => c.kind === 'pi' && (c.item === 'basic.phone' || c.detector === 'mobile'))?.index ?? -1;
  // A plain 类型/type column is named a request type's; in a message log it is the message's.
  const own = roleColumn(ctx.roles, 'message-type');
  const type = own >= 0 ? own : roleColumn(ctx.roles, 'request-type');
  return [{ check: { sent, optedOut, phone, type, deadlines: planned.deadlines, dateColumns: [sent, optedOut], asOf: ctx.asOf }, report: planned.report }];
}

class OptOutCounter extends DeadlineCounter<OptOutCheck> {
  private readonly notPromotion = new CellMemo(notPromotion);

  override add(b: RecordBatch): void {
    const { sent, optedOut, phone, type, deadlines: graces } = this.check;
    const sentUnread = this.unreadOf(sent);
    const optUnread = this.unreadOf(optedOut);
    for (let k = 0; k < b.n; k++) {
      const r = b.sel[k]!;
      const cells = b.records[r]!;
      const line = b.lines[r]!;
      // Not a promotion: its dates are not checked either.
      if (type >= 0 && this.notPromotion.says(cells[type])) continue;
      const opt = dateIn(cells, optedOut, optUnread!, line);
      if (opt === NO_DATE || opt === BAD_DATE) continue;
      const optSecond = READ.second;
      const send = dateIn(cells, sent, sentUnread!, line);
      if (send === NO_DATE || send === BAD_DATE) continue;
      const sendSecond = READ.second;
      for (let g = 0; g < graces.length; g++) {
        const due = this.ends[g]!.after(opt);
        const after = send > due || (graces[g]!.none && send === due && optSecond >= 0 && sendSecond > optSecond);
        if (!after) continue;
        const number = phone >= 0 ? (cells[phone] ?? '') : '';
        if (noteLate(this.tally.late[g]!, line, send - due, false)) this.tally.late[g]!.evidence = evidence(number, opt, optSecond, send, sendSecond);
      }
    }
  }
}

const clock = (day: number, second: number): string =>
  second < 0 ? formatDay(day) : `${formatDay(day)} ${String(Math.floor(second / 3600)).padStart(2, '0')}:${String(Math.floor((second % 3600) / 60)).padStart(2, '0')}`;

/** `138****5678: 2026-10-01 18:20 → 2026-10-02 09:15`: the masked recipient, the opt-out, then the message. */
function evidence(number: string, opt: number, optSecond: number, send: number, sendSecond: number): string {
  const who = number.trim() ? `${mask(number, 'mobile')}: ` : '';
  return `${who}${clock(opt, optSecond)} → ${clock(send, sendSecond)}`;
}

export const marketingAfterOptOutScan = deadlineRecordCheck({ rule: RULE, plan, counter: (check: OptOutCheck) => new OptOutCounter(check), noun: ['message', 'messages', '条消息'] });
