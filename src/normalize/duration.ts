/**
 * Retention periods as people write them: `5y`, `30 days`, `3 working days`, `P1Y6M`, `五年`,
 * `3个工作日`, `半年`, `永久`. See duration-words.ts for the vocabulary and its decisions.
 *
 * Combined periods are reduced to one unit when that is exact: years and months → months
 * (P1Y6M, 1年零6个月, 一年半 = 18 months), weeks and days → days (P1W2D = 9 days). Mixing the two
 * families (P1Y30D) is rejected: a month has no fixed number of days. Working days never combine.
 *
 * Periods over 1000 years are refused (LIMITS). The patterns never try a run of spaces more than
 * one way: a cell of `1` and 30 000 spaces must be refused at once, not after seconds of backtracking.
 */
import { ValueError } from '../errors.js';
import { inBoth, wordsFor } from '../text/words/index.js';
import type { Duration, DurationUnit } from './types.js';
import { cellText, lookupWord, quote } from './text.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chinese-number.js';
import { DURATION_ACCEPTED, FOREVER_WORDS, NUMBER_WORDS, REJECTED_UNITS, UNIT_WORDS, unitOf, unitPattern } from './duration-words.js';
import { memoizeCell } from './memo.js';

export { addDuration, compareDurations, approximateDays } from './duration-math.js';
export { DURATION_ACCEPTED } from './duration-words.js';

interface Term {
  amount: number;
  unit: DurationUnit;
}

const NUMBER = `(\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+|半|(?:${unitPattern(Object.keys(NUMBER_WORDS))})(?=\\s))`;
const UNIT = `(${unitPattern(Object.values(UNIT_WORDS).flat())})`;
/**
 * One term, read where the sticky lastIndex points: number, unit, and an optional trailing 半 (一年半).
 * A unit may not run on into letters. `个` brings its own spaces (`\s*(?:个\s*)?`, not `\s*个?\s*`):
 * two `\s*` side by side would try every split of a run of spaces before giving up.
 */
const TERM = new RegExp(`${NUMBER}\\s*(?:(?:个|個)\\s*)?${UNIT}(半)?(?![a-z])`, 'iy');
/** What may stand between two terms: `1年零6个月`, `1 year and 6 months`, `1y, 6m`. Always matches. */
const JOINER = /\s*(?:,|、|\+|&|and|又|零)?\s*/iy;
/** What may follow the period without changing it: `3个工作日内`; longest first. */
const WITHIN = ['以内', '之内', '内'];
const SPACES = /\s*/y;
const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i;
const REJECTED = new RegExp(`^${NUMBER}\\s*(?:${unitPattern(REJECTED_UNITS)})$`, 'i');

function fail(message: string): never {
  throw new ValueError(message, DURATION_ACCEPTED);
}

function amountOf(text: string): number | null {
  if (text === '半') return 0.5;
  if (/^\d/.test(text)) return Number(text);
  return NUMBER_WORDS[text.toLowerCase()] ?? parseChineseNumber(text);
}

/** The text without a trailing `内` (and the spaces before it). */
function withoutWithin(text: string): string {
  for (const w of WITHIN) if (text.endsWith(w)) return text.slice(0, -w.length).trimEnd();
  return text;
}

/** The terms of a written period, or null when the text is not one. Reads in place: no slices of the rest. */
function readTerms(text: string): Term[] | null {
  const terms: Term[] = [];
  const body = withoutWithin(text);
  let at = 0;
  while (at < body.length) {
    if (terms.length > 0) {
      JOINER.lastIndex = at;
      JOINER.exec(body);
      at = JOINER.lastIndex;
    }
    TERM.lastIndex = at;
    const m = TERM.exec(body);
    if (!m) return null;
    const amount = amountOf(m[1]!);
    const unit = unitOf(m[2]!);
    if (amount === null || unit === undefined) return null;
    terms.push({ amount: amount + (m[3] ? 0.5 : 0), unit });
    at = skipSpaces(body, TERM.lastIndex);
  }
  return terms.length > 0 ? terms : null;
}

function skipSpaces(text: string, at: number): number {
  SPACES.lastIndex = at;
  SPACES.exec(text);
  return SPACES.lastIndex;
}

function isoTerms(text: string): Term[] | null {
  const m = ISO.exec(text);
  if (!m || text.length < 3) return null;
  const units: DurationUnit[] = ['years', 'months', 'weeks', 'days'];
  return units.flatMap((unit, i) => (m[i + 1] === undefined ? [] : [{ amount: Number(m[i + 1]), unit }]));
}

const FAMILY: Record<DurationUnit, 'month' | 'day' | 'working'> = {
  years: 'month', months: 'month', weeks: 'day', days: 'day', 'working-days': 'working',
};

/**
 * The longest period read: a thousand years (people write 999年 for "kept for good"). Longer ones are
 * typos or identifiers in the wrong column; date arithmetic on them leaves the calendar (and counting
 * working days gets slow), so they are refused. A limit per unit, exact within each family.
 */
const MAX_YEARS = 1000;
const MAX_DAYS = MAX_YEARS * 365.25;
const LIMITS: Record<DurationUnit, number> = {
  years: MAX_YEARS, months: MAX_YEARS * 12, weeks: Math.floor(MAX_DAYS / 7), days: MAX_DAYS, 'working-days': Math.floor((MAX_DAYS * 5) / 7),
};

/** Refuses a term over its unit's limit (Infinity and NaN too: '9' × 400 reads as Infinity). */
function withinLimit(t: Term, text: string): void {
  if (!(t.amount <= LIMITS[t.unit])) fail(`${quote(text)} is longer than ${MAX_YEARS} years: write a shorter period, or forever (永久) for no end date`);
}

function whole(amount: number, unit: DurationUnit, text: string): number {
  if (!Number.isInteger(amount)) fail(`${quote(text)} is not a whole number of ${unit}`);
  return amount;
}

/** One unit for the terms, exactly (see the file comment). */
function combine(terms: Term[], text: string): Term {
  const families = new Set(terms.map((t) => FAMILY[t.unit]));
  if (families.size > 1) fail(`${quote(text)} mixes units that do not convert exactly (months have no fixed length): write one unit, e.g. P18M or 550d`);
  if (terms.length === 1 && !(terms[0]!.unit === 'years' && !Number.isInteger(terms[0]!.amount))) {
    const t = terms[0]!;
    return { amount: whole(t.amount, t.unit, text), unit: t.unit };
  }
  const family = [...families][0]!;
  if (family === 'working') fail(`${quote(text)}: write working days as one number, e.g. 5 working days`);
  if (family === 'month') {
    const months = terms.reduce((sum, t) => sum + t.amount * (t.unit === 'years' ? 12 : 1), 0);
    return { amount: whole(months, 'months', text), unit: 'months' };
  }
  const days = terms.reduce((sum, t) => sum + t.amount * (t.unit === 'weeks' ? 7 : 1), 0);
  return { amount: whole(days, 'days', text), unit: 'days' };
}

/** The number itself when it reads as a period; a long one may be an identifier in the wrong column, and is not echoed. */
function unitExample(text: string): string {
  return text.length <= 5 ? text : '5';
}

function readDuration(raw: string | null | undefined): Duration | null {
  const text = cellText(raw);
  if (text === null) return null;
  if (lookupWord(FOREVER_WORDS, text)) return { forever: true, raw: text };
  if (/^P.*T/i.test(text)) fail(`${quote(text)} has a time part: hours and minutes are not retention units, write days`);
  if (REJECTED.test(text)) fail(`${quote(text)}: hours, minutes and seconds are not retention units, write days`);
  if (/^\d+(?:\.\d+)?$/.test(text)) fail(`${quote(text)} has no unit: write e.g. ${unitExample(text)}d, ${unitExample(text)}y or ${unitExample(text)} working days`);
  const terms = isoTerms(text) ?? readTerms(text);
  if (!terms) fail(`not a duration: ${quote(text)}`);
  for (const t of terms) withinLimit(t, text);
  const { amount, unit } = combine(terms, text);
  withinLimit({ amount, unit }, text);
  return { forever: false, amount, unit, raw: text };
}

/** A retention period; null when the cell is blank. Throws ValueError with the accepted forms. */
export const parseDuration = memoizeCell(readDuration);

/** `5 years`, `1 working day`, `at most 30 days`, `forever`; in Chinese `5年`, `3个工作日`, `最长30天`, `永久`. */
export function durationLabel(d: Duration, lang: 'en' | 'zh' = 'en'): string {
  const w = wordsFor(lang).duration;
  if (d.forever) return w.forever;
  return `${d.bound ? w.bounds[d.bound] : ''}${w.period(d.amount, d.unit)}`;
}

/** durationLabel in both languages, as a message argument. */
export const durationArg = (d: Duration): { en: string; zh: string } => inBoth((_, lang) => durationLabel(d, lang));
