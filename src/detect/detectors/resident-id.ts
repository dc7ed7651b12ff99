/** PRC resident identity number (GB 11643-1999, and the legacy 15-digit form): resident-id.ts validates. */
import { C_DIGIT, C_X, only } from '../chars.js';
import { isResidentId } from '../resident-id.js';
import { defineDetector, plainWhen } from './types.js';

const SHAPE = /^(?:\d{17}[\dXx]|\d{15})$/;

export const residentId = defineDetector({
  id: 'resident-id',
  hinted: plainWhen(isResidentId),
  alone: {
    order: 60,
    allowed: C_DIGIT | C_X,
    required: C_DIGIT,
    // Legacy IDs carry no check digit: the province and birth date decide (an IMEI is tried after).
    match: (s, classes) => (classes === C_DIGIT ? s.length === 15 || s.length === 18 : only(classes, C_DIGIT | C_X)) && isResidentId(s),
  },
  /** The address code and the last four: 110101********1233. */
  mask: (s, m) => (SHAPE.test(s) ? m.keepEnds(s, 6, 4) : null),
  gate: { min: 15, max: 18, first: 'digit', needs: '' },
});
