import { ValueError } from '../../src/normalize/types.js';
import { errorOf } from '../helpers/input-error.js';

/** The ValueError a call throws (fails the test when it throws something else or nothing). */
export function valueErrorOf(call: () => unknown): ValueError {
  return errorOf(call, ValueError);
}
