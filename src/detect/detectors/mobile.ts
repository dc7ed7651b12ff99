/** Mainland China mobile numbers, bare or with +86/0086/86 and separators: mobile.ts validates. */
import { C_DASH, C_DIGIT, C_PLUS, C_SPACE } from '../chars.js';
import { isMobile, mobileNationalNumber } from '../mobile.js';
import { defineDetector, plainWhen } from './types.js';

export const mobile = defineDetector({
  id: 'mobile',
  hinted: plainWhen(isMobile),
  alone: {
    // Before the IMEI: 0086 and a mobile number is 15 digits, and passes Luhn one time in ten.
    order: 70,
    allowed: C_DIGIT | C_SPACE | C_DASH | C_PLUS,
    required: C_DIGIT,
    match: (s, classes, digits) => (classes === C_DIGIT ? s.length === 11 || s.length === 13 || s.length === 15 : digits >= 11) && isMobile(s),
  },
  /** The national number's first three and last four: 138****5678. */
  mask: (s, m) => {
    const national = mobileNationalNumber(s);
    return national === null ? null : m.keepEnds(national, 3, 4);
  },
  gate: { min: 11, max: 19, first: 'digit-or-sign', needs: '' },
});
