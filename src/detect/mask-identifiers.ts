/**
 * maskIdentifiers: text read from a file (a header, a recipient, a value that failed to parse) made safe
 * to print in a message or a report. Each identifier in it goes through mask(), the one masking function;
 * the rest of the text stays as written, so the reader still sees what was meant.
 *
 * Three passes, because free-text search (findInText) deliberately skips the shapes that are too common in
 * prose (IMEIs, legacy IDs, MACs, IPv6, travel permits): the whole text as one value, then findInText, then
 * each token on its own. A false alarm here only costs a few stars in a message.
 */
import type { DetectorId } from './detectors/index.js';
import { foldWidth, hasFullWidthDigit, trimCell } from './chars.js';
import { detectValue } from './classify.js';
import { mask, maskInText } from './mask.js';
import { mobileNationalNumber } from './mobile.js';

/**
 * Runs of the characters identifiers are written with; `+` only in front (+86…). Mask characters belong to
 * the run, so what is already masked (116.62.*.*, 138****5678) stays one masked token, not re-read in pieces.
 */
const TOKEN = /\+?[0-9A-Za-z*][0-9A-Za-z.:@_*-]*[0-9A-Za-z*]/g;
/** Shapes that need a column name to be trusted in a table, tried here on bare values and tokens. */
const HINTS: readonly DetectorId[] = ['hk-macao-permit', 'gps'];

export function maskIdentifiers(input: string): string {
  // Full-width digits (typed with a Chinese input method) read as ASCII, so every pass below sees them.
  const text = hasFullWidthDigit(input) ? foldWidth(input) : input;
  if (!mayHoldIdentifier(text)) return text;
  const whole = plainDetector(trimCell(text));
  if (whole !== null) return mask(text, whole);
  return maskInText(text).replace(TOKEN, (token) => maskToken(token));
}

/**
 * Fast path for the names and words most messages carry: an identifier has an `@` (e-mail), a `:` (IPv6,
 * most MACs) or at least four digits. (A MAC written with dashes or dots and no digit at all slips through:
 * one in over 100,000 addresses.)
 */
function mayHoldIdentifier(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 64 || c === 58) return true;
    if (c >= 48 && c <= 57 && ++digits >= 4) return true;
  }
  return false;
}

function plainDetector(s: string): DetectorId | null {
  if (mobileNationalNumber(s) !== null) return 'mobile';
  const d = detectValue(s, HINTS);
  return d !== null && d.form === 'plain' ? d.detector : null;
}

/** Separators that join an identifier to a word in names (`export_867836409217808`, `table.13812345678`), outermost first. */
const JOINERS = ['_', '-', '.'];

/** A token, else the parts between its joiners, tried one joiner at a time (`mac_3c1b.bdbd.2f87`). */
function maskToken(token: string, joiners: readonly string[] = JOINERS): string {
  const detector = plainDetector(token);
  if (detector !== null) return mask(token, detector);
  const [joiner, ...rest] = joiners;
  if (joiner === undefined) return token;
  return token
    .split(joiner)
    .map((part) => maskToken(part, rest))
    .join(joiner);
}
