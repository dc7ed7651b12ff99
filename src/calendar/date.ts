/**
 * Calendar dates as `YYYY-MM-DD` strings, computed in UTC so the host's time zone can never
 * shift a day (a date has no time of day here).
 */
import { ValueError } from '../normalize/types.js';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Date.UTC without its quirk of reading years 0–99 as 1900–1999. */
function utcMs(year: number, monthIndex: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`, or null when the text is not a real date. */
export function dayNumber(date: string): number | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = utcMs(y, mo - 1, d);
  const back = new Date(ms);
  // utcMs rolls 2023-02-29 over to March: a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
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
