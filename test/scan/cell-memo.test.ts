/** Per-cell answers remembered by the counters (src/scan/cell-memo.ts). */
import { describe, expect, it } from 'vitest';
import { CellMemo, wordsMemo } from '../../src/scan/cell-memo.js';
import { REJECTED_WORDS, STATUS_WORDS } from '../../src/scan/roles.js';

describe('CellMemo', () => {
  it('asks the test once per distinct cell', () => {
    const asked: string[] = [];
    const memo = new CellMemo((cell) => (asked.push(cell), cell === 'yes'));
    expect(['yes', 'no', 'yes', 'no', 'yes'].map((c) => memo.says(c))).toEqual([true, false, true, false, true]);
    expect(asked).toEqual(['yes', 'no']);
  });

  it('says no to a missing or empty cell without asking', () => {
    const memo = new CellMemo(() => {
      throw new Error('asked');
    });
    expect(memo.says(undefined)).toBe(false);
    expect(memo.says('')).toBe(false);
  });

  it('stays bounded over a column of distinct values, and still answers', () => {
    const memo = wordsMemo({ anywhere: ['cancelled'] });
    for (let i = 0; i < 5000; i++) expect(memo.says(`v${i}`)).toBe(false);
    expect(memo.says('Cancelled')).toBe(true);
  });
});

describe('wordsMemo', () => {
  const rejected = wordsMemo(REJECTED_WORDS);
  const cancelled = wordsMemo(STATUS_WORDS['account-cancellation']!);
  const terminated = wordsMemo(STATUS_WORDS['service-termination']!);

  it('says a status rejected or withdrawn when the cell says it anywhere, as review systems write it', () => {
    for (const cell of ['驳回', '审核驳回', '驳回（资料不全）', '用户已撤回', '用户撤销', '拒绝注销', 'REJECTED', 'Rejected ', '已取消', '取消申请', '不予通过', '不予注销', '审核未通过', 'Denied', 'withdrawn by user', 'autoRejected']) {
      expect(rejected.says(cell), cell).toBe(true);
    }
  });

  it('does not say rejected for an approval, a pending review, or a negated word', () => {
    for (const cell of ['审核通过', '通过', '待审核', '审核中', '未驳回', '未撤回', '没有撤回', '尚未通过', 'approved', 'pending', 'not rejected', 'non-rejected']) {
      expect(rejected.says(cell), cell).toBe(false);
    }
  });

  it('says cancelled for a done cancellation, not for one still pending or failed', () => {
    for (const cell of ['已注销', '账号已注销', '注销', ' 注 销 ', '注销成功', '已销户', '已删除', 'Cancelled', 'account_closed', 'DELETED']) expect(cancelled.says(cell), cell).toBe(true);
    for (const cell of ['注销中', '注销申请中', '申请注销', '待注销', '未注销', '注销失败', '尚未注销成功', '正常', 'cancellation pending', 'not deleted', 'pending deletion']) {
      expect(cancelled.says(cell), cell).toBe(false);
    }
  });

  it('says terminated for an ended service, not for one about to end', () => {
    for (const cell of ['已终止', '服务已终止', '终止', '已到期', 'Expired']) expect(terminated.says(cell), cell).toBe(true);
    for (const cell of ['终止中', '即将到期', '未到期', '正常', 'not expired', 'expires soon']) expect(terminated.says(cell), cell).toBe(false);
  });
});
