import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../src/normalize/chinese-number.js';

describe('parseChineseNumber', () => {
  it.each([
    ['一', 1], ['二', 2], ['两', 2], ['五', 5], ['十', 10], ['十二', 12], ['二十', 20], ['三十', 30], ['三十六', 36],
    ['一百', 100], ['一百零五', 105], ['一百二十', 120], ['三千', 3000], ['〇', 0], ['零', 0], ['十五', 15], ['两', 2], ['一百八十', 180],
    ['叁', 3], ['壹拾', 10], ['壹佰捌拾', 180], ['貳拾肆', 24], ['陆', 6], ['陸', 6], ['伍', 5],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
  });

  it.each([[''], ['二四'], ['十百'], ['年'], ['1'], ['叁叁'], ['半']])('%j is not a numeral', (text) => {
    expect(parseChineseNumber(text)).toBeNull();
  });
});
