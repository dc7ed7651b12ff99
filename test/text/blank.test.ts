import { describe, expect, it } from 'vitest';
import { isBlankCell, isBlankRecord, isNotStatedCell } from '../../src/text/blank.js';

describe('isBlankRecord', () => {
  it('is true for no cells, empty cells and whitespace (ASCII or not)', () => {
    expect(isBlankRecord([])).toBe(true);
    expect(isBlankRecord(['', '', ''])).toBe(true);
    expect(isBlankRecord([' ', '\t', '\r\n'])).toBe(true);
    expect(isBlankRecord(['\u3000', '\u00a0', '\ufeff', '\u2003 '])).toBe(true);
  });

  it('is false as soon as one cell holds something', () => {
    expect(isBlankRecord(['', 'x'])).toBe(false);
    expect(isBlankRecord(['  x  '])).toBe(false);
    expect(isBlankRecord(['\u3000张三'])).toBe(false);
    expect(isBlankRecord(['\u0085'])).toBe(false);
    expect(isBlankRecord(['~'])).toBe(false);
  });

  it('agrees with trim on every first character', () => {
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      expect(isBlankRecord([c]), `U+${code.toString(16)}`).toBe(c.trim() === '');
    }
  });
});

describe('isBlankCell', () => {
  it('is the one test of a blank cell: empty, or whitespace a Chinese export pads with', () => {
    for (const c of ['', ' ', '\u3000', '\u00a0 ', '\ufeff']) expect(isBlankCell(c), JSON.stringify(c)).toBe(true);
    for (const c of ['0', '\u3000 2024-01-01', '无']) expect(isBlankCell(c), JSON.stringify(c)).toBe(false);
  });
});

describe('isNotStatedCell', () => {
  it('is blank, a "not stated" mark (SPEC decision 13) or a database NULL, padded or full-width', () => {
    for (const c of ['', '\u3000', 'N/A', ' n/a ', 'NA', '－', '-', '—', '／', '不适用', 'NULL', 'Null', '\\N', '#N/A']) expect(isNotStatedCell(c), JSON.stringify(c)).toBe(true);
  });

  it('is false for anything that says something', () => {
    for (const c of ['无', 'none', '0', 'N', 'NULLABLE', '2024-01-01', '待回复', '-1', 'n/a yet']) expect(isNotStatedCell(c), JSON.stringify(c)).toBe(false);
  });
});
