/** Per-cell answers remembered by the counters (src/scan/cell-memo.ts). */
import { describe, expect, it } from 'vitest';
import { CellMemo, wordsMemo } from '../../src/scan/cell-memo.js';

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
    const memo = wordsMemo(['cancelled']);
    for (let i = 0; i < 5000; i++) expect(memo.says(`v${i}`)).toBe(false);
    expect(memo.says('Cancelled')).toBe(true);
  });
});

describe('wordsMemo', () => {
  it('compares the cell folded (case, width, spaces) with words folded already', () => {
    const memo = wordsMemo(['已驳回', 'rejected']);
    expect(memo.says(' REJECTED ')).toBe(true);
    expect(memo.says('已驳回')).toBe(true);
    expect(memo.says('已通过')).toBe(false);
  });
});
