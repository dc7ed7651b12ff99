/** Words a cell says (src/text/word-finder.ts): Chinese anywhere, English where a word starts, negations optional. */
import { describe, expect, it } from 'vitest';
import { cellText, wordFinder } from '../../src/text/word-finder.js';

const says = (words: string[], cell: string, negations = false) => wordFinder(words, { negations })(cellText(cell));

describe('wordFinder', () => {
  it('finds a Chinese word anywhere in the cell, folded', () => {
    expect(says(['驳回'], '审核驳回')).toBe(true);
    expect(says(['驳回'], '驳回（资料不全）')).toBe(true);
    expect(says(['驳回'], ' 驳 回 ')).toBe(true);
    expect(says(['驳回'], '审核通过')).toBe(false);
  });

  it('finds an English word only where a word starts, camelCase included', () => {
    expect(says(['reject'], 'Rejected ')).toBe(true);
    expect(says(['reject'], 'REJECTED')).toBe(true);
    expect(says(['reject'], 'autoRejected')).toBe(true);
    expect(says(['reject'], 'review_rejected')).toBe(true);
    expect(says(['view'], 'review')).toBe(false);
    expect(says(['other'], 'another')).toBe(false);
  });

  it('reads a word of two letters only whole: ad is not address', () => {
    expect(says(['ad'], 'AD')).toBe(true);
    expect(says(['ad'], 'ad_sms')).toBe(true);
    expect(says(['ad'], 'adPush')).toBe(true);
    expect(says(['ad'], 'address change')).toBe(false);
  });

  it('reads a phrase with a space, hyphen, underscore or nothing between its words', () => {
    for (const cell of ['Opt-out', 'opt out', 'opt_out', 'optout', 'OptOut']) expect(says(['opt out'], cell), cell).toBe(true);
  });

  it('with negations, does not count a word right after one', () => {
    for (const cell of ['未驳回', '没有撤回', '未被驳回', '不拒绝', '非营销', 'not rejected', 'Not-Rejected', 'notRejected', 'non-marketing', 'never rejected']) {
      expect(says(['驳回', '撤回', '拒绝', '营销', 'reject', 'marketing'], cell, true), cell).toBe(false);
    }
    // Not yet approved is pending, not 未通过.
    expect(says(['未通过'], '尚未通过', true)).toBe(false);
    expect(says(['未通过'], '审核未通过', true)).toBe(true);
    // A negated occurrence does not hide a plain one.
    expect(says(['驳回'], '未驳回，后驳回', true)).toBe(true);
    // Without negations, the word is there.
    expect(says(['驳回'], '未驳回')).toBe(true);
  });
});
