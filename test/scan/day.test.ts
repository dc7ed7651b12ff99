import { describe, expect, it } from 'vitest';
import { civilDay, dayNumber } from '../../src/calendar/date.js';
import { dayOf, NOT_A_DAY, READ, readDate, wholeNumber } from '../../src/scan/day.js';
import { dateTimeText } from '../../src/load/exports/jsonl-flatten.js';

const day = (d: string) => dayNumber(d)!;

describe('dayOf', () => {
  it.each(['2024-03-05', '2024/3/5', '2024.03.05', '2024年3月5日', '2024年03月05日', '20240305', '2024-03-05 23:59:59', '2024-03-05T08:00:00Z', ' 2024-3-05 ', '20240305103000', '45356', '45356.5'])('reads %s as 2024-03-05', (cell) => {
    expect(dayOf(cell)).toBe(day('2024-03-05'));
  });

  it('reads Unix timestamps in China Standard Time', () => {
    // 2024-03-04T16:30:00Z is 2024-03-05 00:30 in Beijing.
    expect(dayOf('1709569800')).toBe(day('2024-03-05'));
    expect(dayOf('1709569800000')).toBe(day('2024-03-05'));
    expect(dayOf('1709569800.25')).toBe(day('2024-03-05'));
  });

  it.each(['', '-', 'N/A', '2023-02-29', '2024-13-01', '2024-00-10', '12345', '2024-3', '正常', '03/05/2024', '05.03.2024', '2024-03/05', '2024-03-05abc', '2024-03-05 (周二)', '2024-03-05 25:00', '2024-03-05 10', '99999', '1799-12-31', '2024-03-05T10:00:00+25:00'])(
    'rejects %j: never guessed',
    (cell) => {
      expect(dayOf(cell)).toBe(NOT_A_DAY);
    },
  );

  it('agrees with the calendar module on day numbers', () => {
    for (const d of ['1800-01-01', '1970-01-01', '2000-02-29', '2024-12-31', '2199-12-31']) {
      const [y, m, dd] = d.split('-').map(Number);
      expect(civilDay(y!, m!, dd!)).toBe(dayNumber(d));
    }
  });
});

describe('readDate: time of day and zones', () => {
  const at = (cell: string) => (readDate(cell) ? [READ.day, READ.second] : null);

  it('gives the second of the day, or -1 without a time', () => {
    expect(at('2024-03-05')).toEqual([day('2024-03-05'), -1]);
    expect(at('2024-03-05 10:30')).toEqual([day('2024-03-05'), 37800]);
    expect(at('2024/3/5 8:05:09')).toEqual([day('2024-03-05'), 8 * 3600 + 5 * 60 + 9]);
    expect(at('2024-03-05T10:30:00.123')).toEqual([day('2024-03-05'), 37800]);
    expect(at('20240305103000')).toEqual([day('2024-03-05'), 37800]);
    expect(at('20240305235958')).toEqual([day('2024-03-05'), 86398]);
    expect(at('2024年3月5日 10:30')).toEqual([day('2024-03-05'), 37800]);
  });

  it('moves a time with a zone to China Standard Time', () => {
    expect(at('2024-03-05T20:00:00Z')).toEqual([day('2024-03-06'), 4 * 3600]);
    // An instant as the JSON Lines and Parquet readers write it (`2024-03-05 20:00:00Z`).
    expect(at(dateTimeText(Date.parse('2024-03-05T20:00:00Z')))).toEqual([day('2024-03-06'), 4 * 3600]);
    expect(at('2024-03-05 10:30:00 +0000')).toEqual([day('2024-03-05'), 18 * 3600 + 1800]);
    expect(at('2024-03-05T10:30:00+08:00')).toEqual([day('2024-03-05'), 37800]);
    expect(at('2024-03-05 23:30 UTC')).toEqual([day('2024-03-06'), 7 * 3600 + 1800]);
    expect(at('2024-03-05T01:00:00-05')).toEqual([day('2024-03-05'), 14 * 3600]);
    expect(at('2024-03-05T10:30:00+0530')).toEqual([day('2024-03-05'), 13 * 3600]);
    expect(at('2024-03-05T10:30:00+05:45')).toEqual([day('2024-03-05'), 12 * 3600 + 45 * 60]);
  });

  it('reads the time an Excel serial carries in its fraction', () => {
    expect(at('45356.75')).toEqual([day('2024-03-05'), 18 * 3600]);
  });
});

describe('wholeNumber', () => {
  it.each([['12', 12], ['12岁', 12], [' 7 周岁', 7], ['0', 0]])('reads %j', (cell, n) => expect(wholeNumber(cell)).toBe(n));
  it.each(['', '12.5', 'abc', '1234'])('rejects %j', (cell) => expect(wholeNumber(cell)).toBe(-1));
});
