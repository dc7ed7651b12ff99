/** PRC resident identity number (GB 11643-1999, and the legacy 15-digit form), bare or grouped: resident-id.ts validates. */
import { C_DASH, C_DIGIT, C_SPACE, C_X, only } from '../chars.js';
import { isResidentId, isResidentIdWritten, residentIdChars } from '../resident-id.js';
import { defineDetector, plainWhen } from './types.js';

const SHAPE = /^(?:\d{17}[\dXx]|\d{15})$/;

export const residentId = defineDetector({
  id: 'resident-id',
  hinted: plainWhen(isResidentIdWritten),
  alone: {
    order: 60,
    allowed: C_DIGIT | C_X | C_SPACE | C_DASH,
    required: C_DIGIT,
    // Legacy IDs carry no check digit: the province and birth date decide (an IMEI is tried after).
    match: (s, classes) => {
      if (classes === C_DIGIT) return (s.length === 15 || s.length === 18) && isResidentId(s);
      return only(classes, C_DIGIT | C_X) ? isResidentId(s) : isResidentIdWritten(s);
    },
  },
  /** The address code and the last four, without the group separators: 110101********1233. */
  mask: (s, m) => {
    const id = residentIdChars(s);
    return SHAPE.test(id) ? m.keepEnds(id, 6, 4) : null;
  },
  gate: { min: 15, max: 21, first: 'digit', needs: '' },
});
