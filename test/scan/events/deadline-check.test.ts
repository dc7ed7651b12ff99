/**
 * What the deadline rules share (src/scan/events/deadline-check.ts): which of a pack's deadlines a table
 * is checked against, and the merged tally → results, the rule's words filled in around the counts.
 */
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/normalize/duration.js';
import type { ClauseRef, Deadline } from '../../../src/policy/types.js';
import { DeadlineCounter, deadlineRecordCheck, planDeadlines, type DeadlineCheck } from '../../../src/scan/events/deadline-check.js';
import { newDeadlineTally, noteLate, noteUnread } from '../../../src/scan/events/late.js';
import type { BuildContext, RecordBatch } from '../../../src/scan/record-check.js';

const clause = (section: string): ClauseRef => ({ policy: 'p', section, quote: 'q' });
const found = (id: string, period: string) => ({ deadline: { id, kind: 'request-reply', period, from: 'request' } as Deadline, clause: clause(id) });
const report = (section: string) => ({ clause: clause(section), column: 1, detail: { en: 'late', zh: '迟' }, args: {} });

describe('planDeadlines', () => {
  it('keeps the deadlines with a period that the rule plans, numbered among those kept', () => {
    const seen: [string, number][] = [];
    const planned = planDeadlines([found('a', '30d'), found('forever', '永久'), found('b', '3 working days'), found('c', '15d')], ({ deadline, duration }, index) => {
      seen.push([deadline.id, index]);
      return deadline.id === 'b' ? null : { check: { deadline: deadline.id, duration }, report: report(deadline.id) };
    });
    // A period of forever has no deadline: the rule is never asked about it.
    expect(seen).toEqual([['a', 0], ['b', 1], ['c', 1]]);
    expect(planned!.deadlines).toEqual([{ deadline: 'a', duration: parseDuration('30d') }, { deadline: 'c', duration: parseDuration('15d') }]);
    expect(planned!.report.deadlines.map((d) => d.clause.section)).toEqual(['a', 'c']);
  });

  it('gives null when the table can check none', () => {
    expect(planDeadlines([found('a', '30d')], () => null)).toBeNull();
    expect(planDeadlines([], () => null)).toBeNull();
  });
});

class NoCounter extends DeadlineCounter<DeadlineCheck> {
  override add(_batch: RecordBatch): void {}
}

describe('deadlineRecordCheck', () => {
  const check: DeadlineCheck = { deadlines: [{ deadline: 'first', duration: parseDuration('30d')! }, { deadline: 'second', duration: parseDuration('15d')! }], dateColumns: [0, 2], asOf: '2026-11-23' };
  const rule = deadlineRecordCheck({ rule: 'some-rule', plan: () => [], counter: (c: DeadlineCheck) => new NoCounter(c), noun: ['request', 'requests', '条请求'] });
  const ctx = { table: 't', columns: ['received', 'replied', 'verified'].map((name, index) => ({ name, index })) } as unknown as BuildContext;
  const lateReport = {
    deadlines: [
      { clause: clause('1'), column: 1, detail: { en: 'late one', zh: '迟一' }, openWords: { en: 'unanswered', zh: '未答复' }, args: { from: 'received' } },
      { clause: clause('2'), column: 1, detail: { en: 'late two', zh: '迟二' }, args: { from: 'verified' } },
    ],
  };

  it('starts each counter with a tally per deadline and date column', () => {
    expect(rule.counter(check).result()).toEqual(newDeadlineTally(2, 2));
  });

  it('reports each deadline with records past it: the count in the noun first, the rule args, the deadline id last', () => {
    const t = newDeadlineTally(2, 2);
    noteLate(t.late[1]!, 7, 3, true);
    noteLate(t.late[1]!, 9, 1, false);
    const [r, ...rest] = rule.build(check, lateReport, t, ctx);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ ruleId: 'some-rule', column: 'replied', count: 2, rows: [7, 9], clause: clause('2') });
    expect(Object.keys(r!.args)).toEqual(['detail', 'table', 'column', 'count', 'worst', 'open', 'records', 'from', 'deadline']);
    expect(r!.args).toMatchObject({ detail: { en: 'late two' }, records: { en: '2 requests', zh: '2 条请求' }, from: 'verified', deadline: 'second', open: { en: ', 1 still open' } });
  });

  it('reports the cells that are not dates per date column, under the first clause, naming every deadline', () => {
    const t = newDeadlineTally(2, 2);
    noteUnread(t.unread[1]!, 4, 'soon');
    const [r, ...rest] = rule.build(check, lateReport, t, ctx);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ ruleId: 'some-rule', column: 'verified', count: 1, rows: [4], clause: clause('1'), evidence: 'soon', args: { deadline: 'first, second' } });
  });

  it('keys each result, so those sharing a column keep apart in fingerprints: the deadline, or unreadable dates', () => {
    const t = newDeadlineTally(2, 2);
    noteLate(t.late[0]!, 7, 3, false);
    noteLate(t.late[1]!, 7, 3, false);
    noteUnread(t.unread[0]!, 4, 'soon');
    const results = rule.build(check, { deadlines: lateReport.deadlines.map((d) => ({ ...d, column: 0 })) }, t, ctx);
    expect(results.map((r) => [r.column, r.key])).toEqual([
      ['received', 'p first'],
      ['received', 'p second'],
      ['received', 'unreadable dates'],
    ]);
  });

  it('adds up the tallies of consecutive ranges', () => {
    const a = newDeadlineTally(2, 2);
    const b = newDeadlineTally(2, 2);
    noteLate(a.late[0]!, 2, 5, false);
    noteLate(b.late[0]!, 1, 8, true);
    const first = rule.shift(a, 0);
    rule.merge(first, b, 10);
    expect(first.late[0]).toMatchObject({ count: 2, open: 1, rows: [2, 11], worst: 8 });
  });

  it('joins the years counted outside the holiday calendar, from parts that have them or not', () => {
    const a = { ...newDeadlineTally(2, 2), calendarGaps: ['2028'] };
    const b = { ...newDeadlineTally(2, 2), calendarGaps: ['2027', '2028'] };
    const old = newDeadlineTally(2, 2);
    delete old.calendarGaps;
    const first = rule.shift(a, 0);
    rule.merge(first, b, 10);
    rule.merge(first, old, 20);
    expect(rule.calendarGaps!(first)).toEqual(['2027', '2028']);
  });
});
