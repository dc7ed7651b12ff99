import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, fold, MAX_SUGGESTION_INPUT, meaningScore, MEANING_THRESHOLD, nearest, phrase } from '../../src/text/suggest.js';

const REGIONS = ['cn-north-1', 'cn-hangzhou', 'cn-beijing', 'ap-southeast-1', 'us-east-1'];

describe('fold and editDistance', () => {
  it('ignores case, spaces, _ and - (and width)', () => {
    expect(fold(' Storage_Region ')).toBe('storageregion');
    expect(fold('ＣＮ-North')).toBe('cnnorth');
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('nearest / didYouMean', () => {
  it('suggests the closest names, best first', () => {
    expect(nearest('cn-hangzou', REGIONS)[0]).toBe('cn-hangzhou');
    expect(didYouMean('cn-nort-1', REGIONS)).toBe("did you mean 'cn-north-1'?");
    expect(didYouMean('zzzzzzzz', REGIONS)).toBe('');
  });

  it('suggests nothing that shares nothing with the input: punctuation or short names two edits away', () => {
    // Any two-character input is two edits from any one- or two-character name.
    expect(nearest('火星', ['、', 'CN', 'HK', '/'])).toEqual([]);
    expect(nearest('部分', ['部分遮盖', '*', '+'])).toEqual(['部分遮盖']);
    expect(didYouMean('fr', ['zh', 'en'])).toBe('');
    expect(nearest('x', ['Y', 'N'])).toEqual([]);
  });

  it('still suggests a short name that keeps part of the input, or holds it', () => {
    expect(nearest('ch', ['zh', 'en'])).toEqual(['zh']);
    expect(nearest('北京', ['南京', '上海'])).toEqual(['南京']);
    expect(nearest('**', ['*', '+'])).toEqual(['*']);
    expect(nearest('warn', ['error', 'warning', 'info', 'never'])).toEqual(['warning']);
  });

  it('suggests nothing for an input of spaces, _ and - alone', () => {
    expect(nearest(' _- ', REGIONS)).toEqual([]);
  });

  it(`still suggests for a name of ${MAX_SUGGESTION_INPUT} characters`, () => {
    const long = 'retention_trigger_'.padEnd(MAX_SUGGESTION_INPUT, 'x');
    expect(fold(long).length).toBeLessThanOrEqual(MAX_SUGGESTION_INPUT);
    expect(nearest(long, ['retention_trigger'])).toEqual(['retention_trigger']);
  });

  it('suggests nothing for an input longer than a name, even one holding a candidate', () => {
    expect(nearest('cn-north-1' + 'x'.repeat(MAX_SUGGESTION_INPUT), REGIONS)).toEqual([]);
    expect(didYouMean('y'.repeat(MAX_SUGGESTION_INPUT + 1), ['y'])).toBe('');
  });

  it('measures the folded length: spaces do not make a name too long', () => {
    expect(nearest(`cn-hangzou${' '.repeat(200)}`, REGIONS)[0]).toBe('cn-hangzhou');
  });

  it('answers a data-sized input at once, not after an edit distance per candidate', () => {
    const candidates = Array.from({ length: 500 }, (_, i) => `candidate-name-${i}`);
    const started = performance.now();
    expect(nearest('x' + 'y'.repeat(200_000), candidates)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('meaningScore', () => {
  const score = (a: string, b: string) => meaningScore(phrase(a), phrase(b));

  it('scores shared Chinese characters above unrelated names', () => {
    expect(score('身份证件号', '身份证号')).toBeGreaterThan(MEANING_THRESHOLD);
    expect(score('身份证件号', '身份证号')).toBeGreaterThan(score('身份证件号', '手机号'));
    expect(score('火星', '行星数据')).toBeLessThan(MEANING_THRESHOLD);
  });

  it('does not count 个人…信息 as shared characters', () => {
    expect(score('个人兴趣爱好信息', '个人基本资料')).toBeLessThan(MEANING_THRESHOLD);
  });

  it('matches English words with abbreviations spelt out', () => {
    expect(score('mobile phone no', 'phone number')).toBeGreaterThan(MEANING_THRESHOLD);
    expect(score('cust addr', 'customer address')).toBeGreaterThan(MEANING_THRESHOLD);
    expect(score('mobile phone no', 'phone number')).toBeGreaterThan(score('mobile phone no', 'mobile model'));
  });

  it('keeps a short name inside a long one from counting (ip in any word)', () => {
    expect(score('shipping', 'ip')).toBeLessThan(MEANING_THRESHOLD);
  });

  it('is 1 for the same name however written, 0 for nothing', () => {
    expect(score('Phone_Number', 'phone number')).toBe(1);
    expect(score('', 'phone')).toBe(0);
  });

  it(`stays fast on inputs of ${MAX_SUGGESTION_INPUT} characters`, () => {
    const long = phrase('身份证'.repeat(MAX_SUGGESTION_INPUT / 3));
    const names = Array.from({ length: 2000 }, (_, i) => phrase(`候选名称${i} candidate name ${i}`));
    const start = performance.now();
    for (const n of names) meaningScore(long, n);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
