import { ValueError } from '../../src/normalize/types.js';

/** The ValueError a call throws (fails the test when it throws something else or nothing). */
export function valueErrorOf(call: () => unknown): ValueError {
  try {
    call();
  } catch (e) {
    if (e instanceof ValueError) return e;
    throw e;
  }
  throw new Error('expected a ValueError, nothing was thrown');
}
