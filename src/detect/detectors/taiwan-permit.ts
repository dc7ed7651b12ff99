/** 台胞证, the Mainland Travel Permit for Taiwan Residents (documents.ts). Context-only: never trust a bare 8-digit number. */
import { isTaiwanPermit } from '../documents.js';
import { defineDetector, plainWhen } from './types.js';

export const taiwanPermit = defineDetector({
  id: 'taiwan-permit',
  hinted: plainWhen(isTaiwanPermit),
  mask: () => null,
  gate: { min: 8, max: 10, first: 'any', needs: '' },
});
