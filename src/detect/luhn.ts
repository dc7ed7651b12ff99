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
 * 4 (Visa), 5 (Mastercard, Maestro), 6 (UnionPay 62, Discover), 81 (UnionPay's 8-series), 9 (Chinese
 * domestic cards such as 9558). This rejects the date-led and 1-led numbers that order ids and snowflake ids use.
 *
 * UnionPay 81 cards are 16–19 digits and carry a Luhn check digit like 62 ones: validator.js isCreditCard
 * (unionpay `81[0-9]{14,17}`, Luhn checked for every scheme), and the acquirers' published UnionPay test
 * cards all pass it: 8171999927660000 (Worldline), 8171999900000000021 (Adyen), 8100010000000142 (CyberSource).
 */
export function plausibleIssuer(digits: string): boolean {
  const first = digits.charCodeAt(0) - 48;
  if (first === 3 || first === 4 || first === 5 || first === 6 || first === 9) return true;
  if (first === 8) return digits.charCodeAt(1) === 49;
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

/**
 * IMEI (3GPP TS 23.003 §6.2.1): an 8-digit type allocation code, a 6-digit serial and the Luhn check digit.
 * Written bare, or grouped as AA-BBBBBB-CCCCCC-D (reporting body, rest of the TAC, serial, check), TAC-serial-check
 * (8-6-1) or in the pre-2004 TAC-FAC-serial-check (6-2-6-1), with one `-` or space throughout.
 */
const GROUPED_IMEI = /^(?:\d{2}([ -])\d{6}\1\d{6}\1\d|\d{8}([ -])\d{6}\2\d|\d{6}([ -])\d{2}\3\d{6}\3\d)$/;

/** The 15 digits of an IMEI written bare or grouped, else null (no check digit test). */
export function imeiDigits(input: string): string | null {
  const s = trimCell(input);
  if (s.length === 15) return allDigits(s) ? s : null;
  if ((s.length !== 17 && s.length !== 18) || !GROUPED_IMEI.test(s)) return null;
  return s.replace(SEPARATORS, '');
}

export function isImei(input: string): boolean {
  const digits = imeiDigits(input);
  return digits !== null && luhnValid(digits);
}
