/**
 * dormant-account in the scan: accounts whose last login (最后登录时间, last_login) is older than the
 * terms' dormancy period on --as-of (001 §2.3.2(1): 12 consecutive months), not cancelled already, and
 * with no service running past --as-of when the table records a service end (服务到期时间). The terms
 * give the operator the right to cancel them; the finding lists them for review (info).
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
import { STATUS_WORDS } from '../../scan/roles.js';
import type { LocalizedArg } from '../../scan/types.js';
import { fold } from '../../text/suggest.js';

const RULE = 'dormant-account';

interface Dormancy {
  deadline: string;
  duration: Duration;
}

export interface DormancyCheck {
  lastLogin: number;
  /** A service's end date: one after --as-of is an unexpired service (-1: not recorded). */
  serviceEnd: number;
  /** An account cancelled already (its date, or the status saying so) is not dormant. */
  cancelled: number;
  status: number;
  cancelledWords: string[];
  periods: Dormancy[];
  asOf: string;
  dateColumns: number[];
}

interface DormancyReport {
  periods: { clause: ClauseRef; period: LocalizedArg }[];
}

function plan(ctx: PlanContext): { check: DormancyCheck; report: DormancyReport }[] {
  const lastLogin = roleColumn(ctx.roles, 'last-login');
  const deadlines = ctx.policy.deadlines('dormancy');
  if (lastLogin < 0 || deadlines.length === 0) return [];
  const periods: Dormancy[] = [];
  const report: DormancyReport = { periods: [] };
  for (const { deadline, clause } of deadlines) {
    const duration = parseDuration(deadline.period);
    if (!duration || duration.forever) continue;
    periods.push({ deadline: deadline.id, duration });
    report.periods.push({ clause, period: periodArg(duration) });
  }
  if (periods.length === 0) return [];
  const serviceEnd = roleColumn(ctx.roles, 'service-termination');
  const check: DormancyCheck = {
    lastLogin,
    serviceEnd,
    cancelled: roleColumn(ctx.roles, 'account-cancellation'),
    status: roleColumn(ctx.roles, 'status'),
    cancelledWords: (STATUS_WORDS['account-cancellation'] ?? []).map(fold),
    periods,
    asOf: ctx.asOf,
    dateColumns: [lastLogin, serviceEnd].filter((c) => c >= 0),
  };
  return [{ check, report }];
}

const MEMO_LIMIT = 1024;

class DormancyCounter {
  readonly tally: DeadlineTally;
  private readonly ends: PeriodEnd[];
  private readonly asOf: number;
  private readonly statusMemo = new Map<string, boolean>();

  constructor(private readonly check: DormancyCheck) {
    this.tally = newDeadlineTally(check.periods.length, check.dateColumns.length);
    this.ends = check.periods.map((p) => new PeriodEnd(p.duration));
    this.asOf = dayNumber(check.asOf)!;
  }

  add(b: RecordBatch): void {
    const { lastLogin, serviceEnd, cancelled, periods } = this.check;
    const [loginUnread, serviceUnread] = this.tally.unread;
    for (let k = 0; k < b.n; k++) {
      const r = b.sel[k]!;
      const cells = b.records[r]!;
      const line = b.lines[r]!;
      const last = dateIn(cells, lastLogin, loginUnread!, line);
      if (last === NO_DATE || last === BAD_DATE) continue;
      if ((cancelled >= 0 && (cells[cancelled] ?? '').trim() !== '') || this.cancelledStatus(cells)) continue;
      const service = serviceEnd >= 0 ? dateIn(cells, serviceEnd, serviceUnread!, line) : NO_DATE;
      if (service === BAD_DATE || service > this.asOf) continue;
      for (let p = 0; p < periods.length; p++) {
        const due = this.ends[p]!.after(last);
        if (this.asOf > due && noteLate(this.tally.late[p]!, line, this.asOf - due, false)) this.tally.late[p]!.evidence = lateEvidence(last, null, due);
      }
    }
  }

  private cancelledStatus(cells: readonly string[]): boolean {
    const cell = this.check.status >= 0 ? cells[this.check.status] : undefined;
    if (cell === undefined || cell.length === 0) return false;
    let yes = this.statusMemo.get(cell);
    if (yes === undefined) {
      if (this.statusMemo.size >= MEMO_LIMIT) this.statusMemo.clear();
      yes = this.check.cancelledWords.includes(fold(cell));
      this.statusMemo.set(cell, yes);
    }
    return yes;
  }

  result(): DeadlineTally {
    return this.tally;
  }
}

const LATE: LocalizedArg = {
  en: "{records} without a login for more than {period} (last login in '{column}'{service}; {deadline}): the longest {worst} beyond it; the terms let the operator cancel such accounts",
  zh: '{records}超过 {period}未登录（最后登录见“{column}”{service}；{deadline}）：最长超出 {worst}；依条款运营方可注销此类账号',
};

const accounts = (n: number): LocalizedArg => ({ en: `${n} ${n === 1 ? 'account' : 'accounts'}`, zh: `${n} 个账号` });

export const dormantAccountScan: RecordCheck<DormancyCheck, DormancyReport, DeadlineTally> = {
  rule: RULE,
  plan,
  counter: (check) => new DormancyCounter(check),
  shift: shiftDeadlineTally,
  merge: mergeDeadlineTally,
  build(check, report, t, { table, columns }) {
    const name = (c: number) => columns[c]!.name;
    const service: LocalizedArg =
      check.serviceEnd >= 0
        ? { en: `, none with a service running past the as-of day in '${name(check.serviceEnd)}'`, zh: `，“${name(check.serviceEnd)}”列中无基准日后仍未到期的服务` }
        : { en: '; the table has no service end date, so unexpired services were not checked', zh: '；表中没有服务到期日期，未核对是否有未到期服务' };
    const late = check.periods.flatMap((p, i) => {
      const { clause, period } = report.periods[i]!;
      const args = { records: accounts(t.late[i]!.count), period, service, deadline: p.deadline };
      return lateResult({ ruleId: RULE, table, column: name(check.lastLogin), clause, tally: t.late[i]!, detail: LATE, args });
    });
    const deadlines = check.periods.map((p) => p.deadline).join(', ');
    return [...late, ...unreadResults(RULE, table, check.dateColumns.map(name), t.unread, report.periods[0]!.clause, deadlines)];
  },
};
