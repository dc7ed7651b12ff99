/** column-facts.ts: filled cells of non-personal columns, the oldest record per date column, merged over ranges. */
import { describe, expect, it } from 'vitest';
import { FactsCounter, mergeFacts, planFacts, shiftFacts, withFacts, type FactsPlan } from '../../src/scan/column-facts.js';
import type { ColumnPlan } from '../../src/scan/plan.js';
import type { ColumnRole } from '../../src/scan/roles.js';
import type { ColumnProfile } from '../../src/scan/types.js';

const HEADER = ['id', 'mobile', 'created_at', 'cancelled_at', 'note'];
const ROLES: ColumnRole[] = [{ kind: 'none' }, { kind: 'none' }, { kind: 'event-date', event: 'collection' }, { kind: 'event-date', event: 'account-cancellation' }, { kind: 'none' }];
const plans = HEADER.map((name, index): ColumnPlan => ({ index, name, headerItem: null, valueItem: null, item: null, detector: null, hint: [], kind: name === 'mobile' ? 'pi' : 'other', hashProbe: null }));

/** Records and their physical lines (the header is line 1). */
const RECORDS: [number, string[]][] = [
  [2, ['1', '13800138000', '2023-05-01 10:00:00', '', 'a']],
  [3, ['2', '', '2021-03-02', '', '']],
  [4, ['3', '13900139000', '2022-01-15', '2023-02-01', ' ']],
  [5, ['4', '13700137000', 'not a date', '2022-12-31', 'b']],
  [6, ['5', '13600136000', '2022-01-15', '', 'c']],
];

function tally(plan: FactsPlan, records: [number, string[]][]) {
  const counter = new FactsCounter(plan, HEADER.length);
  const sel = Int32Array.from(records, (_, i) => i);
  counter.count(
    records.map((r) => r[1]),
    sel,
    records.length,
    Int32Array.from(records, (r) => r[0]),
  );
  return counter.result();
}

describe('column facts', () => {
  const plan = planFacts(plans, ROLES);

  it('plans the date columns (by role) and the non-personal columns', () => {
    expect(plan).toEqual({ dates: [2, 3], others: [0, 2, 3, 4] });
  });

  it('counts filled cells (blank ones are empty) and the oldest day holding each column, first line on a tie', () => {
    const t = tally(plan, RECORDS);
    expect(t.filled).toEqual([5, 5, 2, 3]);
    const profiles = withFacts(plans.map((p) => profile(p)), plan, t, ROLES);
    expect(profiles.map((p) => p.nonEmpty)).toEqual([5, 99, 5, 2, 3]);
    // mobile: record 3 (2021) holds none, so its oldest is 2022-01-15 at line 4, not line 6.
    expect(profiles[1]!.oldest).toEqual([
      { column: 'created_at', role: 'event-date:collection', day: '2022-01-15', line: 4 },
      { column: 'cancelled_at', role: 'event-date:account-cancellation', day: '2022-12-31', line: 5 },
    ]);
    expect(profiles[0]!.oldest?.[0]).toEqual({ column: 'created_at', role: 'event-date:collection', day: '2021-03-02', line: 3 });
    // note: blank at line 4, so its oldest created_at is 2022-01-15 at line 6.
    expect(profiles[4]!.oldest).toEqual([
      { column: 'created_at', role: 'event-date:collection', day: '2022-01-15', line: 6 },
      { column: 'cancelled_at', role: 'event-date:account-cancellation', day: '2022-12-31', line: 5 },
    ]);
  });

  it('gives the same facts in ranges, merged in file order, as in one', () => {
    const whole = tally(plan, RECORDS);
    for (let cut = 1; cut < RECORDS.length; cut++) {
      // The second range counts lines from its own start, as a worker's range does.
      const first = tally(plan, RECORDS.slice(0, cut));
      const offset = RECORDS[cut]![0] - 1;
      const second = tally(plan, RECORDS.slice(cut).map(([line, cells]) => [line - offset, cells]));
      const merged = shiftFacts(first, 0)!;
      mergeFacts(merged, second, offset);
      expect(merged, `cut before record ${cut}`).toEqual(whole);
    }
  });

  it('finds the oldest day of each column whatever the order of the records (checked against a plain search)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const day = () => `20${10 + Math.floor(rnd() * 14)}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
    const cell = (p: number, value: string) => (rnd() < p ? value : '');
    for (let round = 0; round < 20; round++) {
      const records: [number, string[]][] = Array.from({ length: 60 }, (_, i) => [i + 2, [cell(0.9, 'x'), cell(0.3, 'y'), cell(0.8, day()), cell(0.2, day()), cell(rnd() < 0.5 ? 0 : 0.1, 'z')]]);
      if (round % 2) records.sort((a, b) => (b[1][2]! < a[1][2]! ? -1 : 1)).forEach((r, i) => (r[0] = i + 2));
      const t = tally(plan, records);
      plan.dates.forEach((date, d) => {
        for (let j = 0; j < HEADER.length; j++) {
          const holding = records.filter(([, c]) => c[j] !== '' && c[date] !== '');
          const oldest = holding.reduce<[number, string[]] | null>((best, r) => (!best || r[1][date]! < best[1][date]! ? r : best), null);
          expect(t.lines[d]![j], `round ${round}, date ${date}, column ${j}`).toBe(oldest ? oldest[0] : 0);
        }
      });
    }
  });

  it('is plain JSON (it crosses to worker threads and into shard parts)', () => {
    const t = tally(plan, RECORDS);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });

  it('costs nothing without date or non-personal columns, and leaves profiles without facts as they are', () => {
    expect(FactsCounter.for({ dates: [], others: [] }, 3)).toBeNull();
    expect(FactsCounter.for(undefined, 3)).toBeNull();
    const profiles = plans.map((p) => profile(p));
    expect(withFacts(profiles, plan, null, ROLES)).toBe(profiles);
  });
});

function profile(p: ColumnPlan): ColumnProfile {
  return { index: p.index, name: p.name, headerItem: null, valueItem: null, item: null, detector: null, kind: p.kind, role: null, nonEmpty: p.kind === 'pi' ? 99 : 0, matched: 0, share: 0, plain: 0, masked: 0, hashed: 0, checked: 0, valid: 0, rows: [], evidence: null };
}

describe('in a scan', () => {
  it('only when asked for (scan --inventory): other scans pay nothing for them', async () => {
    const { scanOne } = await import('./helpers.js');
    const without = await scanOne('fixtures/crosscheck/exports/orders.csv');
    expect(without.columns.some((c) => c.oldest)).toBe(false);
    const withFacts = await scanOne('fixtures/crosscheck/exports/orders.csv', { columnFacts: true });
    const phone = withFacts.columns.find((c) => c.name === 'receiver_phone')!;
    expect(phone.oldest).toEqual([{ column: 'order_time', role: 'event-date:transaction', day: '2021-03-15', line: 2 }]);
    expect(withFacts.columns.find((c) => c.name === 'order_no')!.nonEmpty).toBe(6);
    // The same facts whether the file is read by one thread or cut into ranges for several.
    const ranges = await scanOne('fixtures/crosscheck/exports/orders.csv', { columnFacts: true, workers: 2, minSplitBytes: 1 });
    expect(ranges.columns).toEqual(withFacts.columns);
  });
});
