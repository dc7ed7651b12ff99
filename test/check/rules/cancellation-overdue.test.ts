/** cancellation-overdue: applications reviewed, or their personal information deleted, past the working-day deadline. */
import { describe, expect, it } from 'vitest';
import { cancellationOverdue as rule } from '../../../src/check/rules/cancellation-overdue.js';
import { retentionExpired } from '../../../src/check/rules/retention-expired.js';
import type { Rule } from '../../../src/check/types.js';
import { P000, P002, P003 } from '../helpers.js';
import { findings, scanOne, tempFiles } from '../../scan/helpers.js';

async function run(csv: string[], opts: { packs?: string[]; asOf?: string; rules?: Rule[]; lang?: 'en' | 'zh' } = {}) {
  const { path } = tempFiles({ 'cancellations.csv': csv.join('\n') });
  const packs = opts.packs ?? [P000];
  const asOf = opts.asOf ?? '2026-11-23';
  const file = await scanOne(path('cancellations.csv'), { asOf, packs });
  return findings([file], opts.rules ?? [rule], { asOf, packs, lang: opts.lang });
}

describe('cancellation-overdue', () => {
  it('counts 3 working days across National Day and its make-up Saturday: approved on the 3rd is on time, a working day later is not', async () => {
    // 2026: 1–7 October off; Saturday 10 October is a working day. 30 September + 3 working days = 8, 9, 10 October.
    const csv = ['no,注销申请时间,审核通过时间', 'a,2026-09-30 09:00,2026-10-10 17:00', 'b,2026-09-30,2026-10-12', 'c,2024-09-27,2024-10-08'];
    // 2024: 1–7 October off, Sunday 29 September a working day: 27 September + 3 = 29, 30 September, 8 October.
    const [f, ...rest] = await run(csv);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ subject: { column: '审核通过时间' }, count: 1, rows: [3], evidence: '2026-09-30 → 2026-10-12 (≤ 2026-10-10)', lateness: { worst: 2, open: 0 } });
    expect(f!.clause).toMatchObject({ policy: P000, section: '6.2.2' });
    expect(f!.message).toBe("cancellations, cancellation deadlines: 1 cancellation reviewed more than 3 working days after the application, or still waiting past it (from '注销申请时间' to '审核通过时间'; deadline cancellation-review): worst 2 days late");
  });

  it('checks the deletion too, each stage its own finding and clause; a pending one counts once its deadline is past', async () => {
    const csv = ['no,cancellation_requested_at,approved_at,deleted_at,status', 'a,2026-11-02,2026-11-04,2026-11-09,approved', 'b,2026-11-16,,,pending', 'c,2026-11-10,2026-11-12,,approved', 'd,2026-11-20,,,pending'];
    const found = await run(csv, { packs: [P002] });
    expect(found.map((f) => [f.subject.column, f.rows, f.lateness!.open, f.clause.quote.slice(0, 30)])).toEqual([
      ['approved_at', [3], 1, 'we will review and approve you'],
      ['deleted_at', [2, 4], 1, 'Upon such review and approval,'],
    ]);
    const [zh] = await run(csv, { packs: [P002], lang: 'zh' });
    expect(zh!.message).toMatch(/^「cancellations」注销处理期限：1 条注销申请未在申请后 3个工作日内完成审核.*其中 1 条仍未审核$/);
  });

  it('leaves alone an application the status says was rejected or withdrawn', async () => {
    expect(await run(['no,注销申请时间,审核通过时间,删除时间,审核状态', 'a,2026-10-12,,,驳回', 'b,2026-10-12,,,已撤回'])).toEqual([]);
  });

  it('leaves alone a status that says 驳回, 撤回 or rejected anywhere in it, as review systems write them', async () => {
    const statuses = ['驳回', '审核驳回', '驳回（资料不全）', '用户已撤回', '用户撤销', '拒绝注销', 'REJECTED', 'Rejected ', '已取消', '取消申请', '不予通过'];
    const csv = ['申请编号,注销申请时间,审核时间,审核状态', ...statuses.map((s, i) => `ZX-${i},2025-10-13,,${s}`)];
    expect(await run(csv, { packs: [P002], asOf: '2025-11-10' })).toEqual([]);
  });

  it('still counts an application whose status is approved, pending or says the opposite (未驳回, 未撤回)', async () => {
    const statuses = ['审核通过', '待审核', '未驳回', '未撤回', '尚未通过', 'not rejected'];
    const csv = ['申请编号,注销申请时间,审核时间,审核状态', ...statuses.map((s, i) => `ZX-${i},2025-10-13,,${s}`)];
    const [f, ...rest] = await run(csv, { packs: [P002], asOf: '2025-11-10' });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ subject: { column: '审核时间' }, count: 6, lateness: { open: 6 } });
  });

  it('reads a log whose application column is named like a request (申请时间) when it records an approval', async () => {
    const [f] = await run(['no,申请时间,审核时间', 'a,2026-11-02,2026-11-09']);
    expect(f).toMatchObject({ count: 1, rows: [2] });
  });

  it('is the only rule on a cancellation log: retention-expired does not read its deletion dates', async () => {
    const csv = ['user_id,mobile,注销申请时间,审核通过时间,删除时间', '1,13812345678,2026-01-05,2026-01-06,2026-01-07'];
    expect(await run(csv, { rules: [rule, retentionExpired] })).toEqual([]);
  });

  it('needs a pack with the deadline and a log of applications', async () => {
    expect(await run(['no,注销申请时间,审核通过时间', 'a,2026-01-05,'], { packs: [P003] })).toEqual([]);
    expect(await run(['no,cancelled_at,approved_at', 'a,2026-01-05,'])).toEqual([]);
  });
});
