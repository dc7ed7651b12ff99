/**
 * Calendar dates as `YYYY-MM-DD` strings, computed in UTC so the host's time zone can never
 * shift a day (a date has no time of day here).
 */
import { ValueError } from '../errors.js';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Date.UTC without its quirk of reading years 0–99 as 1900–1999. */
function utcMs(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Is this a day of the (proleptic Gregorian) calendar? The one validity check of the codebase: date
 * cells (scan/day.ts, through a table of its month lengths) and the birth date inside a resident ID
 * (detect/resident-id.ts) ask it too, each adding only its own range of plausible years.
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a real date (Howard Hinnant's days_from_civil: integers only, any year). */
export function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`, or null when the text is not a real date. */
export function dayNumber(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? civilDay(y, mo, d) : null;
}

/** Like dayNumber, but a bad date is a ValueError naming the expected form. */
export function requireDay(date: string): number {
  const n = dayNumber(date);
  if (n === null) throw new ValueError(`not a calendar date: '${date}'`, 'a date written YYYY-MM-DD, e.g. 2024-10-01');
  return n;
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

export function addDays(date: string, n: number): string {
  return formatDay(requireDay(date) + n);
}

/** Add calendar months, clamping to the month's last day: 2024-01-31 + 1 month = 2024-02-29. */
export function addMonths(date: string, n: number): string {
  const d = new Date(requireDay(date) * DAY_MS);
  const target = d.getUTCMonth() + n;
  const year = d.getUTCFullYear() + Math.floor(target / 12);
  const month = ((target % 12) + 12) % 12;
  const lastDay = new Date(utcMs(year, month + 1, 0)).getUTCDate();
  return formatDay(utcMs(year, month, Math.min(d.getUTCDate(), lastDay)) / DAY_MS);
}
