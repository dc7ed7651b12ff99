/**
 * The value normalisers on any cell text: a value or a ValueError with the accepted forms, the same
 * answer twice (no state kept between calls), and durations that date arithmetic can use.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/calendar.js';
import {
  addDuration, approximateDays, compareDurations, parseBoolean, parseChineseNumber, parseConsent, parseDuration, parseEncryption, parseList, parseMasking,
  parseRegion, parseRegions, parseRecipients, parseRetention, parseRetentionTrigger, parseSensitivity, type Duration,
} from '../../src/normalize/index.js';
import { anyString, cellValue, KNOWN_VALUES, text } from './arbitraries.js';
import { fuzz, testTimeout } from './fuzz.js';
import { onlyValueError } from './outcome.js';

const cell = fc.oneof(cellValue, anyString, text);
const calendar = createCalendar();
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Value or ValueError, and the same outcome when asked again. */
function stable<R>(parse: (raw: string) => R, raw: string): R | undefined {
  const first = onlyValueError(() => parse(raw), raw);
  const again = onlyValueError(() => parse(raw), raw);
  expect(again).toStrictEqual(first);
  return first instanceof Error ? undefined : first;
}

const PARSERS: [string, (raw: string) => unknown][] = [
  ['parseBoolean', parseBoolean],
  ['parseRegion', parseRegion],
  ['parseRegions', parseRegions],
  ['parseEncryption', parseEncryption],
  ['parseMasking', parseMasking],
  ['parseConsent', parseConsent],
  ['parseList', parseList],
  ['parseRetentionTrigger', parseRetentionTrigger],
  ['parseRetention', parseRetention],
  ['parseSensitivity', parseSensitivity],
  ['parseRecipients', parseRecipients],
];

describe('value normalisers: a value or a ValueError, never a crash', () => {
  for (const [name, parse] of PARSERS) {
    it(name, () => fuzz(`normalize.${name}`, cell, (raw) => void stable(parse, raw)), testTimeout());
  }

  it('parseList never throws and returns trimmed, distinct, non-empty parts', () =>
    fuzz('normalize.parseList.shape', cell, (raw) => {
      const parts = parseList(raw);
      expect(new Set(parts).size).toBe(parts.length);
      for (const p of parts) expect(p.trim() === p && p !== '').toBe(true);
    }), testTimeout());

  it('parseChineseNumber: a whole number below 10 000 or null, never a throw', () =>
    fuzz('normalize.parseChineseNumber', fc.oneof(cell, fc.string({ unit: fc.constantFrom(...'零〇一二两兩三四五六七八九十拾百佰千仟万半x'), maxLength: 12 })), (raw) => {
      const n = parseChineseNumber(raw);
      if (n !== null) expect(Number.isInteger(n) && n >= 0 && n < 10_000).toBe(true);
    }), testTimeout());
});

/** Durations as people write them, plus their broken forms. */
const durationText = fc.oneof(
  cell,
  fc
    .tuple(
      fc.oneof(fc.nat({ max: 100_000 }).map(String), fc.constantFrom('0', '1.5', '99999999', '9999999999999999999999', '三', '一百零五', '半', '十二', '1e3', ''),
        // The 1000-year limit of each unit, and one over.
        fc.constantFrom('1000', '1001', '12000', '12001', '52178', '52179', '365250', '365251', '260892', '260893')),
      fc.constantFrom('', ' ', '个', '  '),
      fc.constantFrom('d', 'days', 'y', 'years', 'months', 'm', 'w', 'weeks', 'working days', '个工作日', '年', '天', '月', '周', 'hours', 'h', '秒', 'x'),
      fc.constantFrom('', '半', '内', '以内', ' and 6 months', '零6个月', ', 2 weeks', ' 3d'),
    )
    .map((parts) => parts.join('')),
  fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()).map(([y, m, w, d]) => `P${y}Y${m}M${w}W${d}D`),
  fc.constantFrom(...KNOWN_VALUES),
);

const START_DAYS = ['2024-06-01', '2024-02-29', '2023-12-31', '1999-01-01', '2030-10-01'];

describe('parseDuration', () => {
  it('a ValueError or a duration with a whole amount of a known unit, at most 1000 years', () =>
    fuzz('normalize.parseDuration', durationText, (raw) => {
      const d = stable(parseDuration, raw);
      if (!d || d.forever) return;
      expect(Number.isInteger(d.amount) && d.amount >= 0).toBe(true);
      expect(['days', 'working-days', 'weeks', 'months', 'years']).toContain(d.unit);
      // Periods past 1000 years are refused: date arithmetic stays inside the calendar.
      expect(approximateDays(d)).toBeLessThanOrEqual(1000 * 366);
    }), testTimeout());

  it('every parsed duration can be added to a date: a real day (or null for forever), promptly', () =>
    fuzz('normalize.addDuration', fc.tuple(durationText, fc.constantFrom(...START_DAYS)), ([raw, start]) => {
      const d = stable(parseDuration, raw);
      if (!d) return;
      const end = addDuration(start, d, calendar);
      if (d.forever) expect(end).toBeNull();
      else expect(end).toMatch(DAY);
    }), testTimeout());

  it('compareDurations is an order: reflexive and antisymmetric on parsed values', () =>
    fuzz('normalize.compareDurations', fc.tuple(durationText, durationText), ([ra, rb]) => {
      const a = stable(parseDuration, ra) as Duration | undefined;
      const b = stable(parseDuration, rb) as Duration | undefined;
      if (!a || !b) return;
      expect(compareDurations(a, a)).toBe(0);
      expect(compareDurations(a, b)).toBe(-compareDurations(b, a) || 0);
    }), testTimeout());
});
