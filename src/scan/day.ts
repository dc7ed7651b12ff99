/**
 * Reading a date cell without allocating (it runs once per record and date column): the day, and the
 * second of the day when the cell has a time. Days are counted from 1970-01-01 like
 * src/calendar/date.ts, in China Standard Time, so deadlines compare as integers.
 *
 * Read: 2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日, 20240305, 20240305103000, each optionally with a
 * time (`T` or spaces, then H:MM, H:MM:SS, H:MM:SS.fff) and a zone (`Z`, `+08:00`, `+0800`, `+08`,
 * `UTC`, `GMT`); Unix timestamps in seconds (10 digits, optionally with a fraction) or milliseconds
 * (13); Excel serial day numbers (5 digits, optionally with a time fraction, 1950–2099). A time with a
 * zone is moved to China Standard Time; without one it is taken as written (exports from Chinese
 * systems are in local time). Anything else — 03/05/2024 (day or month first?), trailing words — is
 * not a date: never guessed.
 */
import { civilDay, daysInMonth } from '../calendar/date.js';

export const NOT_A_DAY = -1e9;

const SECONDS_PER_DAY = 86400;
const CST_OFFSET_SECONDS = 8 * 3600;
/** Years a date cell may name (older or later is a typo, not a date). */
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;
/** Excel serial days read as dates: 1950-01-01 to 2099-12-31 (a 5-digit number outside is a code). */
const EXCEL_MIN = 18264;
const EXCEL_MAX = 73050;
/** Excel's day 25569 is 1970-01-01. */
const EXCEL_EPOCH = 25569;

/**
 * The day number of the 1st of every month of the years a cell may name, and each month's length as
 * the calendar's one validity check gives it (src/calendar/date.ts): a date cell costs two array reads.
 */
const MONTHS = (MAX_YEAR - MIN_YEAR + 1) * 12;
const MONTH_START = new Int32Array(MONTHS);
const MONTH_LENGTH = new Uint8Array(MONTHS);
for (let i = 0; i < MONTHS; i++) {
  const year = MIN_YEAR + Math.floor(i / 12);
  MONTH_START[i] = civilDay(year, (i % 12) + 1, 1);
  MONTH_LENGTH[i] = daysInMonth(year, (i % 12) + 1);
}

/** The day number of a real date between MIN_YEAR and MAX_YEAR, else NOT_A_DAY. */
function dateDay(year: number, month: number, day: number): number {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return NOT_A_DAY;
  const i = (year - MIN_YEAR) * 12 + month - 1;
  return day <= MONTH_LENGTH[i]! ? MONTH_START[i]! + day - 1 : NOT_A_DAY;
}

/** What the last successful readDate() found. Read it right after the call. */
export const READ = { day: NOT_A_DAY, second: -1 };

/** Parse state of one call (module scope: no allocation per cell). */
let pos = 0;
let year = 0;
let month = 0;
let dayOfMonth = 0;
let seconds = -1;
let zoneSeconds = NaN;

function isSpace(c: number): boolean {
  return c <= 32 || c === 0x3000;
}

/** The value of the last run runLength() read (exact up to 15 digits). */
let runValue = 0;

/** How many digits run from `from`; their value goes to runValue, so no digit is read twice. */
function runLength(s: string, from: number): number {
  let k = 0;
  let value = 0;
  for (; from + k < s.length; k++) {
    const d = s.charCodeAt(from + k) - 48;
    if (d < 0 || d > 9) break;
    value = value * 10 + d;
  }
  runValue = value;
  return k;
}

/** - / . 年 月 */
function isDateSeparator(c: number): boolean {
  return c === 45 || c === 47 || c === 46 || c === 0x5e74 || c === 0x6708;
}

const ISO_READ = 1;
const ISO_BAD = 0;
const NOT_ISO = -1;

/** A character's digit value, or a number above 9 (unsigned: a character below '0' wraps high). */
const digit = (s: string, i: number): number => (s.charCodeAt(i) - 48) >>> 0;

/**
 * `2024-03-05` and `2024-03-05 10:30:00` (or with `T`), what databases export, read in place: ISO_READ
 * (into READ), ISO_BAD (that form, not a date), or NOT_ISO (another form: the general reader decides).
 * Each character is read once, straight through: this runs for every date cell of every record.
 */
function isoDate(cell: string): number {
  const n = cell.length;
  if ((n !== 10 && n !== 19) || cell.charCodeAt(4) !== 45 || cell.charCodeAt(7) !== 45) return NOT_ISO;
  const y0 = digit(cell, 0);
  const y1 = digit(cell, 1);
  const y2 = digit(cell, 2);
  const y3 = digit(cell, 3);
  const m0 = digit(cell, 5);
  const m1 = digit(cell, 6);
  const d0 = digit(cell, 8);
  const d1 = digit(cell, 9);
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return NOT_ISO;
  let second = -1;
  if (n === 19) {
    const sep = cell.charCodeAt(10);
    if ((sep !== 32 && sep !== 84) || cell.charCodeAt(13) !== 58 || cell.charCodeAt(16) !== 58) return NOT_ISO;
    const h0 = digit(cell, 11);
    const h1 = digit(cell, 12);
    const i0 = digit(cell, 14);
    const i1 = digit(cell, 15);
    const s0 = digit(cell, 17);
    const s1 = digit(cell, 18);
    if (h0 > 9 || h1 > 9 || i0 > 5 || i1 > 9 || s0 > 5 || s1 > 9) return ISO_BAD;
    const hour = h0 * 10 + h1;
    if (hour > 23) return ISO_BAD;
    second = hour * 3600 + (i0 * 10 + i1) * 60 + s0 * 10 + s1;
  }
  const day = dateDay(y0 * 1000 + y1 * 100 + y2 * 10 + y3, m0 * 10 + m1, d0 * 10 + d1);
  if (day === NOT_A_DAY) return ISO_BAD;
  READ.day = day;
  READ.second = second;
  return ISO_READ;
}

/** Reads a date cell into READ; false when it is not one of the forms above. Small, so callers inline it. */
export function readDate(cell: string): boolean {
  const iso = isoDate(cell);
  return iso === NOT_ISO ? readOtherDate(cell) : iso === ISO_READ;
}

/** Every form but the ISO ones. */
function readOtherDate(cell: string): boolean {
  const n = cell.length;
  let i = 0;
  while (i < n && isSpace(cell.charCodeAt(i))) i++;
  let end = n;
  while (end > i && isSpace(cell.charCodeAt(end - 1))) end--;
  if (i === end) return false;
  const digits = runLength(cell, i);
  const value = runValue;
  seconds = -1;
  zoneSeconds = NaN;
  pos = i + digits;
  let ok: boolean;
  if (digits === 4) ok = separatedDate(cell, i, value) && timeAndZone(cell, end);
  else if (digits === 8) ok = compactDate(value, pos) && timeAndZone(cell, end);
  else if (digits === 14) ok = compactDate(Math.floor(value / 1e6), pos) && setTime(Math.floor(value / 1e4) % 100, Math.floor(value / 100) % 100, value % 100) && pos === end;
  else if (digits === 10 || digits === 13) return epoch(cell, value, digits, pos, end);
  else if (digits === 5) return excelSerial(cell, value, pos, end);
  else return false;
  const day = ok ? dateDay(year, month, dayOfMonth) : NOT_A_DAY;
  return day !== NOT_A_DAY && settle(day);
}

/** The day a cell names, or NOT_A_DAY. */
export function dayOf(cell: string): number {
  return readDate(cell) ? READ.day : NOT_A_DAY;
}

/** YYYY sep M sep D, with 年月日 as separators too (2024年3月5日); `yyyy`: the year's digits at `start`. */
function separatedDate(cell: string, start: number, yyyy: number): boolean {
  year = yyyy;
  let i = start + 4;
  const sep = cell.charCodeAt(i);
  if (!isDateSeparator(sep)) return false;
  const m = runLength(cell, ++i);
  if (m < 1 || m > 2) return false;
  month = runValue;
  i += m;
  const sep2 = cell.charCodeAt(i);
  // 2024-03/05 is not a date; 2024年3月5日 pairs 年 with 月.
  if (sep === 0x5e74 ? sep2 !== 0x6708 : sep2 !== sep) return false;
  const d = runLength(cell, ++i);
  if (d < 1 || d > 2) return false;
  dayOfMonth = runValue;
  i += d;
  if (sep === 0x5e74 && cell.charCodeAt(i) === 0x65e5) i++; // 日
  pos = i;
  return true;
}

/** YYYYMMDD as a number; `end`: where its digits end (a time may follow 20240305103000's date). */
function compactDate(yyyymmdd: number, end: number): boolean {
  year = Math.floor(yyyymmdd / 10000);
  month = Math.floor(yyyymmdd / 100) % 100;
  dayOfMonth = yyyymmdd % 100;
  pos = end;
  return true;
}

function setTime(h: number, mi: number, s: number): boolean {
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return false;
  seconds = h * 3600 + mi * 60 + s;
  return true;
}

/** After the date: nothing, or `T`/spaces and a time, then maybe a zone; nothing else. */
function timeAndZone(cell: string, end: number): boolean {
  if (pos === end) return true;
  let i = pos;
  if (cell.charCodeAt(i) === 84 /* T */) i++;
  else {
    if (!isSpace(cell.charCodeAt(i))) return false;
    while (i < end && isSpace(cell.charCodeAt(i))) i++;
  }
  const h = runLength(cell, i);
  if (h < 1 || h > 2 || cell.charCodeAt(i + h) !== 58 /* : */) return false;
  const hour = runValue;
  i += h + 1;
  if (runLength(cell, i) !== 2) return false;
  const minute = runValue;
  i += 2;
  let second = 0;
  if (cell.charCodeAt(i) === 58) {
    if (runLength(cell, i + 1) !== 2) return false;
    second = runValue;
    i += 3;
    if (cell.charCodeAt(i) === 46 || cell.charCodeAt(i) === 44) {
      const frac = runLength(cell, i + 1);
      if (frac === 0) return false;
      i += 1 + frac;
    }
  }
  if (!setTime(hour, minute, second)) return false;
  while (i < end && cell.charCodeAt(i) === 32) i++;
  return i === end || zone(cell, i, end);
}

/** Z, ±HH, ±HHMM, ±HH:MM, UTC, GMT (optionally followed by an offset): the zone's offset in zoneSeconds. */
function zone(cell: string, i: number, end: number): boolean {
  const c = cell.charCodeAt(i);
  if (c === 90 /* Z */) {
    zoneSeconds = 0;
    return i + 1 === end;
  }
  if (cell.startsWith('UTC', i) || cell.startsWith('GMT', i)) {
    zoneSeconds = 0;
    i += 3;
    if (i === end) return true;
  }
  const sign = cell.charCodeAt(i) === 43 ? 1 : cell.charCodeAt(i) === 45 ? -1 : 0;
  if (sign === 0) return false;
  i++;
  const digits = runLength(cell, i);
  if (digits === 4 && i + 4 === end) return offset(sign, Math.floor(runValue / 100), runValue % 100);
  if (digits !== 2) return false;
  const hours = runValue;
  i += 2;
  if (i === end) return offset(sign, hours, 0);
  if (cell.charCodeAt(i) !== 58 || runLength(cell, i + 1) !== 2 || i + 3 !== end) return false;
  return offset(sign, hours, runValue);
}

function offset(sign: number, hours: number, minutes: number): boolean {
  if (hours > 14 || minutes > 59) return false;
  zoneSeconds = sign * (hours * 3600 + minutes * 60);
  return true;
}

/** The day and second of the parsed date and time, moved to China time when the cell named a zone. */
function settle(day: number): boolean {
  if (Number.isNaN(zoneSeconds) || seconds < 0) {
    READ.day = day;
    READ.second = seconds;
    return true;
  }
  const local = day * SECONDS_PER_DAY + seconds - zoneSeconds + CST_OFFSET_SECONDS;
  READ.day = Math.floor(local / SECONDS_PER_DAY);
  READ.second = local - READ.day * SECONDS_PER_DAY;
  return true;
}

/** Unix time in seconds (10 digits, maybe a fraction) or milliseconds (13), read in China Standard Time; `value`: the digits, ending at `i`. */
function epoch(cell: string, value: number, digits: number, i: number, end: number): boolean {
  if (digits === 10 && cell.charCodeAt(i) === 46) {
    const frac = runLength(cell, i + 1);
    if (frac === 0) return false;
    i += 1 + frac;
  }
  if (i !== end) return false;
  const local = (digits === 13 ? Math.floor(value / 1000) : value) + CST_OFFSET_SECONDS;
  READ.day = Math.floor(local / SECONDS_PER_DAY);
  READ.second = local - READ.day * SECONDS_PER_DAY;
  return true;
}

/** An Excel serial day (the number a date cell holds before Excel formats it), maybe with a time fraction. */
function excelSerial(cell: string, serial: number, i: number, end: number): boolean {
  if (serial < EXCEL_MIN || serial > EXCEL_MAX) return false;
  let second = -1;
  if (i < end) {
    if (cell.charCodeAt(i) !== 46) return false;
    const frac = runLength(cell, i + 1);
    if (frac === 0 || i + 1 + frac !== end) return false;
    second = Math.min(SECONDS_PER_DAY - 1, Math.round(Number(cell.slice(i, end)) * SECONDS_PER_DAY));
    i = end;
  }
  READ.day = serial - EXCEL_EPOCH;
  READ.second = second;
  return true;
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
  return runValue;
}
