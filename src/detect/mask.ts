/**
 * mask(): the one masking function for everything privaudit prints. It keeps what a reader needs to
 * recognise the value (which bank, which region, which domain) and nothing that identifies a person.
 * maskInText() applies it to each identifier findInText() finds in free text.
 */
import type { DetectorId } from '../taxonomy/types.js';
import { isDigitCode, isHexCode, longestDigitRun, trimCell } from './chars.js';
import { detectValue } from './classify.js';
import { isHanName, isMaskedForm } from './forms.js';
import { findInText, type TextHit } from './free-text.js';
import { coordinateDecimals, parseGpsPair } from './gps.js';
import { cardDigits } from './luhn.js';
import { mobileNationalNumber } from './mobile.js';
import { isIpv4, isIpv6, isMac } from './network.js';

/** A masked value passes through only if no kept run of digits is longer than an IMEI's TAC. */
const MAX_KEPT_DIGIT_RUN = 8;
/** The most characters shown in clear for a value of unknown kind. */
const MAX_CLEAR = 4;
/** Long unknown values are shortened: the mask keeps their rough length only up to this many stars. */
const MAX_STARS = 32;

const RESIDENT_ID_SHAPE = /^(?:\d{17}[\dXx]|\d{15})$/;
const IMEI_SHAPE = /^\d{14,17}$/;
const PAIR_SEPARATOR = /\s*[,，]\s*|\s+/;

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
    out += text.slice(from, hit.start) + maskPlain(text.slice(hit.start, hit.end), hit.detector);
    from = hit.end;
  }
  return out + text.slice(from);
}

/** mask() of a trimmed, non-empty value that is not already masked. */
function maskPlain(s: string, detector?: DetectorId | null): string {
  const kind = detector ?? detectValue(s)?.detector ?? null;
  const specific = kind === null ? null : MASKERS[kind](s);
  // A masker keeps part of the value as written (an e-mail's domain): if that part still holds an
  // identifier ('yes @ 110000197001010006' in an e-mail column), the generic rule masks the whole.
  if (specific !== null && findInText(specific).length === 0) return specific;
  return isHanName(s) ? maskName(s) : maskUnknown(s);
}

/** Each returns null when the value does not have the detector's shape; mask() then uses the generic rule. */
const MASKERS: Record<DetectorId, (s: string) => string | null> = {
  'resident-id': (s) => (RESIDENT_ID_SHAPE.test(s) ? keepEnds(s, 6, 4) : null),
  mobile: (s) => {
    const national = mobileNationalNumber(s);
    return national === null ? null : keepEnds(national, 3, 4);
  },
  'bank-card': (s) => (cardDigits(s) === null ? null : maskDigitsBetween(s, 6, 4)),
  uscc: () => null,
  imei: (s) => (IMEI_SHAPE.test(s) ? keepEnds(s, 8, 0) : null),
  mac: (s) => (isMac(s) ? maskMac(s) : null),
  ipv4: (s) => (isIpv4(s) ? maskIpv4(s) : null),
  ipv6: (s) => (isIpv6(s) ? maskIpv6(s) : null),
  email: maskEmail,
  passport: () => null,
  'hk-macao-permit': () => null,
  'taiwan-permit': () => null,
  gps: maskGps,
  idfa: (s) => (s.length === 36 ? maskHexAfter(s, 4) : null),
  'android-id': (s) => (s.length === 16 ? keepEnds(s, 4, 0) : null),
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

/** The first three octets are the maker (OUI); the last three identify the device. */
function maskMac(s: string): string {
  return maskHexAfter(s, 6);
}

function maskIpv4(s: string): string {
  const [a, b] = s.split('.');
  return `${a}.${b}.*.*`;
}

/** Keeps the leading (routing-prefix) groups as written, at most two, and masks the rest. */
function maskIpv6(s: string): string {
  const kept: string[] = [];
  for (const group of s.split(':')) {
    if (group === '' || kept.length === 2) break;
    kept.push(group);
  }
  return [...kept, ...Array<string>(8 - kept.length).fill('*')].join(':');
}

/** First character of the local part and the whole domain: a***@qq.com. */
function maskEmail(s: string): string | null {
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1) return null;
  const head = at > 1 ? s[0]! : '';
  return `${head}***${s.slice(at)}`;
}

/** Rounded to one decimal (~10 km), in the order and with the separator written. */
function maskGps(s: string): string | null {
  const pair = parseGpsPair(s);
  if (pair !== null) {
    const [a, b] = s.split(PAIR_SEPARATOR);
    const separator = s.includes('，') ? '，' : ',';
    return `${round1(a!)}${separator}${round1(b!)}`;
  }
  return coordinateDecimals(s) >= 0 ? round1(s) : null;
}

function round1(coordinate: string): string {
  return Number(coordinate).toFixed(1);
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
