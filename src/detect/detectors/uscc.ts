/**
 * Unified social credit codes (GB 32100-2015, uscc.ts). They identify organisations, not people: no taxonomy
 * item names this detector, so a column of them is recognised and left alone.
 */
import { C_DIGIT, C_HEX, C_LETTER, C_X } from '../chars.js';
import { isPlausibleDigitUscc, isUscc } from '../uscc.js';
import { defineDetector, plainWhen } from './types.js';

export const uscc = defineDetector({
  id: 'uscc',
  hinted: plainWhen(isUscc),
  alone: {
    order: 90,
    allowed: C_DIGIT | C_HEX | C_X | C_LETTER,
    required: C_DIGIT,
    match: (s, classes) => {
      if (s.length !== 18) return false;
      // All digits pass the bare checksum one time in 31: the stricter test.
      if (classes === C_DIGIT) return isPlausibleDigitUscc(s);
      return (classes & (C_HEX | C_LETTER)) !== 0 && isUscc(s);
    },
  },
  mask: () => null,
  gate: { min: 18, max: 18, first: 'any', needs: '' },
});
