/** retention-expired's scan part: cutoffs on the holiday calendar, the columns a rule reads. */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../src/calendar/calendar.js';
import { addDays } from '../../../src/calendar/date.js';
import { addDuration, parseDuration } from '../../../src/normalize/duration.js';
import type { ColumnPlan } from '../../../src/scan/plan.js';
import { overdueCutoff, planRetention, retentionExpiredScan } from '../../../src/check/rules/retention-expired.scan.js';
import type { BuildContext } from '../../../src/scan/record-check.js';
import { roleForHeader } from '../../../src/scan/roles.js';
import type { Pack } from '../../../src/policy/types.js';
import { ctx, P000, P001, P002, P003, packWith } from '../helpers.js';

const calendar = createCalendar();
const period = (s: string) => parseDuration(s)!;

function col(index: number, name: string, item: string | null, detector: ColumnPlan['detector'] = null): ColumnPlan {
  return { index, name, headerItem: item, valueItem: null, item, detector, hint: detector ? [detector] : [], kind: item ? 'pi' : 'other', hashProbe: null };
}

describe('overdueCutoff', () => {
  it('counts working days on the State Council calendar (National Day 2024 and its make-up Sunday)', () => {
    // 3 working days after Sat 28 Sep: Sun 29 Sep (make-up day), Mon 30 Sep, Tue 8 Oct → past on 9 Oct.
    // After Sun 29 Sep: 30 Sep, 8 Oct, 9 Oct → the deadline is 9 Oct itself, not yet past.
    expect(overdueCutoff('2024-10-09', period('3 working days'), calendar)).toBe('2024-09-28');
  });

  it('a deadline on --as-of itself is not overdue; the day before is', () => {
    expect(overdueCutoff('2024-06-08', period('7d'), calendar)).toBe('2024-05-31');
    expect(overdueCutoff('2024-06-01', period('0d'), calendar)).toBe('2024-05-31');
    expect(overdueCutoff('2025-03-01', period('12 months'), calendar)).toBe('2024-02-29');
  });
});

describe('planRetention', () => {
  const columns = [col(0, 'user_id', 'network-identity.user-id'), col(1, 'mobile', 'basic.phone', 'mobile'), col(2, 'cancelled_at', null), col(3, 'sms', 'communication.sms')];
  const roles = columns.map((c) => roleForHeader(c.name));

  it("applies the pack's maximum after account cancellation to the cancellation date column", () => {
    const [plan, ...rest] = planRetention(columns, roles, ctx({ asOf: '2024-06-01' }));
    expect(rest).toEqual([]);
    expect(plan!.report.rule.id).toBe('delete-after-account-cancellation');
    expect(plan!.check).toMatchObject({ dateColumn: 2, statusColumn: -1, cutoff: '2024-05-28', piColumns: [0, 1, 3] });
    expect(plan!.report.clause).toMatchObject({ policy: P002, section: '6.2.2' });
  });

  it('limits a rule with items to those columns, and needs its event column', () => {
    const withEnd = [...columns, col(4, 'terminated_at', null)];
    const plans = planRetention(withEnd, withEnd.map((c) => roleForHeader(c.name)), ctx({ packs: [P001], asOf: '2024-06-01' }));
    expect(plans.map((p) => [p.report.rule.id, p.check.dateColumn, p.check.piColumns])).toEqual([['service-termination-data', 4, [3]]]);
  });

  it('falls back to an update date confirmed by a status column', () => {
    const cols = [col(0, 'mobile', 'basic.phone', 'mobile'), col(1, '状态', null), col(2, 'update_time', null)];
    const [plan] = planRetention(cols, cols.map((c) => roleForHeader(c.name)), ctx({ asOf: '2024-06-01' }));
    expect(plan!.check).toMatchObject({ dateColumn: 2, statusColumn: 1, piColumns: [0] });
    expect(plan!.check.statusWords.anywhere).toContain('已注销');
  });

  it("leaves a cancellation log's deletion dates to cancellation-overdue exactly when that rule checks them", () => {
    const log = (application: string) => [col(0, 'mobile', 'basic.phone', 'mobile'), col(1, application, null), col(2, '审核通过时间', null), col(3, '删除时间', null)];
    const rules = (cols: ColumnPlan[], packs: string[]) => planRetention(cols, cols.map((c) => roleForHeader(c.name)), ctx({ packs, asOf: '2024-06-01' })).map((p) => p.report.rule.from);
    // jdcloud 2020-07 sets a deletion deadline: the log is cancellation-overdue's, whether its application
    // column is named for a cancellation (注销申请时间) or like any request's (申请时间).
    expect(rules(log('注销申请时间'), [P002])).toEqual([]);
    expect(rules(log('申请时间'), [P002])).toEqual([]);
    // Jingkefu has no cancellation deadline, only a retention period after cancellation: retention checks the dates.
    expect(rules(log('注销申请时间'), [P003])).toEqual(['account-cancellation']);
  });

  it('leaves a cancellation log to cancellation-overdue only while that rule is on', () => {
    const cols = [col(0, 'mobile', 'basic.phone', 'mobile'), col(1, '注销申请时间', null), col(2, '审核通过时间', null), col(3, '删除时间', null)];
    const roles = cols.map((c) => roleForHeader(c.name));
    const plan = (rulesOff: string[]) => planRetention(cols, roles, { ...ctx({ packs: [P002], asOf: '2024-06-01' }), rulesOff: new Set(rulesOff) }).map((p) => p.report.rule.from);
    expect(plan([])).toEqual([]);
    expect(plan(['cancellation-overdue'])).toEqual(['account-cancellation']);
  });

  describe('last logins', () => {
    const cols = [col(0, 'login_name', 'network-identity.account'), col(1, '最后登录时间', null)];
    const roles = cols.map((c) => roleForHeader(c.name));
    const plan = (packs: (string | Pack)[], rulesOff: string[] = []) =>
      planRetention(cols, roles, { ...ctx({ packs, asOf: '2024-06-01' }), rulesOff: new Set(rulesOff) }).map((p) => p.report.rule.id);

    it("are dormant-account's when a dormancy deadline cites the retention rule's clause (001 §2.3.2(1) both ways)", () => {
      expect(plan([P001])).toEqual([]);
    });

    it('stay unchecked when dormant-account is off: the clause gives a right to cancel, whose reading the config turned off', () => {
      expect(plan([P001], ['dormant-account'])).toEqual([]);
    });

    it('are checked by retention when the dormancy deadline cites another clause (a right to cancel is not a duty to delete)', () => {
      const elsewhere = packWith(P001, (p) => ({ deadlines: p.deadlines!.map((d) => ({ ...d, cite: { ...d.cite, section: '2.3.1' } })) }));
      expect(plan([elsewhere])).toEqual(['dormant-login-name']);
    });
  });

  it('plans nothing without an event column or personal information', () => {
    expect(planRetention([col(0, 'mobile', 'basic.phone', 'mobile')], [{ kind: 'none' }], ctx())).toEqual([]);
    expect(planRetention([col(0, 'cancelled_at', null)], [roleForHeader('cancelled_at')], ctx())).toEqual([]);
  });
});

describe('build', () => {
  it("keys each rule's result by its pack and id: two packs' rules of one id on one date column keep apart in fingerprints", () => {
    const columns = [col(0, 'mobile', 'basic.phone', 'mobile'), col(1, 'cancelled_at', null)];
    const plans = planRetention(columns, columns.map((c) => roleForHeader(c.name)), ctx({ packs: [P002, P000], asOf: '2024-06-01' }));
    const built = plans.flatMap((p) => retentionExpiredScan.build(p.check, p.report, { count: 1, rows: [2] }, { table: 't', columns } as unknown as BuildContext));
    expect(built.map((r) => [r.column, r.key])).toEqual([
      ['cancelled_at', `${P002} delete-after-account-cancellation`],
      ['cancelled_at', `${P000} delete-after-account-cancellation`],
    ]);
  });
});

describe('overdueCutoff bounds', () => {
  it('stays fast with long periods of working days, and gives up on centuries', () => {
    const started = performance.now();
    const cutoff = overdueCutoff('2024-06-01', period('1000 working days'), calendar)!;
    expect(performance.now() - started).toBeLessThan(500);
    // One day later, the deadline is no longer past.
    expect(calendar.addWorkingDays(cutoff, 1000) < '2024-06-01').toBe(true);
    const next = new Date(Date.parse(cutoff) + 86_400_000).toISOString().slice(0, 10);
    expect(calendar.addWorkingDays(next, 1000) >= '2024-06-01').toBe(true);
    expect(overdueCutoff('2024-06-01', period('300y'), calendar)).toBeNull();
    expect(overdueCutoff('2024-06-01', { forever: false, amount: 99_999_999_999, unit: 'days', raw: '99999999999d' }, calendar)).toBeNull();
  });

  it('agrees with walking back one day at a time', () => {
    const cases = [['2024-10-09', '3 working days'], ['2025-02-10', '15 working days'], ['2024-03-31', '1 month'], ['2024-06-01', '7d'], ['2024-06-01', '0d'], ['2025-03-01', '1y'], ['2024-05-06', '2 weeks']];
    for (const [asOf, p] of cases) {
      const d = period(p!);
      let day = asOf!;
      while (addDuration(day, d, calendar)! >= asOf!) day = addDays(day, -1);
      expect(overdueCutoff(asOf!, d, calendar), `${p} before ${asOf}`).toBe(day);
    }
  });
});
