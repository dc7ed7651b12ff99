import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/calendar.js';
import { ValueError } from '../../src/errors.js';

describe('createCalendar: the State Council calendar', () => {
  const cal = createCalendar();

  it.each(['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-05', '2024-10-06', '2024-10-07'])('National Day %s is a holiday', (date) => {
    expect(cal.isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2024-09-29', true], // Sunday, make-up working day
    ['2024-10-12', true], // Saturday, make-up working day
    ['2024-10-13', false], // ordinary Sunday
    ['2024-10-08', true], // Tuesday after the holiday
    ['2025-01-26', true], // Sunday, 调休 working day before Spring Festival
    ['2025-01-28', false], // Spring Festival eve, holiday
    ['2025-02-04', false], // last Spring Festival holiday
    ['2025-02-08', true], // Saturday, make-up working day
    ['2025-02-09', false], // ordinary Sunday
    ['2024-01-01', false], // New Year's Day (Monday)
  ])('%s working day: %s', (date, expected) => {
    expect(cal.isWorkingDay(date)).toBe(expected);
  });

  it.each([
    ['2025-01-27', 3, '2025-02-07'], // over Spring Festival 2025 (Jan 28 – Feb 4)
    ['2024-09-30', 1, '2024-10-08'], // over National Day 2024
    ['2024-09-27', 1, '2024-09-29'], // the make-up Sunday counts
    ['2024-10-11', 1, '2024-10-12'], // the make-up Saturday counts
    ['2024-10-03', 0, '2024-10-03'],
    ['2024-06-03', 5, '2024-06-11'], // Dragon Boat Festival 2024-06-10
  ])('%s + %d working days = %s', (date, n, expected) => {
    expect(cal.addWorkingDays(date, n)).toBe(expected);
  });

  it('covers the years the package has data for, and no others', () => {
    const { from, to } = cal.coverage();
    expect(from).toBe(2004);
    expect(to).toBeGreaterThanOrEqual(2026);
    expect(cal.covers('2004-06-01')).toBe(true);
    expect(cal.covers('2025-12-31')).toBe(true);
    expect(cal.covers('2003-12-31')).toBe(false);
    expect(cal.covers('2099-01-01')).toBe(false);
    expect(cal.uncovered()).toEqual([]);
  });
});

describe('createCalendar: outside the covered years', () => {
  it('counts plain weekdays and records the year', () => {
    const cal = createCalendar();
    // 2099-10-01 is a Thursday: a holiday in practice, a weekday here.
    expect(cal.isWorkingDay('2099-10-01')).toBe(true);
    expect(cal.isWorkingDay('2099-10-03')).toBe(false); // Saturday
    // Friday 2099-10-02 + 1 working day = Monday 2099-10-05.
    expect(cal.addWorkingDays('2099-10-02', 1)).toBe('2099-10-05');
    expect(cal.uncovered()).toEqual(['2099']);
  });

  it('lists every uncovered year a count runs through, sorted', () => {
    const cal = createCalendar();
    cal.addWorkingDays('2098-12-30', 5);
    cal.isWorkingDay('2003-05-01');
    expect(cal.uncovered()).toEqual(['2003', '2098', '2099']);
  });

  it('keeps each calendar its own record', () => {
    const a = createCalendar();
    a.isWorkingDay('2099-01-01');
    expect(createCalendar().uncovered()).toEqual([]);
  });
});

describe('createCalendar: long counts', () => {
  /** The n-th working day after `date`, one day at a time. */
  function walk(cal: ReturnType<typeof createCalendar>, date: string, n: number): string {
    let t = Date.parse(date);
    for (let left = n; left > 0; ) {
      t += 86_400_000;
      if (cal.isWorkingDay(new Date(t).toISOString().slice(0, 10))) left--;
    }
    return new Date(t).toISOString().slice(0, 10);
  }

  it.each([
    ['1995-03-01', 2_000], // before the covered years, into them
    ['2003-12-26', 6], // the skip must stop before 2004-01-01, a covered holiday
    ['2020-01-01', 3_000], // out of them
    ['2026-12-25', 11], // from the last covered days into plain weekdays
    ['2099-10-02', 1], // a Friday outside coverage: next Monday
    ['2099-10-03', 5], // a Saturday
    ['1990-01-01', 20_000], // across the whole covered range
  ])('%s + %d working days agrees with counting day by day', (date, n) => {
    expect(createCalendar().addWorkingDays(date, n)).toBe(walk(createCalendar(), date, n));
  });

  it('records every year it counts on plain weekdays, also when it skips whole weeks', () => {
    const cal = createCalendar();
    cal.addWorkingDays('2024-06-01', 5_000);
    const { to } = cal.coverage();
    const end = Number(cal.addWorkingDays('2024-06-01', 5_000).slice(0, 4));
    expect(cal.uncovered()).toEqual(Array.from({ length: end - to }, (_, i) => String(to + 1 + i)));
  });

  it('counts the longest period parseDuration reads (~260 000 working days) promptly', () => {
    const cal = createCalendar();
    const started = performance.now();
    for (let i = 0; i < 20; i++) cal.addWorkingDays('2024-06-01', 260_892);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('createCalendar: bad input', () => {
  const cal = createCalendar();
  it.each([['2024-02-30'], ['2024/10/01'], ['yesterday']])('%j is a ValueError', (date) => {
    expect(() => cal.isWorkingDay(date)).toThrow(ValueError);
    expect(() => cal.addWorkingDays(date, 1)).toThrow(/not a calendar date/);
  });

  it('rejects a negative or fractional count', () => {
    expect(() => cal.addWorkingDays('2024-10-01', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2024-10-01', 1.5)).toThrow(RangeError);
  });
});

describe('createCalendar agrees with chinese-days', async () => {
  const chineseDays = (await import('chinese-days')).default;
  const cal = createCalendar();
  // The package's own functions shift a day west of UTC (see src/calendar/holidays.ts), so the
  // comparison only means something where local time is UTC or ahead of it.
  it.runIf(new Date(2025, 0, 1).getTimezoneOffset() <= 0)('on every day of 2023–2026', () => {
    const disagree: string[] = [];
    for (let t = Date.UTC(2023, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      if (cal.isWorkingDay(date) !== chineseDays.isWorkday(date)) disagree.push(date);
    }
    expect(disagree).toEqual([]);
    expect(cal.addWorkingDays('2025-01-27', 3)).toBe(chineseDays.findWorkday(3, '2025-01-27'));
  });
});
