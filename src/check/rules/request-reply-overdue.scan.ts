/**
 * request-reply-overdue in the scan: a ticket export with a request date (申请时间, 受理时间 or the
 * identity verification, 身份核验时间) and a reply date (答复时间). Each request gets the period its type
 * has under the packs (003: access, correction, deletion and complaints 30 days after the person's
 * identity is verified, other inquiries 15 days after the request); one answered later, or still open
 * on --as-of with its deadline gone, is late.
 */
import { approximateDays, durationArg } from '../../normalize/duration.js';
import type { DeadlineStart, RequestType } from '../../policy/types.js';
import { BAD_DATE, dateIn, lateEvidence, NO_DATE, roleColumn } from '../../scan/events/dates.js';
import { DeadlineCounter, deadlineRecordCheck, planDeadlines, type DeadlineCheck, type DeadlineReport, type PlannedDeadline } from '../../scan/events/deadline-check.js';
import { noteLate, type UnreadTally } from '../../scan/events/late.js';
import { requestType } from '../../scan/events/request-types.js';
import type { PlanContext, RecordBatch } from '../../scan/record-check.js';
import type { LocalizedArg } from '../../scan/types.js';

const RULE = 'request-reply-overdue';

interface ReplyPeriod extends PlannedDeadline {
  /** The column the clock starts at (the identity verification, else the request). */
  start: number;
}

export interface ReplyCheck extends DeadlineCheck<ReplyPeriod> {
  replied: number;
  /** -1: no type column, every request gets `unknownType`'s period. */
  type: number;
  /** Period (index) per request type a pack names; `default` for the other types. */
  byType: Partial<Record<RequestType | 'default', number>>;
  /** The period of a request whose type is not stated or not recognised: the longest (never stricter than a pack). */
  unknownType: number;
}

const START: Record<'request' | 'identity-verified' | 'fallback', LocalizedArg> = {
  request: { en: 'the request', zh: '收到请求' },
  'identity-verified': { en: 'the identity verification', zh: '身份核验' },
  fallback: { en: 'the request (the table has no identity-verification column)', zh: '收到请求（表中没有身份核验列）' },
};

const LATE: LocalizedArg = {
  en: "{records} answered more than {period} after {start}, or still unanswered past it (from '{from}' to '{column}'; deadline {deadline}): worst {worst} late{open}",
  zh: '{records}未在{start}后 {period}内答复（“{from}”至“{column}”；期限 {deadline}）：最多超期 {worst}{open}',
};

const UNANSWERED: LocalizedArg = { en: 'still unanswered', zh: '仍未答复' };

function plan(ctx: PlanContext): { check: ReplyCheck; report: DeadlineReport }[] {
  const deadlines = ctx.policy.deadlines('request-reply');
  const replied = roleColumn(ctx.roles, 'replied');
  if (deadlines.length === 0 || replied < 0) return [];
  const received = roleColumn(ctx.roles, 'request-received');
  const request = received >= 0 ? received : roleColumn(ctx.roles, 'request-accepted');
  const verified = roleColumn(ctx.roles, 'identity-verified');
  const startOf = (from: DeadlineStart): { column: number; label: LocalizedArg } | null => {
    if (from === 'identity-verified' && verified >= 0) return { column: verified, label: START['identity-verified'] };
    if (request < 0) return null;
    return { column: request, label: from === 'identity-verified' ? START.fallback : START.request };
  };
  const byType: ReplyCheck['byType'] = {};
  const planned = planDeadlines<ReplyPeriod>(deadlines, ({ deadline, clause, duration }, index) => {
    const start = startOf(deadline.from);
    if (!start) return null;
    for (const t of deadline.types ?? ['default' as const]) byType[t] ??= index;
    const args = { period: durationArg(duration), start: start.label, from: ctx.columns[start.column]!.name };
    return { check: { deadline: deadline.id, duration, start: start.column }, report: { clause, column: replied, detail: LATE, openWords: UNANSWERED, args } };
  });
  if (!planned) return [];
  const periods = planned.deadlines;
  const dateColumns = [...new Set([...periods.map((p) => p.start), replied])];
  return [{ check: { replied, type: roleColumn(ctx.roles, 'request-type'), deadlines: periods, byType, unknownType: longest(periods), asOf: ctx.asOf, dateColumns }, report: planned.report }];
}

function longest(periods: readonly ReplyPeriod[]): number {
  let best = 0;
  periods.forEach((p, i) => {
    if (approximateDays(p.duration) > approximateDays(periods[best]!.duration)) best = i;
  });
  return best;
}

/** Type cells remembered, direct-mapped by length and first character (a ticket system has a few types). */
const TYPE_SLOTS = 256;

class ReplyCounter extends DeadlineCounter<ReplyCheck> {
  /** Per period, the unread tally of its start column. */
  private readonly startUnread: UnreadTally[];
  private readonly repliedUnread: UnreadTally;
  /** -1 when every request gets one period (no type column, or a single period). */
  private readonly typeColumn: number;
  private readonly typeCells: (string | undefined)[] = new Array<string | undefined>(TYPE_SLOTS);
  private readonly typePeriods = new Int8Array(TYPE_SLOTS);

  constructor(check: ReplyCheck) {
    super(check);
    this.startUnread = check.deadlines.map((p) => this.unreadOf(p.start)!);
    this.repliedUnread = this.unreadOf(check.replied)!;
    this.typeColumn = check.deadlines.length > 1 ? check.type : -1;
  }

  override add(b: RecordBatch): void {
    const { records, sel, lines, n } = b;
    const { replied, deadlines: periods, unknownType } = this.check;
    const { ends, startUnread, repliedUnread, asOf, typeColumn } = this;
    const late = this.tally.late;
    for (let k = 0; k < n; k++) {
      const r = sel[k]!;
      const cells = records[r]!;
      const line = lines[r]!;
      const p = typeColumn < 0 ? unknownType : this.periodOf(cells[typeColumn]);
      const start = dateIn(cells, periods[p]!.start, startUnread[p]!, line);
      if (start === NO_DATE || start === BAD_DATE) continue;
      const due = ends[p]!.after(start);
      const reply = dateIn(cells, replied, repliedUnread, line);
      if (reply === BAD_DATE) continue;
      if (reply === NO_DATE) {
        if (asOf > due && noteLate(late[p]!, line, asOf - due, true)) late[p]!.evidence = lateEvidence(start, null, due);
      } else if (reply > due && noteLate(late[p]!, line, reply - due, false)) {
        late[p]!.evidence = lateEvidence(start, reply, due);
      }
    }
  }

  private periodOf(cell: string | undefined): number {
    if (cell === undefined || cell.length === 0) return this.check.unknownType;
    const slot = (cell.length * 37 + cell.charCodeAt(0)) & (TYPE_SLOTS - 1);
    return this.typeCells[slot] === cell ? this.typePeriods[slot]! : this.rememberType(cell, slot);
  }

  /** Out of line: periodOf() stays small enough to inline into add(). */
  private rememberType(cell: string, slot: number): number {
    const { byType, unknownType } = this.check;
    const t = requestType(cell);
    const p = t === null ? unknownType : (byType[t] ?? byType.default ?? unknownType);
    this.typeCells[slot] = cell;
    this.typePeriods[slot] = p;
    return p;
  }
}

export const requestReplyOverdueScan = deadlineRecordCheck({ rule: RULE, plan, counter: (check: ReplyCheck) => new ReplyCounter(check), noun: ['request', 'requests', '条请求'] });
