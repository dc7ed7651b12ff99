/** Mainland China mobile numbers (libphonenumber's CN mobile pattern). */
import { trimCell } from './chars.js';

const MOBILE = /^(?:1(?:610\d|740[0-5])\d{6}|1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8})$/;

/**
 * The country code as +86, 0086 or 86, with or without a separator after it (0086-138…, 0086138…, 86138…),
 * then 3-4-4 digits with one consistent optional separator.
 */
const DECORATED = /^(?:(?:\+|00)?86[ -]?)?(1\d{2})([ -]?)(\d{4})\2(\d{4})$/;

/** The bare 11 digits are a mainland mobile number. */
export function isMobileDigits(s: string): boolean {
  return s.length === 11 && s.charCodeAt(0) === 49 && MOBILE.test(s);
}

/** The 11-digit national number of a mobile written with an optional country code and separators, else null. */
export function mobileNationalNumber(input: string): string | null {
  const s = trimCell(input);
  if (isMobileDigits(s)) return s;
  if (s.length < 13 || s.length > 19) return null;
  const m = DECORATED.exec(s);
  if (!m) return null;
  const digits = m[1]! + m[3]! + m[4]!;
  return isMobileDigits(digits) ? digits : null;
}

export function isMobile(s: string): boolean {
  return mobileNationalNumber(s) !== null;
}
