import { InputError } from '../../src/errors.js';

/** The InputError a call throws (fails the test when it throws something else or nothing). */
export function inputErrorOf(call: () => unknown): InputError {
  try {
    call();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError, nothing was thrown');
}
