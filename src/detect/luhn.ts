/** Luhn-checked numbers: bank cards (16–19 digits) and IMEIs (15 digits). */
import { allDigits, isDigitCode, trimCell } from './chars.js';

/** Luhn (mod 10) over a string of ASCII digits; false if any character is not a digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    const c = digits.charCodeAt(i);
    if (!isDigitCode(c)) return false;
    let d = c - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Groups of four separated by one consistent space or dash; the last group may be shorter (17–19 digits). */
const GROUPED_CARD = /^\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?$/;
const SEPARATORS = /[ -]/g;

/** The digits of a card number written bare or in groups of four, else null. */
export function cardDigits(input: string): string | null {
  const s = trimCell(input);
  if (s.length >= 16 && s.length <= 19 && allDigits(s)) return s;
  if (s.length < 19 || s.length > 23 || !GROUPED_CARD.test(s)) return null;
  return s.replace(SEPARATORS, '');
}

/**
 * Issuer prefixes that card schemes use: 2221–2720 (Mastercard 2-series), 3 (JCB and others),
 * 4 (Visa), 5 (Mastercard, Maestro), 6 (UnionPay 62, Discover), 9 (Chinese domestic cards such as 9558).
 * This rejects the date-led and 1-led numbers that order ids and snowflake ids use.
 */
export function plausibleIssuer(digits: string): boolean {
  const first = digits.charCodeAt(0) - 48;
  if (first === 3 || first === 4 || first === 5 || first === 6 || first === 9) return true;
  if (first !== 2) return false;
  const prefix = Number(digits.slice(0, 4));
  return prefix >= 2221 && prefix <= 2720;
}

/** 16–19 bare digits passing Luhn; `anyIssuer` skips the issuer-prefix check (when the column says it is a card). */
export function isCardNumber(digits: string, anyIssuer = false): boolean {
  return digits.length >= 16 && digits.length <= 19 && (anyIssuer || plausibleIssuer(digits)) && luhnValid(digits);
}

export function isBankCard(s: string): boolean {
  const digits = cardDigits(s);
  return digits !== null && isCardNumber(digits);
}

export function isImei(input: string): boolean {
  const s = trimCell(input);
  return s.length === 15 && luhnValid(s);
}
