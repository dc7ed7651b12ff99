/**
 * A retention cell as teams write it: a period (5y, 三个月, 永久), a bound (最长2年, 不少于180天), and often
 * the event it counts from (注销后15日内删除, 合同终止后保存三年, "deleted 30 days after account closure",
 * "until account deletion"). The reading fills both the period and the trigger; the inventory's own
 * retention_trigger column, when filled, wins over the trigger read here.
 *
 * How a phrase is read: notes in brackets are dropped (180天（日志）) unless they name the event or hold a
 * period; then the event (with 自…之日起, after …, until …), the phrases that defer to the law, the bound,
 * 立即, the verbs and the filler words are taken out, and what is left must be a period parseDuration reads,
 * or nothing (then the period is 0 when the phrase deletes at the event). Anything else left over makes the
 * cell unreadable: a word privaudit does not know is never skipped. The decisions are in retention-words.ts.
 */
import { ValueError } from '../errors.js';
import type { Duration, DurationBound } from './types.js';
import type { RetentionEvent } from '../policy/types.js';
import { alternation, cellText, lookupWord, quote } from './text.js';
import { memoizeCell } from './memo.js';
import { parseDuration } from './duration.js';
import { UNIT_WORDS, unitPattern } from './duration-words.js';
import { CHINESE_NUMERAL_CHARS } from './chinese-number.js';
import { EVENT_AFTER, EVENT_ARTICLES, EVENT_BEFORE, TRIGGER_PHRASES, WHILE_PHRASES, eventOfPhrase } from './event.js';
import {
  AT_ONCE_WORDS, BOUND_WORDS, DEFERRED_WORDS, DELETE_WORDS, FILLER_WORDS, KEEP_WORDS, NOT_KEPT_WORDS, NOT_STATED_WORDS, RETENTION_ACCEPTED,
} from './retention-words.js';

export { RETENTION_ACCEPTED } from './retention-words.js';

export interface RetentionReading {
  /** The period; null when the cell states none (it defers to the law or the purpose, 无). */
  period: Duration | null;
  /** The event the period counts from, when the phrase names one. */
  trigger: RetentionEvent | null;
}

/**
 * Longer cells are read as a plain period only: phrases are short, and the phrase patterns are then
 * run over a bounded text whatever the input.
 */
const MAX_PHRASE = 200;

/** One alternation of words, longest first; an English word never matches inside another (`on` in `month`). */
function wholeWords(words: readonly string[]): string {
  return `(?<![a-z])(?:${alternation(words)})(?![a-z])`;
}
const words = (list: readonly string[]): RegExp => new RegExp(wholeWords(list), 'g');

const WHILE = words(Object.values(WHILE_PHRASES).flat());
/** Until-word, event, words after it: `直至注销`, `自交易完成之日起`, `after the account is closed`, `2 years of inactivity`. */
const EVENT = new RegExp(
  `(?:(${wholeWords(EVENT_BEFORE.until)})|${wholeWords(EVENT_BEFORE.from)})? ?(?:${wholeWords(EVENT_ARTICLES)} )?` +
    `(${wholeWords(Object.values(TRIGGER_PHRASES).flat())})(?: ?${wholeWords(EVENT_AFTER)}){0,2}`,
  'g',
);
const NOT_KEPT = words(NOT_KEPT_WORDS);
const DEFERRED = words(DEFERRED_WORDS);
const BOUNDS = Object.entries(BOUND_WORDS).map(([bound, list]) => [bound as DurationBound, words(list)] as const);
const AT_ONCE = words(AT_ONCE_WORDS);
const DELETE = words(DELETE_WORDS);
const KEEP = words(KEEP_WORDS);
const FILLER = words(FILLER_WORDS);
/** `thirty (30) days` → `30 days`: the digits say it. */
const WORD_THEN_DIGITS = /[a-z]+(?:-[a-z]+)? ?\((\d+)\)/g;
const NOTE = /\(([^()]*)\)/g;
/** A note that holds a period (`(注销后15天内删除)`) is read, not dropped. */
const HAS_PERIOD = new RegExp(`(?:\\d|[${CHINESE_NUMERAL_CHARS}半]) ?(?:个|個)? ?(?:${unitPattern(Object.values(UNIT_WORDS).flat())})`, 'i');
/** Punctuation between the parts of a phrase; a point between digits is a decimal point. */
const PUNCTUATION = /[,;:!?"'“”‘’。、，；：！？/|]|\.(?!\d)/g;

/** What the words around the period said. */
class Phrase {
  readonly events = new Set<RetentionEvent>();
  bound: DurationBound | null = null;
  atOnce = false;
  deletes = false;
  deferred = false;
  notKept = false;

  constructor(readonly text: string) {}

  setBound(bound: DurationBound): void {
    if (this.bound && this.bound !== bound) throw new ValueError(`${quote(this.text)} gives both a minimum and a maximum: write one period`, RETENTION_ACCEPTED);
    this.bound = bound;
  }

  get event(): RetentionEvent | null {
    if (this.events.size > 1) {
      throw new ValueError(`${quote(this.text)} counts from more than one event (${[...this.events].join(', ')}): write one period from one event`, RETENTION_ACCEPTED);
    }
    return this.events.values().next().value ?? null;
  }
}

/** Take the matches of `re` out of `text`, telling `seen` about each. */
function take(text: string, re: RegExp, seen: (match: string[]) => void = () => {}): string {
  return text.replace(re, (...m: unknown[]) => {
    seen(m.slice(0, -2) as string[]);
    return ' ';
  });
}

function notRetention(text: string): never {
  throw new ValueError(`not a retention period: ${quote(text)}`, RETENTION_ACCEPTED);
}

/** The period of what is left, with the phrase's bound; parseDuration's specific complaints (hours, no unit) are kept. */
function periodOf(left: string, phrase: Phrase): Duration | null {
  let d: Duration | null;
  try {
    d = parseDuration(left);
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    if (e.message.startsWith('not a duration')) notRetention(phrase.text);
    throw new ValueError(e.message, RETENTION_ACCEPTED);
  }
  if (d === null) return null;
  if (d.forever) return { forever: true, raw: phrase.text };
  return phrase.bound ? { ...d, bound: phrase.bound, raw: phrase.text } : { ...d, raw: phrase.text };
}

/** The words of the phrase taken out, in an order where a longer phrase goes before the words inside it. */
function strip(work: string, p: Phrase): string {
  work = work.replace(WORD_THEN_DIGITS, '$1');
  work = work.replace(NOTE, (_, note: string) => {
    const event = eventOfPhrase(note.trim());
    if (event) {
      p.events.add(event);
      return ' ';
    }
    return HAS_PERIOD.test(note) ? ` ${note} ` : ' ';
  });
  work = work.replace(PUNCTUATION, ' ');
  work = take(work, WHILE, ([m]) => {
    p.events.add(eventOfPhrase(m!)!);
    p.atOnce = true;
  });
  work = take(work, EVENT, ([, until, event]) => {
    p.events.add(eventOfPhrase(event!)!);
    if (until) p.atOnce = true;
  });
  work = take(work, NOT_KEPT, () => (p.notKept = true));
  work = take(work, DEFERRED, () => (p.deferred = true));
  for (const [bound, re] of BOUNDS) work = take(work, re, () => p.setBound(bound));
  work = take(work, AT_ONCE, () => (p.atOnce = true));
  work = take(work, DELETE, () => (p.deletes = true));
  work = take(work, KEEP);
  work = take(work, FILLER);
  return work.replace(/\s+/g, ' ').trim();
}

const ZERO_DAYS = (raw: string): Duration => ({ forever: false, amount: 0, unit: 'days', raw });

function readRetention(raw: string | null | undefined): RetentionReading | null {
  const text = cellText(raw);
  if (text === null || lookupWord(NOT_STATED_WORDS, text)) return null;
  const p = new Phrase(text);
  if (text.length > MAX_PHRASE) return { period: periodOf(text, p), trigger: null };
  const left = strip(` ${text.toLowerCase().replace(/\s+/g, ' ')} `, p);
  const period = left === '' ? null : periodOf(left, p);
  const trigger = p.event;
  if (p.notKept) {
    // Not kept at all: nothing to count from but collection.
    if (period || (trigger && trigger !== 'collection')) notRetention(text);
    return { period: ZERO_DAYS(text), trigger: 'collection' };
  }
  if (period) return { period, trigger };
  if (p.deferred) return trigger ? { period: null, trigger } : null;
  if (p.atOnce || (p.deletes && trigger)) return { period: ZERO_DAYS(text), trigger };
  if (trigger) {
    throw new ValueError(`${quote(text)} names the event the period counts from, not the period: write e.g. 注销后30天删除, or put the event in retention_trigger`, RETENTION_ACCEPTED);
  }
  return notRetention(text);
}

/**
 * The retention a cell declares: its period (with a bound when it gives one) and the event the phrase
 * counts from. Null when the cell states nothing (blank, N/A, 无, none, or a deferral to the law with no
 * event). Throws ValueError with the accepted forms when the cell cannot be read.
 */
export const parseRetention = memoizeCell(readRetention);
