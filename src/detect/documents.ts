/** Travel documents: PRC passport, Hong Kong/Macao and Taiwan permits. */
import { letterCases, LOWER_CASE, trimCell, UPPER_CASE } from './chars.js';

/** Ordinary passports: G + 8 digits (older), E + letter-or-digit + 7 digits (current e-passports). */
const PASSPORT_ORDINARY = /^(?:G\d{8}|E[A-HJ-NP-Z0-9]\d{7})$/;
/** Diplomatic (D, DE), service (S, SE), public-affairs (P, PE), Hong Kong (K) and Macao (MA) variants. */
const PASSPORT_OTHER = /^(?:[DSP]E?\d{7}|[DS]\d{8}|K\d{8}|MA\d{7})$/;
const HK_MACAO_PERMIT = /^[HM]\d{8}(?:\d{2})?$/;
/** Current 8-digit number, or the older 10 characters ending in a letter. */
const TAIWAN_PERMIT = /^(?:\d{8}|\d{9}[A-Z])$/;

/**
 * Passport numbers typed in lower case (e12345678, ea1234567) read as upper case; letters of both cases
 * (eA1234567) are not a number someone typed, so they stay unread.
 */
function upperPassport(s: string): string | null {
  const cases = letterCases(s);
  if (!(cases & LOWER_CASE)) return s;
  return cases & UPPER_CASE ? null : s.toUpperCase();
}

/** The forms distinctive enough to recognise without a column name. */
export function isOrdinaryPassport(s: string): boolean {
  if (s.length !== 9) return false;
  const u = upperPassport(s);
  return u !== null && PASSPORT_ORDINARY.test(u);
}

export function isPassport(input: string): boolean {
  const s = trimCell(input);
  if (s.length < 8 || s.length > 9) return false;
  const u = upperPassport(s);
  return u !== null && (PASSPORT_ORDINARY.test(u) || PASSPORT_OTHER.test(u));
}

/** 回乡证 (Mainland Travel Permit for Hong Kong and Macao Residents). Context-only. */
export function isHkMacaoPermit(input: string): boolean {
  const s = trimCell(input);
  return (s.length === 9 || s.length === 11) && HK_MACAO_PERMIT.test(s);
}

/** 台胞证 (Mainland Travel Permit for Taiwan Residents). Context-only: never trust a bare 8-digit number. */
export function isTaiwanPermit(input: string): boolean {
  const s = trimCell(input);
  return (s.length === 8 || s.length === 10) && TAIWAN_PERMIT.test(s);
}
