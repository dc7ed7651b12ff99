/**
 * Reading the day out of a date cell without allocating (it runs once per record for retention and
 * birthdays): 2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日, 20240305, each optionally followed by a
 * time; Unix timestamps in seconds (10 digits) or milliseconds (13), read in China Standard Time.
 * Days are counted from 1970-01-01 like src/calendar/date.ts, so cutoffs compare as integers.
 */

export const NOT_A_DAY = -1e9;

const CST_OFFSET_SECONDS = 8 * 3600;
const SECONDS_PER_DAY = 86400;

/** Day number of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** 年 月 - / . */
function isDateSeparator(c: number): boolean {
  return c === 45 || c === 47 || c === 46 || c === 0x5e74 || c === 0x6708;
}

/** The day a cell names, or NOT_A_DAY. */
export function dayOf(cell: string): number {
  let i = 0;
  const n = cell.length;
  while (i < n && cell.charCodeAt(i) <= 32) i++;
  let digits = 0;
  while (i + digits < n && isDigit(cell.charCodeAt(i + digits))) digits++;
  if (digits === 4) return separatedDay(cell, i);
  if (digits === 8) return checkedDay(number(cell, i, 4), number(cell, i + 4, 2), number(cell, i + 6, 2));
  if (digits === 10 || digits === 13) return timestampDay(cell, i, digits);
  return NOT_A_DAY;
}

/** YYYY, separator, 1–2 digit month, separator, 1–2 digit day. */
function separatedDay(cell: string, start: number): number {
  const year = number(cell, start, 4);
  let i = start + 4;
  if (!isDateSeparator(cell.charCodeAt(i))) return NOT_A_DAY;
  i++;
  const monthDigits = runLength(cell, i);
  if (monthDigits < 1 || monthDigits > 2) return NOT_A_DAY;
  const month = number(cell, i, monthDigits);
  i += monthDigits;
  if (!isDateSeparator(cell.charCodeAt(i))) return NOT_A_DAY;
  i++;
  const dayDigits = runLength(cell, i);
  if (dayDigits < 1 || dayDigits > 2) return NOT_A_DAY;
  return checkedDay(year, month, number(cell, i, dayDigits));
}

function timestampDay(cell: string, start: number, digits: number): number {
  const value = number(cell, start, digits);
  const seconds = digits === 13 ? Math.floor(value / 1000) : value;
  return Math.floor((seconds + CST_OFFSET_SECONDS) / SECONDS_PER_DAY);
}

function checkedDay(year: number, month: number, day: number): number {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NOT_A_DAY;
  return civilDay(year, month, day);
}

function runLength(s: string, from: number): number {
  let k = 0;
  while (from + k < s.length && isDigit(s.charCodeAt(from + k))) k++;
  return k;
}

function number(s: string, from: number, count: number): number {
  let v = 0;
  for (let k = 0; k < count; k++) v = v * 10 + (s.charCodeAt(from + k) - 48);
  return v;
}

/** A whole number of years (an age column), or -1. */
export function wholeNumber(cell: string): number {
  let i = 0;
  const n = cell.length;
  while (i < n && cell.charCodeAt(i) <= 32) i++;
  const digits = runLength(cell, i);
  if (digits === 0 || digits > 3) return -1;
  const rest = i + digits;
  // 12, 12岁, 12 周岁
  if (rest < n && cell.charCodeAt(rest) > 32 && cell.charCodeAt(rest) !== 0x5c81 && cell.charCodeAt(rest) !== 0x5468) return -1;
  return number(cell, i, digits);
}
