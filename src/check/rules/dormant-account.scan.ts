/**
 * dormant-account in the scan: accounts whose last login (最后登录时间, last_login) is older than the
 * terms' dormancy period on --as-of (001 §2.3.2(1): 12 consecutive months), not cancelled already, and
 * with no service running past --as-of when the table records a service end (服务到期时间). The terms
 * give the operator the right to cancel them; the finding lists them for review (info).
 */
import { wordsMemo } from '../../scan/cell-memo.js';
import { BAD_DATE, dateIn, lateEvidence, NO_DATE, roleColumn } from '../../scan/events/dates.js';
import { DeadlineCounter, deadlineRecordCheck, planDeadlines, timedPeriod, type DeadlineCheck, type DeadlineReport } from '../../scan/events/deadline-check.js';
import { noteLate } from '../../scan/events/late.js';
import { durationArg } from '../../normalize/duration.js';
import type { ClauseRef } from '../../policy/types.js';
import type { PlanContext, RecordBatch } from '../../scan/record-check.js';
import { STATUS_WORDS, type StatusWords } from '../../scan/roles.js';
import type { LocalizedArg } from '../../scan/types.js';
import { isNotStatedCell } from '../../text/blank.js';

const RULE = 'dormant-account';

export interface DormancyCheck extends DeadlineCheck {
  lastLogin: number;
  /** A service's end date: one after --as-of is an unexpired service (-1: not recorded). */
  serviceEnd: number;
  /** An account cancelled already (its date, or the status saying so) is not dormant. */
  cancelled: number;
  status: number;
  cancelledWords: StatusWords;
}

const LATE: LocalizedArg = {
  en: "{records} without a login for more than {period} (last login in '{column}'{service}; {deadline}): the longest {worst} beyond it; the terms let the operator cancel such accounts",
  zh: '{records}超过 {period}未登录（最后登录见“{column}”{service}；{deadline}）：最长超出 {worst}；依条款运营方可注销此类账号',
};

/** Whether services were checked: in the sentence after the last-login column. */
function serviceArg(ctx: PlanContext, serviceEnd: number): LocalizedArg {
  if (serviceEnd < 0) return { en: '; the table has no service end date, so unexpired services were not checked', zh: '；表中没有服务到期日期，未核对是否有未到期服务' };
  const name = ctx.columns[serviceEnd]!.name;
  return { en: `, none with a service running past the as-of day in '${name}'`, zh: `，“${name}”列中无基准日后仍未到期的服务` };
}

/**
 * Whether the table's last logins are this rule's for the clause `clause` (a dormancy deadline cites it):
 * then retention-expired leaves its reading of that clause, so an account is reported once, as the right
 * to cancel it that the clause gives, and not at all when the config turns this rule off. A retention
 * period from the last login under another clause is a duty to delete, which retention still checks.
 */
export function checksLastLogins(ctx: Pick<PlanContext, 'roles' | 'policy'>, clause: ClauseRef): boolean {
  if (roleColumn(ctx.roles, 'last-login') < 0) return false;
  return ctx.policy.deadlines('dormancy').some((d) => timedPeriod(d.deadline) !== null && d.clause.policy === clause.policy && d.clause.section === clause.section);
}

function plan(ctx: PlanContext): { check: DormancyCheck; report: DeadlineReport }[] {
  const lastLogin = roleColumn(ctx.roles, 'last-login');
  const deadlines = ctx.policy.deadlines('dormancy');
  if (lastLogin < 0 || deadlines.length === 0) return [];
  const serviceEnd = roleColumn(ctx.roles, 'service-termination');
  const planned = planDeadlines(deadlines, ({ deadline, clause, duration }) => ({
    check: { deadline: deadline.id, duration },
    report: { clause, column: lastLogin, detail: LATE, args: { period: durationArg(duration), service: serviceArg(ctx, serviceEnd) } },
  }));
  if (!planned) return [];
  const check: DormancyCheck = {
    lastLogin,
    serviceEnd,
    cancelled: roleColumn(ctx.roles, 'account-cancellation'),
    status: roleColumn(ctx.roles, 'status'),
    cancelledWords: STATUS_WORDS['account-cancellation'] ?? { anywhere: [] },
    deadlines: planned.deadlines,
    asOf: ctx.asOf,
    dateColumns: [lastLogin, serviceEnd].filter((c) => c >= 0),
  };
  return [{ check, report: planned.report }];
}

class DormancyCounter extends DeadlineCounter<DormancyCheck> {
  private readonly cancelledStatus = wordsMemo(this.check.cancelledWords);

  override add(b: RecordBatch): void {
    const { lastLogin, serviceEnd, cancelled, status, deadlines: periods } = this.check;
    const loginUnread = this.unreadOf(lastLogin);
    const serviceUnread = this.unreadOf(serviceEnd);
    for (let k = 0; k < b.n; k++) {
      const r = b.sel[k]!;
      const cells = b.records[r]!;
      const line = b.lines[r]!;
      const last = dateIn(cells, lastLogin, loginUnread!, line);
      if (last === NO_DATE || last === BAD_DATE) continue;
      if ((cancelled >= 0 && !isNotStatedCell(cells[cancelled] ?? '')) || (status >= 0 && this.cancelledStatus.says(cells[status]))) continue;
      const service = serviceEnd >= 0 ? dateIn(cells, serviceEnd, serviceUnread!, line) : NO_DATE;
      if (service === BAD_DATE || service > this.asOf) continue;
      for (let p = 0; p < periods.length; p++) {
        const due = this.ends[p]!.after(last);
        if (this.asOf > due && noteLate(this.tally.late[p]!, line, this.asOf - due, false)) this.tally.late[p]!.evidence = lateEvidence(last, null, due);
      }
    }
  }
}

export const dormantAccountScan = deadlineRecordCheck({ rule: RULE, plan, counter: (check: DormancyCheck) => new DormancyCounter(check), noun: ['account', 'accounts', '个账号'] });
