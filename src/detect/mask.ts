/**
 * mask(): the one masking function for everything privaudit prints. It keeps what a reader needs to
 * recognise the value (which bank, which region, which domain) and nothing that identifies a person.
 * maskInText() applies it to each identifier findInText() finds in free text.
 */
import { foldWidth, isDigitCode, isHexCode, longestDigitRun, trimCell } from './chars.js';
import { detectValue } from './classify.js';
import { detectorOf, type DetectorId, type Masker } from './detectors/index.js';
import { isHanName, isMaskedForm } from './forms.js';
import { findInText, type TextHit } from './free-text.js';

/** A masked value passes through only if no kept run of digits is longer than an IMEI's TAC. */
const MAX_KEPT_DIGIT_RUN = 8;
/** The most characters shown in clear for a value of unknown kind. */
const MAX_CLEAR = 4;
/** Long unknown values are shortened: the mask keeps their rough length only up to this many stars. */
const MAX_STARS = 32;

export function mask(value: string, detector?: DetectorId | null): string {
  const s = trimCell(value);
  if (s === '') return s;
  // Already masked somewhere (a star) is not masked everywhere: `user@example.com*`,
  // `user@example.com, 138****5678`. Whatever identifier is still in clear gets masked in place.
  if (isMaskedForm(s) && longestDigitRun(s) <= MAX_KEPT_DIGIT_RUN) return maskInText(s);
  return maskPlain(s, detector);
}

/** Each identifier found replaced by its mask(): the text is safe to quote as evidence. */
export function maskInText(text: string, hits: readonly TextHit[] = findInText(text)): string {
  if (hits.length === 0) return text;
  let out = '';
  let from = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    if (hit.start < from) continue;
    // A hit holds no mask character, so it is masked as plain: no way back into mask()'s starred branch.
    // findInText reads full-width digits as ASCII: so do the maskers.
    out += text.slice(from, hit.start) + maskPlain(foldWidth(text.slice(hit.start, hit.end)), hit.detector);
    from = hit.end;
  }
  return out + text.slice(from);
}

/** mask() of a trimmed, non-empty value that is not already masked. */
function maskPlain(s: string, detector?: DetectorId | null): string {
  const kind = detector ?? detectValue(s)?.detector ?? null;
  const specific = kind === null ? null : detectorOf(kind).mask(s, MASKER);
  // A masker keeps part of the value as written (an e-mail's domain): if that part still holds an
  // identifier ('yes @ 110000197001010006' in an e-mail column), the generic rule masks the whole.
  if (specific !== null && findInText(specific).length === 0) return specific;
  return isHanName(s) ? maskName(s) : maskUnknown(s);
}

/** What detectors mask with (detectors/types.ts Masker): every mask character privaudit prints is written in this file. */
const MASKER: Masker = {
  stars: (n) => '*'.repeat(Math.max(0, n)),
  keepEnds,
  digitsBetween: maskDigitsBetween,
  hexAfter: maskHexAfter,
};

function keepEnds(s: string, head: number, tail: number): string {
  return s.slice(0, head) + '*'.repeat(Math.max(0, s.length - head - tail)) + s.slice(s.length - tail);
}

/** Masks the digits after the first `head` and before the last `tail`, keeping group separators. */
function maskDigitsBetween(s: string, head: number, tail: number): string {
  let total = 0;
  for (let i = 0; i < s.length; i++) if (isDigitCode(s.charCodeAt(i))) total++;
  let seen = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (!isDigitCode(s.charCodeAt(i))) {
      out += ch;
      continue;
    }
    out += seen < head || seen >= total - tail ? ch : '*';
    seen++;
  }
  return out;
}

/** Keeps the first `head` hex digits; later hex digits become `*`, separators stay. */
function maskHexAfter(s: string, head: number): string {
  let seen = 0;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const hex = isHexCode(s.charCodeAt(i));
    out += hex && seen >= head ? '*' : s[i]!;
    if (hex) seen++;
  }
  return out;
}

/** 张三 → 张*, 欧阳娜娜 → 欧***. */
function maskName(s: string): string {
  const chars = Array.from(s);
  return chars[0]! + '*'.repeat(chars.length - 1);
}

/** At most a third of the characters and never more than four in clear, split between the ends. */
function maskUnknown(s: string): string {
  const chars = Array.from(s);
  const n = chars.length;
  const clear = Math.min(MAX_CLEAR, Math.floor(n / 3));
  const head = Math.ceil(clear / 2);
  const tail = clear - head;
  const stars = Math.min(n - clear, MAX_STARS);
  return chars.slice(0, head).join('') + '*'.repeat(stars) + chars.slice(n - tail).join('');
}
