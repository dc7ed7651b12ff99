import { InputError } from '../../src/errors.js';

/** The error of class `type` a call throws (fails the test when it throws something else or nothing). */
export function errorOf<E extends Error>(call: () => unknown, type: abstract new (...args: never[]) => E): E {
  try {
    call();
  } catch (e) {
    if (e instanceof type) return e;
    throw e;
  }
  throw new Error(`expected ${type.name === 'InputError' ? 'an' : 'a'} ${type.name}, nothing was thrown`);
}

/** The InputError a call throws. */
export function inputErrorOf(call: () => unknown): InputError {
  return errorOf(call, InputError);
}
