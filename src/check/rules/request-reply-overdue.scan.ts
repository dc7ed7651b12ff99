/**
 * request-reply-overdue in the scan: a ticket export with a request date (申请时间, 受理时间 or the
 * identity verification, 身份核验时间) and a reply date (答复时间). Each request gets the period its type
 * has under the packs (003: access, correction, deletion and complaints 30 days after the person's
 * identity is verified, other inquiries 15 days after the request); one answered later, or still open
 * on --as-of with its deadline gone, is late. Under several packs each pack's promise is checked: a
 * request gets one period from every pack (an inquiry is held to Jingkefu's 15 days and JD Cloud's 30).
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
  /** The pack whose promise it is. */
  pack: string;
}

export interface ReplyCheck extends DeadlineCheck<ReplyPeriod> {
  replied: number;
  /** -1: no type column, every request gets `unknownType`'s periods. */
  type: number;
  /** The periods (indexes, one per pack) of a request of each type. */
  byType: Record<RequestType, number[]>;
  /** The periods of a request whose type is not stated or not recognised: each pack's longest (never stricter than a pack). */
  unknownType: number[];
}

const REQUEST_TYPES: readonly RequestType[] = ['access', 'correction', 'deletion', 'complaint', 'withdrawal', 'portability', 'inquiry'];

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
  const types = new Map<number, readonly RequestType[] | undefined>();
  const planned = planDeadlines<ReplyPeriod>(deadlines, ({ deadline, clause, duration }, index) => {
    const start = startOf(deadline.from);
    if (!start) return null;
    types.set(index, deadline.types);
    const args = { period: durationArg(duration), start: start.label, from: ctx.columns[start.column]!.name };
    return { check: { deadline: deadline.id, duration, start: start.column, pack: clause.policy }, report: { clause, column: replied, detail: LATE, openWords: UNANSWERED, args } };
  });
  if (!planned) return [];
  const periods = planned.deadlines;
  const packs = [...new Set(periods.map((p) => p.pack))].map((pack) => periods.flatMap((p, i) => (p.pack === pack ? [i] : [])));
  const choose = (t: RequestType | null) => packs.map((own) => periodOf(own, t, types, periods));
  const byType = Object.fromEntries(REQUEST_TYPES.map((t) => [t, choose(t)])) as Record<RequestType, number[]>;
  const dateColumns = [...new Set([...periods.map((p) => p.start), replied])];
  return [{ check: { replied, type: roleColumn(ctx.roles, 'request-type'), deadlines: periods, byType, unknownType: choose(null), asOf: ctx.asOf, dateColumns }, report: planned.report }];
}

/**
 * One pack's period (of its deadlines `own`) for a request of type `t`: the first that names the type,
 * else its period without types (any other request), else its longest; its longest for an unknown type.
 */
function periodOf(own: readonly number[], t: RequestType | null, types: ReadonlyMap<number, readonly RequestType[] | undefined>, periods: readonly ReplyPeriod[]): number {
  const named = t === null ? undefined : own.find((i) => types.get(i)?.includes(t));
  const other = t === null ? undefined : own.find((i) => types.get(i) === undefined);
  return named ?? other ?? own.reduce((best, i) => (approximateDays(periods[i]!.duration) > approximateDays(periods[best]!.duration) ? i : best));
}

/** Type cells remembered, direct-mapped by length and first character (a ticket system has a few types). */
const TYPE_SLOTS = 256;

/**
 * A request's periods as one number: a period's index (≥ 0) when one pack applies, the common case, kept
 * in the per-record path; else -(k + 1) for the k-th of `sets` (several packs).
 */
function encodePeriods(periods: readonly number[], sets: number[][]): number {
  if (periods.length === 1) return periods[0]!;
  let k = sets.findIndex((s) => s.length === periods.length && s.every((p, i) => p === periods[i]));
  if (k < 0) k = sets.push([...periods]) - 1;
  return -(k + 1);
}

class ReplyCounter extends DeadlineCounter<ReplyCheck> {
  /** Per period, the unread tally of its start column. */
  private readonly startUnread: UnreadTally[];
  private readonly repliedUnread: UnreadTally;
  /** -1 when every request gets the same periods (no type column, or one period per pack). */
  private readonly typeColumn: number;
  private readonly typeCells: (string | undefined)[] = new Array<string | undefined>(TYPE_SLOTS);
  private readonly typePeriods = new Int8Array(TYPE_SLOTS);
  /** Period sets of requests several packs hold to (encodePeriods). */
  private readonly sets: number[][] = [];
  /** The periods of a request of an unknown type (encoded). */
  private readonly unknown: number;
  /** judgeEach's start days, one per period of a set (reused record to record). */
  private readonly startDays: Float64Array;

  constructor(check: ReplyCheck) {
    super(check);
    this.startUnread = check.deadlines.map((p) => this.unreadOf(p.start)!);
    this.repliedUnread = this.unreadOf(check.replied)!;
    this.unknown = encodePeriods(check.unknownType, this.sets);
    this.startDays = new Float64Array(check.deadlines.length);
    const packs = new Set(check.deadlines.map((p) => p.pack)).size;
    this.typeColumn = check.deadlines.length > packs ? check.type : -1;
  }

  override add(b: RecordBatch): void {
    const { records, sel, lines, n } = b;
    const { replied, deadlines: periods } = this.check;
    const { startUnread, repliedUnread, typeColumn } = this;
    for (let k = 0; k < n; k++) {
      const r = sel[k]!;
      const cells = records[r]!;
      const line = lines[r]!;
      const p = typeColumn < 0 ? this.unknown : this.periodOf(cells[typeColumn]);
      if (p < 0) {
        this.judgeEach(this.sets[-p - 1]!, cells, line);
        continue;
      }
      const start = dateIn(cells, periods[p]!.start, startUnread[p]!, line);
      if (start === NO_DATE || start === BAD_DATE) continue;
      const reply = dateIn(cells, replied, repliedUnread, line);
      if (reply !== BAD_DATE) this.judge(p, start, reply, line);
    }
  }

  /** A request against one period: late when answered after the period's end, or still open past it on --as-of. */
  private judge(p: number, start: number, reply: number, line: number): void {
    const due = this.ends[p]!.after(start);
    const late = this.tally.late[p]!;
    if (reply === NO_DATE) {
      if (this.asOf > due && noteLate(late, line, this.asOf - due, true)) late.evidence = lateEvidence(start, null, due);
    } else if (reply > due && noteLate(late, line, reply - due, false)) {
      late.evidence = lateEvidence(start, reply, due);
    }
  }

  /** Out of line: a request several packs hold to, against each one's period; each date cell read (and counted) once, nothing allocated. */
  private judgeEach(periods: readonly number[], cells: readonly string[], line: number): void {
    const { replied, deadlines } = this.check;
    const starts = this.startDays;
    let any = false;
    for (let i = 0; i < periods.length; i++) {
      const p = periods[i]!;
      const same = periods.findIndex((q) => deadlines[q]!.start === deadlines[p]!.start);
      starts[i] = same < i ? starts[same]! : dateIn(cells, deadlines[p]!.start, this.startUnread[p]!, line);
      any ||= starts[i] !== NO_DATE && starts[i] !== BAD_DATE;
    }
    if (!any) return;
    const reply = dateIn(cells, replied, this.repliedUnread, line);
    if (reply === BAD_DATE) return;
    for (let i = 0; i < periods.length; i++) {
      if (starts[i] !== NO_DATE && starts[i] !== BAD_DATE) this.judge(periods[i]!, starts[i]!, reply, line);
    }
  }

  private periodOf(cell: string | undefined): number {
    if (cell === undefined || cell.length === 0) return this.unknown;
    const slot = (cell.length * 37 + cell.charCodeAt(0)) & (TYPE_SLOTS - 1);
    return this.typeCells[slot] === cell ? this.typePeriods[slot]! : this.rememberType(cell, slot);
  }

  /** Out of line: periodOf() stays small enough to inline into add(). */
  private rememberType(cell: string, slot: number): number {
    const t = requestType(cell);
    const p = t === null ? this.unknown : encodePeriods(this.check.byType[t], this.sets);
    this.typeCells[slot] = cell;
    this.typePeriods[slot] = p;
    return p;
  }
}

export const requestReplyOverdueScan = deadlineRecordCheck({ rule: RULE, plan, counter: (check: ReplyCheck) => new ReplyCounter(check), noun: ['request', 'requests', '条请求'] });
