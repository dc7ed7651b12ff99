import { describe, expect, it } from 'vitest';
import { addDays, addMonths, civilDay, dayNumber, formatDay, isRealDate, weekday } from '../../src/calendar/date.js';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true], ['2023-02-29', false], ['2024-13-01', false], ['2024-1-1', false], ['2000-02-29', true], ['1900-02-29', false], ['0050-06-15', true],
  ])('%s is a real date: %s', (date, real) => {
    expect(dayNumber(date) !== null).toBe(real);
  });

  it('round-trips through day numbers, years below 100 included', () => {
    for (const d of ['1970-01-01', '2024-10-01', '0050-06-15', '9999-12-31']) expect(formatDay(dayNumber(d)!)).toBe(d);
  });

  it.each([
    ['1970-01-01', 4], ['2024-09-29', 0], ['2024-10-12', 6], ['2025-01-27', 1],
  ])('%s is weekday %d', (date, w) => {
    expect(weekday(dayNumber(date)!)).toBe(w);
  });

  it.each([
    ['2024-12-31', 1, '2025-01-01'], ['2024-03-01', -1, '2024-02-29'], ['2024-01-01', 366, '2025-01-01'],
  ])('%s + %d days = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2024-01-31', 1, '2024-02-29'], ['2024-02-29', 12, '2025-02-28'], ['2024-02-29', 48, '2028-02-29'], ['2024-08-31', 1, '2024-09-30'],
    ['2024-12-15', 1, '2025-01-15'], ['2024-03-31', -1, '2024-02-29'],
  ])('%s + %d months = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });
});

describe('the one validity check', () => {
  it.each([
    [2024, 2, 29, true], [2023, 2, 29, false], [1900, 2, 29, false], [2000, 2, 29, true], [2024, 4, 31, false], [2024, 12, 31, true],
    [2024, 13, 1, false], [2024, 0, 1, false], [2024, 1, 0, false], [2024.5, 1, 1, false],
  ])('%i-%i-%i is a real date: %s', (y, m, d, real) => {
    expect(isRealDate(y, m, d)).toBe(real);
  });

  it('counts days from 1970-01-01 as Date does, any year', () => {
    for (const [y, m, d] of [[1970, 1, 1], [1969, 12, 31], [2026, 10, 10], [1800, 3, 1], [9999, 12, 31], [50, 6, 15]] as const) {
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      expect(civilDay(y, m, d)).toBe(date.getTime() / 86_400_000);
    }
  });
});
