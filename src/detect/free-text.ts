/**
 * findInText: identifiers embedded in free text (remarks, logs, chat). Boundaries are ASCII word
 * characters only, so digits right next to Chinese characters count as separate tokens.
 * Found: resident IDs (18 characters), mobiles, bank cards (Luhn), e-mail addresses, IPv4 addresses
 * and ordinary passports; IDs, mobiles and cards also in their groups (440305 20020904 5979). Legacy 15-digit IDs and IMEIs carry too little structure for free text.
 */
import type { DetectorId } from './detectors/index.js';
import { foldWidth, hasFullWidthDigit, isDigitCode, isFullWidthDigitCode, isWordCode } from './chars.js';
import { isCardNumber } from './luhn.js';
import { isMobileDigits } from './mobile.js';
import { isEmail } from './network.js';
import { isResidentId18 } from './resident-id.js';

export interface TextHit {
  detector: DetectorId;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_AT = new RegExp(`${OCTET}(?:\\.${OCTET}){3}`, 'y');
const MOBILE_GROUPED_AT = /1\d{2}([ -])\d{4}\1\d{4}/y;
const CARD_GROUPED_AT = /\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?/y;
/** An 18-character resident ID grouped 6-8-4 or 6-4-4-4 (resident-id.ts). */
const ID_GROUPED_AT = /\d{6}([ -])(?:\d{8}|\d{4}\1\d{4})\1\d{3}[\dXx]/y;
const PASSPORT_AT = /G\d{8}|E[A-HJ-NP-Z0-9]\d{7}/y;
const GROUP_SEPARATORS = /[ -]/g;
/** Shorter numeric runs (digits with single separators) cannot hold any identifier found here. */
const MIN_NUMERIC_RUN = 7;

/**
 * The identifiers in `text`, by UTF-16 offsets into it. Text typed with a Chinese input method may hold
 * full-width digits (电话１３８１２３４５６７８): it is searched folded to ASCII, one unit for one, so the
 * offsets still point into `text`.
 */
export function findInText(input: string): TextHit[] {
  const look = mayHoldIdentifiers(input);
  if (look === NOTHING) return [];
  const text = look === FOLDED ? foldWidth(input) : input;
  const emails = findEmails(text);
  const tokens = findTokens(text);
  // Each list is already in text order: most texts need no merge (free-text columns are scanned cell by cell).
  if (emails.length === 0) return tokens;
  if (tokens.length === 0) return emails;
  const others = tokens.filter((hit) => !emails.some((e) => hit.start < e.end && e.start < hit.end));
  return [...emails, ...others].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** mayHoldIdentifiers: nothing to find, search the text as it is, search it folded (it holds a full-width digit). */
const NOTHING = 0;
const AS_IS = 1;
const FOLDED = 2;

/**
 * Fast path: an '@', or a run of at least seven digits and single separators (1.2.3.4, 138 1234 5678);
 * any full-width digit sends the text to the folded search.
 */
function mayHoldIdentifiers(text: string): number {
  let run = 0;
  let previousDigit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 64) return hasFullWidthDigit(text, i) ? FOLDED : AS_IS;
    if (isDigitCode(c)) {
      if (++run >= MIN_NUMERIC_RUN) return hasFullWidthDigit(text, i) ? FOLDED : AS_IS;
      previousDigit = true;
    } else if (previousDigit && (c === 46 || c === 45 || c === 32 || c === 58)) {
      run++;
      previousDigit = false;
    } else {
      if (isFullWidthDigitCode(c)) return FOLDED;
      run = 0;
      previousDigit = false;
    }
  }
  return NOTHING;
}

function isLocalCode(c: number): boolean {
  return isWordCode(c) || c === 46 || c === 37 || c === 43 || c === 45;
}

function isDomainCode(c: number): boolean {
  return isWordCode(c) || c === 46 || c === 45;
}

/**
 * E-mail addresses, without overlap: a local part never reaches back into the previous address. When a
 * domain runs straight into another '@' (`user@example.comuser@example.com`), where one address ends and
 * the next begins cannot be told, so the whole chain is one hit if any '@' in it makes an address.
 */
function findEmails(text: string): TextHit[] {
  const hits: TextHit[] = [];
  let floor = 0;
  let at = text.indexOf('@');
  while (at >= 0) {
    let start = at;
    while (start > floor && isLocalCode(text.charCodeAt(start - 1))) start--;
    start = skipDots(text, start, at);
    let local = start;
    let found = false;
    let run = domainRunEnd(text, at);
    for (;;) {
      found ||= local < at && isEmail(text.slice(local, trimDomainEnd(text, at, run)));
      if (text.charCodeAt(run) !== 64) break;
      local = skipDots(text, at + 1, run);
      at = run;
      run = domainRunEnd(text, at);
    }
    const end = trimDomainEnd(text, at, run);
    if (found) {
      hits.push({ detector: 'email', start, end });
      floor = end;
    }
    at = text.indexOf('@', run);
  }
  return hits;
}

/** Past the dots a local part cannot start with. */
function skipDots(text: string, from: number, to: number): number {
  while (from < to && text.charCodeAt(from) === 46) from++;
  return from;
}

/** Where the run of domain characters after the '@' at `at` ends. */
function domainRunEnd(text: string, at: number): number {
  let end = at + 1;
  while (end < text.length && isDomainCode(text.charCodeAt(end))) end++;
  return end;
}

/** The end of the domain without the dots and dashes a sentence puts after it. */
function trimDomainEnd(text: string, at: number, end: number): number {
  while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  return end;
}

function findTokens(text: string): TextHit[] {
  const hits: TextHit[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      i++;
    } else if (i > 0 && isWordCode(text.charCodeAt(i - 1))) {
      i = wordEnd(text, i);
    } else if (isDigitCode(c)) {
      i = numberAt(text, i, hits);
    } else {
      i = passportAt(text, i, hits);
    }
  }
  return hits;
}

function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWordCode(text.charCodeAt(j))) j++;
  return j;
}

/** The token ends here: no word character follows, nor a decimal point with more digits. */
function endsAt(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (isWordCode(c)) return false;
  return !(c === 46 && end + 1 < text.length && isDigitCode(text.charCodeAt(end + 1)));
}

function stickyMatch(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  const m = re.exec(text);
  return m !== null && endsAt(text, re.lastIndex) ? re.lastIndex : -1;
}

/** Reads the number starting at `i`, records what it is, and returns the index after it. */
function numberAt(text: string, i: number, hits: TextHit[]): number {
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j))) j++;
  const run = j - i;
  const next = text.charCodeAt(j);
  if (next === 46 && run <= 3) return dottedAt(text, i, hits);
  if ((next === 32 || next === 45) && (run === 3 || run === 4 || run === 6)) {
    const grouped = groupedAt(text, i, run, hits);
    if (grouped > 0) return grouped;
  }
  if (run === 17 && (next === 88 || next === 120)) j++;
  if (endsAt(text, j)) classifyRun(text, i, j, hits);
  return wordEnd(text, j);
}

function dottedAt(text: string, i: number, hits: TextHit[]): number {
  const end = stickyMatch(IPV4_AT, text, i);
  if (end > 0) {
    if (!continuesDottedNumber(text, i) && !isVersion(text, i, end)) hits.push({ detector: 'ipv4', start: i, end });
    return end;
  }
  let j = i;
  while (j < text.length && (isDigitCode(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
  return j;
}

/** The tail of a longer dotted number (`2.3.4.5` of v1.2.3.4.5): no address. */
function continuesDottedNumber(text: string, i: number): boolean {
  return i >= 2 && text.charCodeAt(i - 1) === 46 && isDigitCode(text.charCodeAt(i - 2));
}

/**
 * Release notes and logs write versions as dotted quads too: `v3.18.2.45`, `version 10.0.0.1`,
 * `Build 1.2.3.4`, `APP版本号：3.18.2.45`, `升级到3.2.1.0版本`. A word for version right before (spaces,
 * `:`, `=`, `#` between) or 版/版本 right after makes it one; `登录IP 10.2.3.4` and `ip=192.168.0.1` stay addresses.
 */
const VERSION_BEFORE = /(?:(?<![A-Za-z])v(?:er)?|version|build|版本号?(?:为|是)?|升级(?:到|至))[\s:：=#._-]*$/i;
// 版 for 版本, not for 版权 (copyright), 版主, 版块, 版面, 版图.
const VERSION_AFTER = /^\s*版(?![权主块面图])/;
const VERSION_WINDOW = 16;

function isVersion(text: string, start: number, end: number): boolean {
  return VERSION_BEFORE.test(text.slice(Math.max(0, start - VERSION_WINDOW), start)) || VERSION_AFTER.test(text.slice(end, end + VERSION_WINDOW));
}

/** 138 1234 5678, 6222 0210 0000 0005 or 440305 20020904 5979; 0 when the groups are not a valid mobile, card or ID. */
function groupedAt(text: string, i: number, run: number, hits: TextHit[]): number {
  const end = stickyMatch(run === 3 ? MOBILE_GROUPED_AT : run === 4 ? CARD_GROUPED_AT : ID_GROUPED_AT, text, i);
  if (end < 0) return 0;
  const digits = text.slice(i, end).replace(GROUP_SEPARATORS, '');
  const detector: DetectorId | null = run === 3 ? (isMobileDigits(digits) ? 'mobile' : null) : run === 4 ? (isCardNumber(digits) ? 'bank-card' : null) : isResidentId18(digits) ? 'resident-id' : null;
  if (detector === null) return 0;
  hits.push({ detector, start: i, end });
  return end;
}

function classifyRun(text: string, start: number, end: number, hits: TextHit[]): void {
  const token = text.slice(start, end);
  const detector = runDetector(token);
  if (detector !== null) hits.push({ detector, start, end });
}

function runDetector(token: string): DetectorId | null {
  switch (token.length) {
    case 11:
      return isMobileDigits(token) ? 'mobile' : null;
    case 13:
      return token.startsWith('86') && isMobileDigits(token.slice(2)) ? 'mobile' : null;
    case 15:
      return token.startsWith('0086') && isMobileDigits(token.slice(4)) ? 'mobile' : null;
    case 16:
    case 17:
    case 19:
      return isCardNumber(token) ? 'bank-card' : null;
    case 18:
      return isResidentId18(token) ? 'resident-id' : isCardNumber(token) ? 'bank-card' : null;
    default:
      return null;
  }
}

function passportAt(text: string, i: number, hits: TextHit[]): number {
  const c = text.charCodeAt(i);
  if (c === 71 || c === 69) {
    const end = stickyMatch(PASSPORT_AT, text, i);
    if (end > 0) {
      hits.push({ detector: 'passport', start: i, end });
      return end;
    }
  }
  return wordEnd(text, i);
}
