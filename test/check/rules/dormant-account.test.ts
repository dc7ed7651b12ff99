/** dormant-account: accounts without a login for longer than the terms' 12 months, with no unexpired service. */
import { describe, expect, it } from 'vitest';
import { dormantAccount as rule } from '../../../src/check/rules/dormant-account.js';
import { retentionExpired } from '../../../src/check/rules/retention-expired.js';
import type { Rule } from '../../../src/check/types.js';
import type { Pack } from '../../../src/policy/types.js';
import { P001, P002, packWith } from '../helpers.js';
import { findings, scanOne, tempFiles } from '../../scan/helpers.js';

async function run(csv: string[], packs: (string | Pack)[] = [P001], rules: Rule[] = [rule], lang: 'en' | 'zh' = 'en') {
  const { path } = tempFiles({ 'accounts.csv': csv.join('\n') });
  const file = await scanOne(path('accounts.csv'), { asOf: '2026-11-23', packs: packs as string[] });
  return findings([file], rules, { asOf: '2026-11-23', packs, lang });
}

describe('dormant-account', () => {
  it('lists accounts idle past 12 months (info), not one idle exactly 12, not a cancelled one, not one with a running service', async () => {
    const csv = ['account,last_login,service_end,status', 'a,2025-11-23,,正常', 'b,2025-11-22,,正常', 'c,2024-01-15,2027-06-30,正常', 'd,2024-01-15,2025-12-31,正常', 'e,2023-05-01,,已注销'];
    const [f, ...rest] = await run(csv);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'info', subject: { column: 'last_login' }, count: 2, rows: [3, 5], evidence: '2025-11-22 → … (≤ 2026-11-22)', lateness: { worst: 677 } });
    expect(f!.clause).toMatchObject({ policy: P001, section: '2.3.2(1)' });
    expect(f!.message).toBe(
      "accounts, dormancy: 2 accounts without a login for more than 12 months (last login in 'last_login', none with a service running past the as-of day in 'service_end'; dormant-login-name): the longest 677 days beyond it; the terms let the operator cancel such accounts",
    );
  });

  it('reads a status saying the account is cancelled anywhere in it, but not one whose cancellation is pending or failed', async () => {
    const statuses = ['账号已注销', '注销成功', 'Closed', '注销中', '注销申请中', '待注销', '注销失败', 'not deleted'];
    const csv = ['account,last_login,status', ...statuses.map((s, i) => `a${i},2024-01-15,${s}`)];
    const [f] = await run(csv);
    expect(f).toMatchObject({ count: 5, rows: [5, 6, 7, 8, 9] });
  });

  it('says when it could not check for unexpired services', async () => {
    const [f] = await run(['account,最后登录时间', 'a,2024-01-01'], [P001], [rule], 'zh');
    expect(f!.message).toContain('表中没有服务到期日期，未核对是否有未到期服务');
  });

  it('takes the last login from retention-expired under the terms, which leave it a right, not a duty to delete', async () => {
    const csv = ['account_name,last_login', 'zhangsan,2024-01-01'];
    const both = await run(csv, [P001], [rule, retentionExpired]);
    expect(both.map((f) => f.ruleId)).toEqual(['dormant-account']);
    // A pack whose last-login rule is a real deletion promise, without a dormancy period, keeps it.
    const promise = packWith(P001, (p) => ({ id: 'promise', deadlines: [], retention: p.retention }));
    expect((await run(csv, [promise], [rule, retentionExpired])).map((f) => f.ruleId)).toEqual(['retention-expired']);
  });

  it('needs a pack with a dormancy period', async () => {
    expect(await run(['account,last_login', 'a,2020-01-01'], [P002])).toEqual([]);
  });
});
