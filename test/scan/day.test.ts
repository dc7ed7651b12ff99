import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/calendar/date.js';
import { civilDay, dayOf, NOT_A_DAY, wholeNumber } from '../../src/scan/day.js';

describe('dayOf', () => {
  it.each(['2024-03-05', '2024/3/5', '2024.03.05', '2024年3月5日', '20240305', '2024-03-05 23:59:59', '2024-03-05T08:00:00Z', ' 2024-3-05 '])('reads %s as 2024-03-05', (cell) => {
    expect(dayOf(cell)).toBe(dayNumber('2024-03-05'));
  });

  it('reads Unix timestamps in China Standard Time', () => {
    // 2024-03-04T16:30:00Z is 2024-03-05 00:30 in Beijing.
    expect(dayOf('1709569800')).toBe(dayNumber('2024-03-05'));
    expect(dayOf('1709569800000')).toBe(dayNumber('2024-03-05'));
  });

  it.each(['', '-', 'N/A', '2023-02-29', '2024-13-01', '2024-00-10', '12345', '2024-3', '正常'])('rejects %j', (cell) => {
    expect(dayOf(cell)).toBe(NOT_A_DAY);
  });

  it('agrees with the calendar module on day numbers', () => {
    for (const d of ['1800-01-01', '1970-01-01', '2000-02-29', '2024-12-31', '2199-12-31']) {
      const [y, m, dd] = d.split('-').map(Number);
      expect(civilDay(y!, m!, dd!)).toBe(dayNumber(d));
    }
  });
});

describe('wholeNumber', () => {
  it.each([['12', 12], ['12岁', 12], [' 7 周岁', 7], ['0', 0]])('reads %j', (cell, n) => expect(wholeNumber(cell)).toBe(n));
  it.each(['', '12.5', 'abc', '1234'])('rejects %j', (cell) => expect(wholeNumber(cell)).toBe(-1));
});
