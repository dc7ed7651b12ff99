/** Count tallies of the record checks (src/scan/record-check-tally.ts): counting, merging ranges, the result. */
import { describe, expect, it } from 'vitest';
import { MAX_ROWS } from '../../src/scan/column-counter.js';
import { countRecord, countResult, mergeCount, newCount, shiftCount } from '../../src/scan/record-check-tally.js';

const clause = { policy: 'PIPL', section: 'Art. 31', quote: 'q' };

describe('count tallies', () => {
  it('keep the count and the first rows, merged in file order', () => {
    const a = newCount();
    const b = newCount();
    for (let line = 1; line <= MAX_ROWS + 2; line++) countRecord(a, line);
    countRecord(b, 3);
    const merged = shiftCount(a, 0);
    mergeCount(merged, b, 100);
    expect(merged.count).toBe(MAX_ROWS + 3);
    expect(merged.rows).toHaveLength(MAX_ROWS);
    const one = newCount();
    countRecord(one, 2);
    mergeCount(one, b, 100);
    expect(one.rows).toEqual([2, 103]);
  });
});

describe('countResult', () => {
  it('gives nothing when no record was counted', () => {
    expect(countResult('r', newCount(), { column: 'c', item: null, clause, args: {} })).toEqual([]);
  });

  it('gives one result with the count and rows, no evidence', () => {
    const t = newCount();
    countRecord(t, 4);
    countRecord(t, 9);
    expect(countResult('minor-consent-missing', t, { column: 'id', item: 'identity.resident-id', clause, args: { age: 14 } })).toEqual([
      { ruleId: 'minor-consent-missing', column: 'id', item: 'identity.resident-id', count: 2, rows: [4, 9], clause, evidence: null, args: { age: 14 } },
    ]);
  });
});
