import { describe, expect, it } from 'vitest';
import { C_DIGIT, C_DOT, C_MASK, C_WIDE, C_X, foldWidth, hasFullWidthDigit, letterCases, longestDigitRun, LOWER_CASE, NOT_A_LETTER, scanShape, shapeClasses, shapeDigits, trimCell, UPPER_CASE } from '../../src/detect/chars.js';

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

  it("removes Excel's text guards: a whole-cell =\"…\" and one leading apostrophe", () => {
    expect(trimCell('="110101199003071233"')).toBe('110101199003071233');
    expect(trimCell(' =" 11010519491231002X " ')).toBe('11010519491231002X');
    expect(trimCell("'110101199003071233")).toBe('110101199003071233');
    expect(trimCell('\t13812345678')).toBe('13812345678');
    expect(trimCell('=""')).toBe('');
    expect(trimCell("'")).toBe('');
    // Not a guard: a formula, a quote inside, an apostrophe elsewhere.
    expect(trimCell('=SUM(A1:A3)')).toBe('=SUM(A1:A3)');
    expect(trimCell('="a"&"b"')).toBe('="a"&"b"');
    expect(trimCell("O'Brien")).toBe("O'Brien");
  });

  it('folds full-width digits, letters, ＋ and － to ASCII when the value starts or ends with one', () => {
    expect(trimCell('１３８１２３４５６７８')).toBe('13812345678');
    expect(trimCell('＋８６　１３８－１２３４－５６７８')).toBe('+86 138-1234-5678');
    expect(trimCell('1101051949123１002Ｘ')).toBe('11010519491231002X');
    expect(trimCell("'１３８１２３４５６７８")).toBe('13812345678');
    expect(trimCell('="１３８１２３４５６７８"')).toBe('13812345678');
    // Chinese text is not folded: its first and last characters are not full-width forms.
    expect(trimCell('张三（１号）')).toBe('张三（１号）');
  });
});

describe('foldWidth', () => {
  it('maps U+FF01–FF5E and the ideographic space one for one, and leaves the rest', () => {
    expect(foldWidth('！０９ＡＺａｚ＋－＠～　张')).toBe('!09AZaz+-@~ 张');
    const s = 'abc';
    expect(foldWidth(s)).toBe(s);
  });

  it('hasFullWidthDigit: ０ to ９ only, from a given index', () => {
    expect(hasFullWidthDigit('电话１３８')).toBe(true);
    expect(hasFullWidthDigit('１号', 1)).toBe(false);
    expect(hasFullWidthDigit('（ＡＢＣ）123')).toBe(false);
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
