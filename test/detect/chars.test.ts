import { describe, expect, it } from 'vitest';
import { C_DIGIT, C_DOT, C_MASK, C_WIDE, C_X, letterCases, longestDigitRun, LOWER_CASE, NOT_A_LETTER, scanShape, shapeClasses, shapeDigits, trimCell, UPPER_CASE } from '../../src/detect/chars.js';

describe('scanShape', () => {
  it('packs character classes and the digit count', () => {
    const id = scanShape('11010519491231002X');
    expect(shapeClasses(id)).toBe(C_DIGIT | C_X);
    expect(shapeDigits(id)).toBe(17);
    expect(shapeClasses(scanShape('10.2.3.4'))).toBe(C_DIGIT | C_DOT);
    expect(shapeClasses(scanShape('张●'))).toBe(C_WIDE | C_MASK);
  });
});

describe('trimCell', () => {
  it('returns the same string when there is nothing to trim', () => {
    const s = '13812345678';
    expect(trimCell(s)).toBe(s);
    expect(trimCell('\u3000abc\u00a0')).toBe('abc');
    expect(trimCell('\ufeffabc')).toBe('abc');
    expect(trimCell('')).toBe('');
  });
});

describe('longestDigitRun', () => {
  it('measures the longest run of ASCII digits', () => {
    expect(longestDigitRun('110101********123X')).toBe(6);
    expect(longestDigitRun('abc')).toBe(0);
  });
});

describe('letterCases', () => {
  it('tells ASCII upper and lower case letters from everything else', () => {
    expect(letterCases('E12345678')).toBe(UPPER_CASE | NOT_A_LETTER);
    expect(letterCases('e12345678')).toBe(LOWER_CASE | NOT_A_LETTER);
    expect(letterCases('eA')).toBe(UPPER_CASE | LOWER_CASE);
    expect(letterCases('QUJDZGVm+/==')).toBe(UPPER_CASE | LOWER_CASE | NOT_A_LETTER);
    // Full-width letters are not ASCII letters.
    expect(letterCases('Ｅ张')).toBe(NOT_A_LETTER);
    expect(letterCases('')).toBe(0);
  });
});
