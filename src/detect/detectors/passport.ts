/** PRC passports (documents.ts): ordinary ones alone, the diplomatic, service and other series with a column name. */
import { C_DIGIT, C_HEX, C_LETTER, C_X } from '../chars.js';
import { isOrdinaryPassport, isPassport } from '../documents.js';
import { defineDetector, plainWhen } from './types.js';

export const passport = defineDetector({
  id: 'passport',
  hinted: plainWhen(isPassport),
  alone: { order: 110, allowed: C_DIGIT | C_HEX | C_X | C_LETTER, required: C_DIGIT, match: (s, classes) => s.length === 9 && (classes & (C_HEX | C_LETTER)) !== 0 && isOrdinaryPassport(s) },
  mask: () => null,
  gate: { min: 8, max: 10, first: 'letter', needs: '' },
});
