/**
 * Every known bug still reproduces. When one is fixed this fails on purpose: delete its entry in
 * known-bugs.ts and the excused() calls naming it, so the properties check that input class again.
 */
import { describe, expect, it } from 'vitest';
import { KNOWN_BUGS } from './known-bugs.js';

describe('known bugs the fuzz properties excuse', () => {
  for (const [id, bug] of Object.entries(KNOWN_BUGS)) {
    it(`${id} (${bug.where}) still reproduces`, () => {
      expect(bug.reproduces(), `${id} looks fixed: delete it from test/fuzz/known-bugs.ts and its excused('${id}', …) calls`).toBe(true);
    }, 30_000);
  }
});
