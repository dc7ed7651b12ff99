/**
 * The words of durations: units in English and Chinese, and the words for "forever".
 *
 * Decisions:
 * - `m` is months (12m = 12 months): minutes make no sense for retention. `mo`, `mon`, `month(s)` too.
 * - `月` after a number is months (6月 = 6个月): in a retention column it cannot be a calendar month.
 * - `d`, `天`, `日`, `自然日`, `calendar day(s)` are calendar days; `wd`, `bd`, `工作日` working days.
 * - 长期 ("long-term") is read as forever, like 永久: neither sets an end date.
 */
import type { DurationUnit } from './types.js';
import { alternation, wordTable } from './text.js';

export const UNIT_WORDS: Record<DurationUnit, readonly string[]> = {
  'working-days': ['working days', 'working day', 'work days', 'work day', 'workdays', 'workday', 'business days', 'business day', 'wd', 'bd', '工作日', '个工作日', '個工作日'],
  days: ['days', 'day', 'd', 'calendar days', 'calendar day', '天', '日', '自然日', '个自然日', '個自然日'],
  weeks: ['weeks', 'week', 'wks', 'wk', 'w', '周', '週', '星期', '个星期', '個星期', '个周', '礼拜', '个礼拜', '禮拜'],
  months: ['months', 'month', 'mons', 'mon', 'mos', 'mo', 'm', '个月', '個月', '月'],
  years: ['years', 'year', 'yrs', 'yr', 'y', '年', '周年', '週年'],
};

/** English number words, as policies write them (`seven years`, `thirty days`); a word must be followed by a space. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Units people write that retention periods do not use. */
export const REJECTED_UNITS = ['hours', 'hour', 'hrs', 'hr', 'h', 'minutes', 'minute', 'min', 'seconds', 'second', 's', '小时', '小時', '分钟', '秒'];

export const FOREVER_WORDS = wordTable({
  forever: [
    'forever', 'permanent', 'permanently', 'indefinite', 'indefinitely', 'unlimited', 'no limit', 'never expires', '∞',
    '永久', '永久保存', '永久保留', '长期', '长期保存', '长期保留', '长期有效', '無限期', '无限期', '无期限', '不限期', '永久有效',
  ],
});

/** Unit words as one regex alternation, longest first so `wd` wins over `w`; a space in a word may be any run of spaces or none. */
export function unitPattern(words: readonly string[]): string {
  return alternation(words).replace(/ /g, '\\s*');
}

const squeeze = (w: string): string => w.toLowerCase().replace(/\s+/g, '');

/** Squeezed unit word → unit, built once: a period may have many terms. */
const UNIT_OF_WORD = new Map<string, DurationUnit>();
for (const [unit, list] of Object.entries(UNIT_WORDS) as [DurationUnit, readonly string[]][]) {
  for (const item of list) if (!UNIT_OF_WORD.has(squeeze(item))) UNIT_OF_WORD.set(squeeze(item), unit);
}

/** The unit a matched unit word stands for (`working  days`, `workingdays` and `wd` alike). */
export function unitOf(word: string): DurationUnit | undefined {
  return UNIT_OF_WORD.get(squeeze(word));
}

export const DURATION_ACCEPTED =
  'a number and a unit: 5y, 5 years, 30d, 30 days, 3 working days, 3wd, 2w, 12 months, 12m (m = months); ISO 8601 P5Y, P6M, P2W, P30D, P1Y6M; ' +
  'Chinese 5年, 五年, 30天, 30日, 3个工作日, 6个月, 半年, 一年半; seven years; or forever/permanent/indefinite/永久/长期';
