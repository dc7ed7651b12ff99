/** retention-expired: records past a pack's deadline still holding personal information, per table and rule. */
import { describe, expect, it } from 'vitest';
import { retentionExpired as rule } from '../../../src/check/rules/retention-expired.js';
import type { TableResult } from '../../../src/scan/types.js';
import { P002 } from '../helpers.js';
import { exportFile, findings, runOn, scanOne, tempFiles } from '../../scan/helpers.js';

const overdue: TableResult = {
  ruleId: 'retention-expired', column: 'cancelled_at', item: null, count: 2, rows: [6, 8], evidence: null,
  clause: { policy: P002, section: '6.2.2', quote: 'we will review and approve your application for account cancellation within 3 working days' },
  args: { rule: 'delete-after-account-cancellation', period: { en: '3 working days', zh: '3个工作日' }, event: { en: 'account cancellation', zh: '账号注销' } },
};

describe('retention-expired', () => {
  it("reports the table's overdue records with the rule's own clause, the date column as subject", () => {
    const [f, ...rest] = runOn(rule, exportFile({ results: [overdue] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'retention-expired', severity: 'error', line: 1, subject: { table: 'users', column: 'cancelled_at' }, count: 2, rows: [6, 8], clause: { policy: P002, section: '6.2.2' } });
    expect(f!.message).toBe("users: 2 records still holding personal information past the deadline of 3 working days after account cancellation (rule delete-after-account-cancellation, dates from 'cancelled_at')");
    expect(runOn(rule, exportFile({ results: [overdue] }), { lang: 'zh' })[0]!.message).toBe('「users」中有 2 条记录超过保存期限仍保留个人信息：账号注销后 3个工作日（规则 delete-after-account-cancellation，日期取自列“cancelled_at”）');
  });

  it('takes an update date as the cancellation when the status says it is done, not while it is pending', async () => {
    const statuses = ['账号已注销', '已注销（用户申请）', '注销', '注销中', '注销申请中', '未注销'];
    const csv = ['mobile,状态,update_time', ...statuses.map((s, i) => `1381234567${i},${s},2024-01-05`)].join('\n');
    const { path } = tempFiles({ 'users.csv': csv });
    const [f, ...rest] = findings([await scanOne(path('users.csv'), { asOf: '2024-06-01' })], [rule]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ subject: { column: 'update_time' }, count: 3, rows: [2, 3, 4] });
  });

  it('counts working days on the holiday calendar against --as-of', async () => {
    const csv = ['user_id,mobile,cancelled_at', '1,13812345678,2024-09-28', '2,13812345679,2024-09-29', '3,13812345670,2024-09-30', '4,,2024-09-01'].join('\n');
    const { path } = tempFiles({ 'users.csv': csv });
    // On 9 Oct 2024 (after National Day): 28 Sep is overdue; 29 Sep (a make-up working Sunday) is due that very day.
    const file = await scanOne(path('users.csv'), { asOf: '2024-10-09' });
    const [f] = findings([file], [rule]);
    // Record 4 keeps only its id: still personal information (network-identity.user-id) in clear.
    expect(f).toMatchObject({ count: 2, rows: [2, 5] });
    const later = await scanOne(path('users.csv'), { asOf: '2024-10-11' });
    expect(findings([later], [rule])[0]).toMatchObject({ count: 4, rows: [2, 3, 4, 5] });
  });

  it('a record whose personal information is gone is not overdue', async () => {
    const { path } = tempFiles({ 'users.csv': ['id,mobile,cancelled_at', '1,13812345678,2024-01-02', '2,,2024-01-02', '3,138****5678,2024-01-02'].join('\n') });
    expect(findings([await scanOne(path('users.csv'))], [rule])[0]).toMatchObject({ count: 1, rows: [2] });
  });

  it('nothing when no record is overdue or the table has no event date', async () => {
    expect(runOn(rule, exportFile())).toEqual([]);
    expect(findings([await scanOne('fixtures/exports/device_log.tsv')], [rule])).toEqual([]);
  });

  it('takes its severity from the config', () => {
    expect(runOn(rule, exportFile({ results: [overdue] }), { rules: { 'retention-expired': 'warning' } })[0]!.severity).toBe('warning');
  });
});
