/** Bank card numbers: 16–19 digits with a Luhn check digit, bare or in groups of four (luhn.ts). */
import { C_DASH, C_DIGIT, C_PLUS, C_SPACE } from '../chars.js';
import { cardDigits, isBankCard, isCardNumber } from '../luhn.js';
import { defineDetector } from './types.js';

export const bankCard = defineDetector({
  id: 'bank-card',
  // The column vouches for the kind: any issuer prefix.
  hinted: (s) => {
    const digits = cardDigits(s);
    return digits !== null && isCardNumber(digits, true) ? 'plain' : null;
  },
  alone: {
    order: 80,
    allowed: C_DIGIT | C_SPACE | C_DASH | C_PLUS,
    required: C_DIGIT,
    match: (s, classes, digits) => (classes === C_DIGIT ? s.length >= 16 && s.length <= 19 : digits >= 11) && isBankCard(s),
  },
  /** The issuer (first six) and the last four, separators kept: 6222 02** **** 0005. */
  mask: (s, m) => (cardDigits(s) === null ? null : m.digitsBetween(s, 6, 4)),
  gate: { min: 16, max: 23, first: 'digit', needs: '' },
});
