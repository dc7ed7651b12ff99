/** Mainland China mobile numbers, bare or with +86/0086 and separators: mobile.ts validates. */
import { C_DASH, C_DIGIT, C_PLUS, C_SPACE, only } from '../chars.js';
import { keepEnds } from '../mask-parts.js';
import { isMobile, mobileNationalNumber } from '../mobile.js';
import { defineDetector, plainWhen } from './types.js';

export const mobile = defineDetector({
  id: 'mobile',
  hinted: plainWhen(isMobile),
  alone: {
    order: 70,
    match: (s, classes, digits) => (classes === C_DIGIT ? s.length === 11 : only(classes, C_DIGIT | C_SPACE | C_DASH | C_PLUS) && digits >= 11) && isMobile(s),
  },
  /** The national number's first three and last four: 138****5678. */
  mask: (s) => {
    const national = mobileNationalNumber(s);
    return national === null ? null : keepEnds(national, 3, 4);
  },
  gate: { min: 11, max: 19, first: 'digit-or-sign', needs: '' },
});
