import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayNumber, formatDay, weekday } from '../../src/calendar/date.js';

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
