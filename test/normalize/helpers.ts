import { expect } from 'vitest';
import { ValueError } from '../../src/errors.js';
import { errorOf } from '../helpers/input-error.js';

/** The ValueError a call throws (fails the test when it throws something else or nothing). */
export function valueErrorOf(call: () => unknown): ValueError {
  return errorOf(call, ValueError);
}

/** What a refusal must say: its message exactly (`message`) or in part (`containing`), and its accepted forms exactly. */
export interface Refusal {
  message?: string;
  containing?: string;
  accepted?: string;
}

/** The ValueError a call throws, checked against `expected`; returned for checks of the test's own. */
export function expectRefusal(call: () => unknown, expected: Refusal): ValueError {
  const e = valueErrorOf(call);
  if (expected.message !== undefined) expect(e.message).toBe(expected.message);
  if (expected.containing !== undefined) expect(e.message).toContain(expected.containing);
  if (expected.accepted !== undefined) expect(e.accepted).toBe(expected.accepted);
  return e;
}

/** How long a call takes, in milliseconds (for the checks that a hostile cell is refused at once). */
export function elapsedMs(call: () => unknown): number {
  const started = performance.now();
  call();
  return performance.now() - started;
}
