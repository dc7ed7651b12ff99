/**
 * MAC addresses (network.ts): six hex pairs with one separator, or Cisco's xxxx.xxxx.xxxx; in a column named
 * for them also pairs separated by spaces and 12 bare hex digits.
 */
import { C_ALL, C_AT, C_COLON, C_COMMA, C_DASH, C_DIGIT, C_DOT, C_HEX, C_MASK, C_WIDE, only } from '../chars.js';
import { isMac, isMacInColumn } from '../network.js';
import { defineDetector, plainWhen } from './types.js';

export const mac = defineDetector({
  id: 'mac',
  hinted: plainWhen(isMacInColumn),
  alone: {
    order: 20,
    allowed: C_ALL & ~(C_MASK | C_WIDE | C_AT),
    required: C_COLON | C_DASH | C_HEX,
    match: (s, classes) => {
      if (s.length === 17) return (classes & (C_MASK | C_WIDE | C_AT)) === 0 && ((classes & C_COLON) !== 0 || (classes & (C_DASH | C_COMMA)) === C_DASH) && isMac(s);
      // Cisco style needs a hex letter: all-digit dotted groups are more often other numbers.
      return s.length === 14 && only(classes, C_DIGIT | C_HEX | C_DOT) && (classes & C_HEX) !== 0 && isMac(s);
    },
  },
  /** The first three octets are the maker (OUI); the last three identify the device: 3c:22:fb:**:**:**. */
  mask: (s, m) => (isMacInColumn(s) ? m.hexAfter(s, 6) : null),
  gate: { min: 12, max: 17, first: 'any', needs: '' },
});
