/**
 * Date arithmetic and ordering for durations.
 *
 * Ordering convention: exact within a family (1 year = 12 months, 1 week = 7 days); across
 * families by average length: 1 working day ≈ 7/5 days, 1 month ≈ 30.44 days, 1 year ≈ 365.25
 * days. Forever is longer than any period.
 */
import type { Duration, DurationUnit } from './types.js';
import type { WorkCalendar } from '../calendar/types.js';
import { addDays, addMonths, requireDay } from '../calendar/date.js';

/** Days per unit as [numerator, denominator], so 5 working days is exactly 7 days, not 7.000…1. */
const APPROX_DAYS: Record<DurationUnit, [number, number]> = {
  days: [1, 1],
  'working-days': [7, 5],
  weeks: [7, 1],
  months: [3044, 100],
  years: [36525, 100],
};

/** Average length in days (Infinity for forever), for ordering and rough comparisons only. */
export function approximateDays(d: Duration): number {
  if (d.forever) return Infinity;
  const [num, den] = APPROX_DAYS[d.unit];
  return (d.amount * num) / den;
}

/** Exact length in the family's small unit (months or days), or null when units are of different families. */
function exactPair(a: Duration & { forever: false }, b: Duration & { forever: false }): [number, number] | null {
  const months = (d: typeof a): number | null => (d.unit === 'years' ? d.amount * 12 : d.unit === 'months' ? d.amount : null);
  const days = (d: typeof a): number | null => (d.unit === 'weeks' ? d.amount * 7 : d.unit === 'days' ? d.amount : null);
  const wd = (d: typeof a): number | null => (d.unit === 'working-days' ? d.amount : null);
  for (const measure of [months, days, wd]) {
    const x = measure(a);
    const y = measure(b);
    if (x !== null && y !== null) return [x, y];
  }
  return null;
}

/** Negative when a is shorter than b, 0 when equal, positive when longer (see the convention above). */
export function compareDurations(a: Duration, b: Duration): number {
  if (a.forever || b.forever) return Number(a.forever) - Number(b.forever);
  const [x, y] = exactPair(a, b) ?? [approximateDays(a), approximateDays(b)];
  return Math.sign(x - y);
}

/**
 * The date a period ends when it starts on `date` (YYYY-MM-DD); null for forever. Months and
 * years clamp to the end of the month: 2024-02-29 + 1 year = 2025-02-28. Working days follow `cal`.
 */
export function addDuration(date: string, d: Duration, cal: WorkCalendar): string | null {
  requireDay(date);
  if (d.forever) return null;
  switch (d.unit) {
    case 'years':
      return addMonths(date, d.amount * 12);
    case 'months':
      return addMonths(date, d.amount);
    case 'weeks':
      return addDays(date, d.amount * 7);
    case 'days':
      return addDays(date, d.amount);
    case 'working-days':
      return cal.addWorkingDays(date, d.amount);
  }
}
