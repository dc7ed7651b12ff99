import { describe, expect, it } from 'vitest';
import { isBlankRecord } from '../../src/text/blank.js';

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
