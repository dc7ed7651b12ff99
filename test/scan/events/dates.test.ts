/** A record's date cell: a day, no date (empty or only padding), or a cell that is not a date (counted, never guessed). */
import { describe, expect, it } from 'vitest';
import { civilDay } from '../../../src/calendar/date.js';
import { BAD_DATE, dateIn, NO_DATE } from '../../../src/scan/events/dates.js';
import { newUnread } from '../../../src/scan/events/late.js';

describe('dateIn', () => {
  it('reads the day; an empty or padded cell is no date, not an unreadable one', () => {
    const unread = newUnread();
    expect(dateIn(['2024-03-05 10:30:00'], 0, unread, 2)).toBe(civilDay(2024, 3, 5));
    for (const blank of ['', ' ', '\u3000', '\u3000\u3000', '\u00a0']) expect(dateIn([blank], 0, unread, 3), JSON.stringify(blank)).toBe(NO_DATE);
    expect(dateIn([], 0, unread, 4)).toBe(NO_DATE);
    expect(unread.count).toBe(0);
  });

  it('reads a "not stated" mark or a database NULL as no date (SPEC decision 13), not as an unreadable one', () => {
    const unread = newUnread();
    for (const none of ['N/A', 'n/a', ' NA ', '-', '--', '—', '/', '／', '不适用', 'NULL', 'null', '\\N', '#N/A']) expect(dateIn([none], 0, unread, 5), JSON.stringify(none)).toBe(NO_DATE);
    expect(unread.count).toBe(0);
    // A word that says something about the request is not a missing date: it is counted, never guessed.
    expect(dateIn(['待回复'], 0, unread, 6)).toBe(BAD_DATE);
    expect(dateIn(['NULL date'], 0, unread, 7)).toBe(BAD_DATE);
    expect(unread.rows).toEqual([6, 7]);
  });

  it('counts a cell that is not a date, with its row and masked evidence', () => {
    const unread = newUnread();
    expect(dateIn(['上周二'], 0, unread, 7)).toBe(BAD_DATE);
    expect(unread).toEqual({ count: 1, rows: [7], evidence: '上周二' });
  });
});
