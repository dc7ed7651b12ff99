/**
 * Retention periods as people write them: `5y`, `30 days`, `3 working days`, `P1Y6M`, `五年`,
 * `3个工作日`, `半年`, `永久`. See duration-words.ts for the vocabulary and its decisions.
 *
 * Combined periods are reduced to one unit when that is exact: years and months → months
 * (P1Y6M, 1年零6个月, 一年半 = 18 months), weeks and days → days (P1W2D = 9 days). Mixing the two
 * families (P1Y30D) is rejected: a month has no fixed number of days. Working days never combine.
 */
import { ValueError, type Duration, type DurationUnit } from './types.js';
import { cellText, lookupWord, quote } from './text.js';
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from './chinese-number.js';
import { DURATION_ACCEPTED, FOREVER_WORDS, REJECTED_UNITS, UNIT_WORDS, unitOf, unitPattern } from './duration-words.js';
import { memoizeCell } from './memo.js';

export { addDuration, compareDurations, approximateDays } from './duration-math.js';
export { DURATION_ACCEPTED } from './duration-words.js';

interface Term {
  amount: number;
  unit: DurationUnit;
}

const NUMBER = `(\\d+(?:\\.\\d+)?|[${CHINESE_NUMERAL_CHARS}]+|半)`;
const UNIT = `(${unitPattern(Object.values(UNIT_WORDS).flat())})`;
/** One term: number, unit, and an optional trailing 半 (一年半). A unit may not run on into letters. */
const TERM = new RegExp(`^${NUMBER}\\s*(?:个|個)?\\s*${UNIT}(半)?(?![a-z])`, 'i');
/** What may stand between two terms: `1年零6个月`, `1 year and 6 months`, `1y, 6m`. */
const JOINER = /^\s*(?:,|、|\+|&|and|又|零)?\s*/i;
/** What may follow the period without changing it: `3个工作日内`. */
const WITHIN = /\s*(?:以内|之内|内)$/;
const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/i;
const REJECTED = new RegExp(`^${NUMBER}\\s*(?:${unitPattern(REJECTED_UNITS)})$`, 'i');

function fail(message: string): never {
  throw new ValueError(message, DURATION_ACCEPTED);
}

function amountOf(text: string): number | null {
  if (text === '半') return 0.5;
  if (/^\d/.test(text)) return Number(text);
  return parseChineseNumber(text);
}

/** The terms of a written period, or null when the text is not one. */
function readTerms(text: string): Term[] | null {
  const terms: Term[] = [];
  let rest = text.replace(WITHIN, '');
  while (rest !== '') {
    if (terms.length > 0) rest = rest.replace(JOINER, '');
    const m = TERM.exec(rest);
    if (!m) return null;
    const amount = amountOf(m[1]!);
    const unit = unitOf(m[2]!);
    if (amount === null || unit === undefined) return null;
    terms.push({ amount: amount + (m[3] ? 0.5 : 0), unit });
    rest = rest.slice(m[0].length).trimStart();
  }
  return terms.length > 0 ? terms : null;
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
  const { amount, unit } = combine(terms, text);
  return { forever: false, amount, unit, raw: text };
}

/** A retention period; null when the cell is blank. Throws ValueError with the accepted forms. */
export const parseDuration = memoizeCell(readDuration);

const LABELS: Record<DurationUnit, { en: [string, string]; zh: string }> = {
  years: { en: ['year', 'years'], zh: '年' },
  months: { en: ['month', 'months'], zh: '个月' },
  weeks: { en: ['week', 'weeks'], zh: '周' },
  days: { en: ['day', 'days'], zh: '天' },
  'working-days': { en: ['working day', 'working days'], zh: '个工作日' },
};

/** `5 years`, `1 working day`, `forever`; in Chinese `5年`, `3个工作日`, `永久`. */
export function durationLabel(d: Duration, lang: 'en' | 'zh' = 'en'): string {
  if (d.forever) return lang === 'zh' ? '永久' : 'forever';
  const label = LABELS[d.unit];
  if (lang === 'zh') return `${d.amount}${label.zh}`;
  return `${d.amount} ${label.en[d.amount === 1 ? 0 : 1]}`;
}
