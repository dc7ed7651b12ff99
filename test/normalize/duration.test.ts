import { describe, expect, it } from 'vitest';
import { parseDuration, durationLabel, addDuration, compareDurations, DURATION_ACCEPTED } from '../../src/normalize/duration.js';
import type { Duration, DurationUnit } from '../../src/normalize/types.js';
import { createCalendar } from '../../src/calendar/calendar.js';
import { elapsedMs, expectRefusal, valueErrorOf } from './helpers.js';

const period = (raw: string): Duration => {
  const d = parseDuration(raw);
  if (!d) throw new Error(`blank: ${raw}`);
  return d;
};

describe('parseDuration', () => {
  it.each<[string, number, DurationUnit]>([
    ['5y', 5, 'years'], ['5 years', 5, 'years'], ['5 yrs', 5, 'years'], ['1 Year', 1, 'years'], ['P5Y', 5, 'years'],
    ['30d', 30, 'days'], ['30 days', 30, 'days'], ['P30D', 30, 'days'], ['0d', 0, 'days'], ['7 calendar days', 7, 'days'],
    ['3 working days', 3, 'working-days'], ['3 business days', 3, 'working-days'], ['3wd', 3, 'working-days'], ['3 workdays', 3, 'working-days'],
    ['12 months', 12, 'months'], ['12m', 12, 'months'], ['12mo', 12, 'months'], ['P6M', 6, 'months'],
    ['2w', 2, 'weeks'], ['2 weeks', 2, 'weeks'], ['P2W', 2, 'weeks'],
    ['P1Y6M', 18, 'months'], ['1y6m', 18, 'months'], ['1 year and 6 months', 18, 'months'], ['1.5 years', 18, 'months'], ['P1W2D', 9, 'days'],
    ['5年', 5, 'years'], ['五年', 5, 'years'], ['30天', 30, 'days'], ['30日', 30, 'days'], ['三十天', 30, 'days'],
    ['3个工作日', 3, 'working-days'], ['三个工作日', 3, 'working-days'], ['3 个工作日内', 3, 'working-days'],
    ['6个月', 6, 'months'], ['十二个月', 12, 'months'], ['半年', 6, 'months'], ['一年半', 18, 'months'], ['1年零6个月', 18, 'months'],
    ['两周', 2, 'weeks'], ['一百天', 100, 'days'], ['３０天', 30, 'days'],
    ['三个月', 3, 'months'], ['十年', 10, 'years'], ['两年', 2, 'years'], ['十五日', 15, 'days'], ['叁年', 3, 'years'], ['壹佰捌拾天', 180, 'days'],
    ['seven years', 7, 'years'], ['thirty days', 30, 'days'], ['Six Months', 6, 'months'], ['one year and six months', 18, 'months'],
  ])('%j → %d %s', (raw, amount, unit) => {
    expect(parseDuration(raw)).toEqual({ forever: false, amount, unit, raw: raw.normalize('NFKC').trim() });
  });

  it.each([['永久'], ['长期'], ['forever'], ['Permanent'], ['indefinite'], ['永久保存'], ['无限期']])('%j is forever', (raw) => {
    expect(parseDuration(raw)).toEqual({ forever: true, raw });
  });

  it.each([[''], ['  '], [null], [undefined]])('blank %j → null', (raw) => {
    expect(parseDuration(raw)).toBeNull();
  });

  it.each([
    ['5', "'5' has no unit"],
    ['P1Y30D', 'mixes units'],
    ['1 year 10 days', 'mixes units'],
    ['24h', 'hours, minutes and seconds are not retention units'],
    ['PT24H', 'has a time part'],
    ['2.5 months', 'is not a whole number of months'],
    ['soon', "not a duration: 'soon'"],
    ['tend', "not a duration: 'tend'"],
    ['sevenyears', "not a duration: 'sevenyears'"],
    ['5 yeers', "not a duration: '5 yeers'"],
    ['-5d', "not a duration: '-5d'"],
    ['P', "not a duration: 'P'"],
  ])('%j is rejected (%s)', (raw, message) => {
    const e = expectRefusal(() => parseDuration(raw), { containing: message, accepted: DURATION_ACCEPTED });
    expect(e.accepted).toContain('3 working days');
    expect(e.accepted).toContain('3个工作日');
  });
});

describe('parseDuration: the 1000-year limit', () => {
  it.each<[string, number, DurationUnit]>([
    ['1000y', 1000, 'years'], ['P1000Y', 1000, 'years'], ['12000 months', 12000, 'months'], ['999年', 999, 'years'],
    ['52178w', 52178, 'weeks'], ['365250d', 365250, 'days'], ['260892 working days', 260892, 'working-days'],
  ])('%j is read (%d %s)', (raw, amount, unit) => {
    expect(parseDuration(raw)).toMatchObject({ forever: false, amount, unit });
  });

  it.each([
    '1001y', 'P1001Y', '12001 months', '52179 weeks', '365251d', '260893 working days', '99999999 working days',
    '9999999999999999999999y', '9'.repeat(400) + 'd', 'P9999999999999999999999Y', '1000 years and 1 month', '一千零一年',
  ])('%#: %.30s is refused as longer than 1000 years', (raw) => {
    const e = expectRefusal(() => parseDuration(raw), { containing: 'is longer than 1000 years', accepted: DURATION_ACCEPTED });
    expect(e.message).toContain('forever');
  });

  it('adds the longest periods to a date promptly, on the calendar', () => {
    const cal = createCalendar();
    const ms = elapsedMs(() => {
      expect(addDuration('2024-06-01', period('1000y'), cal)).toBe('3024-06-01');
      expect(addDuration('2024-06-01', period('365250d'), cal)).toBe('3024-06-09');
      expect(addDuration('2024-06-01', period('260892 working days'), cal)).toMatch(/^3024-\d\d-\d\d$/);
    });
    expect(ms).toBeLessThan(500);
  });
});

describe('parseDuration: long cells', () => {
  // Each took seconds while the patterns backtracked over the run of spaces (quadratic in its length).
  it.each([
    ['a number, spaces and no unit', '1' + ' '.repeat(64_000) + '目'],
    ['a word, spaces and no 内', 'yes' + ' '.repeat(64_000) + '目的'],
    ['spaces inside a unit', '3 working' + ' '.repeat(64_000) + 'x'],
    ['spaces after 个', '3个' + ' '.repeat(64_000) + 'x'],
  ])('refuses %s at once', (_, raw) => {
    expect(elapsedMs(() => expectRefusal(() => parseDuration(raw), { containing: 'not a duration' }))).toBeLessThan(500);
  });

  it('reads a period written as many terms in linear time', () => {
    expect(elapsedMs(() => expect(parseDuration('1d'.repeat(20_000))).toMatchObject({ amount: 20_000, unit: 'days' }))).toBeLessThan(1000);
  });

  it.each<[string, number, DurationUnit]>([
    ['3 个 工作日', 3, 'working-days'], ['3  个工作日  以内', 3, 'working-days'], ['5年 之内', 5, 'years'], ['1 year ,  6 months', 18, 'months'], ['2w\t内', 2, 'weeks'],
  ])('still reads spaces around 个, joiners and 内: %j', (raw, amount, unit) => {
    expect(parseDuration(raw)).toMatchObject({ amount, unit });
  });
});

describe('durationLabel', () => {
  it.each([
    ['5y', '5 years', '5年'], ['1y', '1 year', '1年'], ['3 working days', '3 working days', '3个工作日'], ['1wd', '1 working day', '1个工作日'],
    ['6个月', '6 months', '6个月'], ['2w', '2 weeks', '2周'], ['30d', '30 days', '30天'], ['永久', 'forever', '永久'],
  ])('%j → %j / %j', (raw, en, zh) => {
    expect(durationLabel(period(raw), 'en')).toBe(en);
    expect(durationLabel(period(raw), 'zh')).toBe(zh);
  });

  it('names a bound', () => {
    const d = period('30d');
    expect(durationLabel({ ...d, bound: 'at-most' } as Duration, 'en')).toBe('at most 30 days');
    expect(durationLabel({ ...d, bound: 'at-most' } as Duration, 'zh')).toBe('最长30天');
    expect(durationLabel({ ...d, bound: 'at-least' } as Duration, 'en')).toBe('at least 30 days');
    expect(durationLabel({ ...d, bound: 'at-least' } as Duration, 'zh')).toBe('不少于30天');
  });
});

describe('addDuration', () => {
  const cal = createCalendar();
  it.each([
    ['2024-02-29', '1y', '2025-02-28'],
    ['2024-01-31', '1 month', '2024-02-29'],
    ['2023-01-31', '1 month', '2023-02-28'],
    ['2024-03-31', 'P6M', '2024-09-30'],
    ['2020-05-01', '5y', '2025-05-01'],
    ['2024-12-25', '30d', '2025-01-24'],
    ['2024-02-28', '2w', '2024-03-13'],
    ['2024-09-30', '3 working days', '2024-10-10'],
    ['2025-01-27', '3个工作日', '2025-02-07'],
    ['2024-05-01', '0d', '2024-05-01'],
  ])('%s + %s = %s', (date, raw, end) => {
    expect(addDuration(date, period(raw), cal)).toBe(end);
  });

  it('is null for forever', () => {
    expect(addDuration('2024-01-01', period('永久'), cal)).toBeNull();
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(valueErrorOf(() => addDuration('2023-02-29', period('1y'), cal)).accepted).toContain('YYYY-MM-DD');
  });
});

describe('compareDurations', () => {
  it.each([
    ['1y', '12 months', 0], ['P1Y6M', '1y', 1], ['2w', '14d', 0], ['3 working days', '3d', 1], ['5 working days', '7d', 0],
    ['1y', '365d', 1], ['1y', '366d', -1], ['1 month', '30d', 1], ['永久', '100y', 1], ['100y', 'forever', -1], ['forever', '永久', 0],
    ['30d', '3 working days', 1],
  ])('%s vs %s → %d', (a, b, sign) => {
    expect(compareDurations(period(a), period(b))).toBe(sign);
  });
});
