/** PRC resident identity number, GB 11643-1999 (18 characters) and the legacy 15-digit form. */
import { isRealDate as isCalendarDate } from '../calendar/date.js';
import { isDigitCode, readDigits, trimCell } from './chars.js';

export interface ResidentIdResult {
  valid: boolean;
  /** YYYY-MM-DD */
  birth?: string;
  sex?: 'male' | 'female';
  legacy15?: boolean;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/**
 * Province-level address codes: 11–15 21–23 31–37 41–46 50–54 61–65 71 81 82 91, plus 83 used by
 * residence permits of Taiwan residents (81/82 serve Hong Kong and Macao).
 */
const PROVINCE = buildProvinceTable();

function buildProvinceTable(): Uint8Array {
  const table = new Uint8Array(100);
  const ranges: [number, number][] = [[11, 15], [21, 23], [31, 37], [41, 46], [50, 54], [61, 65], [71, 71], [81, 83], [91, 91]];
  for (const [from, to] of ranges) for (let p = from; p <= to; p++) table[p] = 1;
  return table;
}

/**
 * Birth years accepted. The reference's verified valid example 440524188001010014 is born in 1880,
 * so the floor is 1800; the ceiling is fixed rather than "today" so results never depend on the clock.
 */
const MIN_YEAR = 1800;
const MAX_YEAR = 2099;

const INVALID: ResidentIdResult = Object.freeze({ valid: false });

export function isProvinceCode(code: number): boolean {
  return code >= 0 && code < 100 && PROVINCE[code] === 1;
}

/** A birth date a resident ID can carry: a real date (the calendar's one check) in the years above. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR && isCalendarDate(year, month, day);
}

/** The GB 11643 check character (`0`–`9` or `X`) of the first 17 digits, or '' if they are not digits. */
export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = first17.charCodeAt(i);
    if (!isDigitCode(c)) return '';
    sum += (c - 48) * WEIGHTS[i]!;
  }
  return CHECK_CHARS[sum % 11]!;
}

/** An 18-character ID whose check character, province and birth date are all valid. */
export function isResidentId18(s: string): boolean {
  if (s.length !== 18) return false;
  const check = residentIdCheckChar(s);
  if (check === '') return false;
  const last = s.charCodeAt(17);
  if (last !== check.charCodeAt(0) && !(last === 120 && check === 'X')) return false;
  return isProvinceCode(readDigits(s, 0, 2)) && isRealDate(readDigits(s, 6, 4), readDigits(s, 10, 2), readDigits(s, 12, 2));
}

/** A legacy 15-digit ID (no check digit): all digits, a province prefix and a real 19YYMMDD birth date. */
export function isResidentId15(s: string): boolean {
  if (s.length !== 15) return false;
  for (let i = 0; i < 15; i++) if (!isDigitCode(s.charCodeAt(i))) return false;
  return isProvinceCode(readDigits(s, 0, 2)) && isRealDate(1900 + readDigits(s, 6, 2), readDigits(s, 8, 2), readDigits(s, 10, 2));
}

/** Allocation-free test used per cell (the ID's characters only: see residentIdChars). */
export function isResidentId(s: string): boolean {
  return s.length === 18 ? isResidentId18(s) : isResidentId15(s);
}

/**
 * An ID grouped as people write it to keep it readable: address code, birth date, the rest (6-8-4, or
 * 6-4-4-4), legacy 6-6-3, with one consistent space or dash, as mobile numbers and bank cards are.
 */
const GROUPED = /^\d{6}([ -])(?:\d{8}|\d{4}\1\d{4})\1\d{3}[\dXx]$|^\d{6}([ -])\d{6}\2\d{3}$/;
const SEPARATORS = /[ -]/g;

/** The ID's characters: the trimmed cell (trimCell), its group separators removed when it is written grouped. */
export function residentIdChars(input: string): string {
  const s = trimCell(input);
  const n = s.length;
  return n >= 17 && n <= 21 && n !== 18 && GROUPED.test(s) ? s.replace(SEPARATORS, '') : s;
}

/** A valid ID written bare or grouped. */
export function isResidentIdWritten(input: string): boolean {
  return isResidentId(residentIdChars(input));
}

export function validateResidentId(input: string): ResidentIdResult {
  const s = residentIdChars(input);
  if (isResidentId18(s)) return describe(s.slice(6, 14), s.charCodeAt(16), false);
  if (isResidentId15(s)) return describe(`19${s.slice(6, 12)}`, s.charCodeAt(14), true);
  return INVALID;
}

function describe(yyyymmdd: string, sexDigit: number, legacy15: boolean): ResidentIdResult {
  const birth = `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;
  return { valid: true, birth, sex: (sexDigit - 48) % 2 === 1 ? 'male' : 'female', legacy15 };
}

/**
 * The birth year read from an 18- or 15-character resident ID without validating it (GB 11643: digits
 * 7–10; legacy: 19 + digits 7–8), else -1: a cheap first test, before residentIdBirthNumber's full one.
 */
export function residentIdBirthYear(input: string): number {
  const s = residentIdChars(input);
  if (s.length === 18) return readDigits(s, 6, 4);
  if (s.length !== 15) return -1;
  const yy = readDigits(s, 6, 2);
  return yy < 0 ? -1 : 1900 + yy;
}

/** The birth date of a valid resident ID as the number YYYYMMDD, else -1: no allocation (a per-record check). */
export function residentIdBirthNumber(input: string): number {
  const s = residentIdChars(input);
  if (isResidentId18(s)) return readDigits(s, 6, 8);
  if (isResidentId15(s)) return 19_000_000 + readDigits(s, 6, 6);
  return -1;
}

/** The birth date (YYYY-MM-DD) of a valid resident ID, else null. */
export function birthDateFromResidentId(s: string): string | null {
  return validateResidentId(s).birth ?? null;
}

/** The 18-character form of a valid legacy 15-digit ID: "19" inserted after the address code, check character appended. */
export function upgradeLegacyResidentId(s15: string): string | null {
  const s = residentIdChars(s15);
  if (!isResidentId15(s)) return null;
  const first17 = `${s.slice(0, 6)}19${s.slice(6)}`;
  return first17 + residentIdCheckChar(first17);
}
