/**
 * Every known bug still reproduces. When one is fixed this fails on purpose: delete its entry in
 * known-bugs.ts and the excused() calls naming it, so the properties check that input class again.
 * With the ledger empty there is nothing to replay, and the run says so (one skipped test).
 */
import { describe, expect, it } from 'vitest';
import { knownBugEntries } from './known-bugs.js';

const entries = knownBugEntries();

describe('known bugs the fuzz properties excuse', () => {
  if (entries.length === 0) {
    it.skip('none: the ledger (test/fuzz/known-bugs.ts) is empty, so no property excuses any input', () => {});
    return;
  }
  it('each entry says where the bug lives and what goes wrong', () => {
    for (const [id, bug] of entries) expect(bug.where && bug.what, id).toBeTruthy();
  });
  for (const [id, bug] of entries) {
    it(`${id} (${bug.where}) still reproduces`, () => {
      expect(bug.reproduces(), `${id} looks fixed: delete it from test/fuzz/known-bugs.ts and its excused('${id}', …) calls`).toBe(true);
    }, 30_000);
  }
});
