/** Working days on the PRC calendar, with plain weekdays (and a record of it) outside its coverage. */
import type { WorkCalendar } from './types.js';
import { formatDay, requireDay, weekday } from './date.js';
import { holidayTable } from './holidays.js';

/** A WorkCalendar that also tells which years it had to count as plain weekdays. */
export interface PrcCalendar extends WorkCalendar {
  /** Years (as `YYYY`, sorted) for which a working-day answer fell back to Mon–Fri: warn about them. */
  uncovered(): string[];
  /** First and last year the official calendar covers. */
  coverage(): { from: number; to: number };
}

function isWeekday(day: number): boolean {
  const w = weekday(day);
  return w >= 1 && w <= 5;
}

export function createCalendar(): PrcCalendar {
  const { holidays, workdays, years } = holidayTable();
  const uncoveredYears = new Set<number>();

  const yearOf = (date: string): number => Number(date.slice(0, 4));
  // Days [coveredFrom, coveredTo) are inside the official calendar's years; outside, only weekdays count.
  const coveredFrom = requireDay(`${Math.min(...years)}-01-01`);
  const coveredTo = requireDay(`${Math.max(...years) + 1}-01-01`);

  /**
   * Whole weeks that can be skipped after `day` with `left` working days to go: outside the covered
   * years any 7 days hold exactly 5 working days, so long counts (up to the 1000-year limit of
   * parseDuration, ~260 000 working days) cost one step per covered day, not one per day. At least one
   * working day is left for the day-by-day walk, which ends on a working day.
   */
  const plainWeeks = (day: number, left: number): number => {
    const weeks = Math.floor((left - 1) / 5);
    if (weeks === 0 || day + 1 >= coveredTo) return weeks;
    return day < coveredFrom ? Math.min(weeks, Math.floor((coveredFrom - 1 - day) / 7)) : 0;
  };

  /** Records the years of the skipped days [from, to] as counted on plain weekdays. */
  const skipped = (from: number, to: number): void => {
    for (let year = yearOf(formatDay(from)), last = yearOf(formatDay(to)); year <= last; year++) uncoveredYears.add(year);
  };

  const workingDay = (day: number): boolean => {
    const date = formatDay(day);
    const year = yearOf(date);
    if (!years.has(year)) {
      uncoveredYears.add(year);
      return isWeekday(day);
    }
    if (workdays.has(date)) return true;
    if (holidays.has(date)) return false;
    return isWeekday(day);
  };

  return {
    isWorkingDay: (date) => workingDay(requireDay(date)),

    addWorkingDays(date, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number >= 0, got ${n}`);
      let day = requireDay(date);
      for (let left = n; left > 0; ) {
        const weeks = plainWeeks(day, left);
        if (weeks > 0) {
          skipped(day + 1, day + 7 * weeks);
          day += 7 * weeks;
          left -= 5 * weeks;
        }
        day += 1;
        if (workingDay(day)) left -= 1;
      }
      return formatDay(day);
    },

    covers: (date) => years.has(yearOf(formatDay(requireDay(date)))),

    uncovered: () => [...uncoveredYears].sort((a, b) => a - b).map(String),

    coverage: () => ({ from: Math.min(...years), to: Math.max(...years) }),
  };
}
