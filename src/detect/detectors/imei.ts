/** IMEI: 15 digits with a Luhn check digit, bare or grouped (luhn.ts). */
import { C_DASH, C_DIGIT, C_SPACE, only } from '../chars.js';
import { imeiDigits, isImei, luhnValid } from '../luhn.js';
import { defineDetector, plainWhen } from './types.js';

const BARE = /^\d{14,17}$/;

export const imei = defineDetector({
  id: 'imei',
  hinted: plainWhen(isImei),
  alone: {
    order: 100,
    allowed: C_DIGIT | C_DASH | C_SPACE,
    required: C_DIGIT,
    // After the resident ID and the mobile: a legacy 15-digit ID with a real birth date, or 0086 and a
    // mobile number, is read as that.
    match: (s, classes) => {
      if (classes === C_DIGIT) return s.length === 15 && luhnValid(s);
      return only(classes, C_DIGIT | C_DASH | C_SPACE) && s.length >= 17 && isImei(s);
    },
  },
  /** The type allocation code (maker and model) only, separators kept: 35345678*******, 35-209900-******-*. */
  mask: (s, m) => (BARE.test(s) || imeiDigits(s) !== null ? m.digitsBetween(s, 8, 0) : null),
  gate: { min: 15, max: 18, first: 'digit', needs: '' },
});
