/**
 * maskIdentifiers: text read from a file (a header, a recipient, a value that failed to parse) made safe
 * to print in a message or a report. Each identifier in it goes through mask(), the one masking function;
 * the rest of the text stays as written, so the reader still sees what was meant.
 *
 * Three passes, because free-text search (findInText) deliberately skips the shapes that are too common in
 * prose (IMEIs, legacy IDs, MACs, IPv6, travel permits): the whole text as one value, then findInText, then
 * each token on its own. A false alarm here only costs a few stars in a message.
 */
import type { DetectorId } from '../taxonomy/types.js';
import { trimCell } from './chars.js';
import { detectValue } from './classify.js';
import { maskInText } from './free-text.js';
import { mask } from './mask.js';
import { mobileNationalNumber } from './mobile.js';

/** Runs of the characters identifiers are written with; `+` only in front (+86…). */
const TOKEN = /\+?[0-9A-Za-z][0-9A-Za-z.:@_-]*[0-9A-Za-z]/g;
/** Shapes that need a column name to be trusted in a table, tried here on bare values and tokens. */
const HINTS: readonly DetectorId[] = ['hk-macao-permit', 'gps'];

export function maskIdentifiers(text: string): string {
  const whole = plainDetector(trimCell(text));
  if (whole !== null) return mask(text, whole);
  return maskInText(text).replace(TOKEN, maskToken);
}

function plainDetector(s: string): DetectorId | null {
  if (mobileNationalNumber(s) !== null) return 'mobile';
  const d = detectValue(s, HINTS);
  return d !== null && d.form === 'plain' ? d.detector : null;
}

/** A token, else its dot-separated parts (`table.13812345678`, `host.867836409217808`). */
function maskToken(token: string): string {
  const detector = plainDetector(token);
  if (detector !== null) return mask(token, detector);
  if (!token.includes('.')) return token;
  return token
    .split('.')
    .map((part) => {
      const d = plainDetector(part);
      return d === null ? part : mask(part, d);
    })
    .join('.');
}
