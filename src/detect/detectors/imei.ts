/** IMEI: 15 digits with a Luhn check digit (luhn.ts). */
import { C_DIGIT } from '../chars.js';
import { isImei, luhnValid } from '../luhn.js';
import { keepEnds } from '../mask-parts.js';
import { defineDetector, plainWhen } from './types.js';

const SHAPE = /^\d{14,17}$/;

export const imei = defineDetector({
  id: 'imei',
  hinted: plainWhen(isImei),
  // After the resident ID: a legacy 15-digit ID with a real birth date is read as one.
  alone: { order: 100, match: (s, classes) => classes === C_DIGIT && s.length === 15 && luhnValid(s) },
  /** The type allocation code (maker and model) only: 35345678*******. */
  mask: (s) => (SHAPE.test(s) ? keepEnds(s, 8, 0) : null),
  gate: { min: 15, max: 17, first: 'digit', needs: '' },
});
