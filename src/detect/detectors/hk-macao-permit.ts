/** 回乡证, the Mainland Travel Permit for Hong Kong and Macao Residents (documents.ts). Context-only. */
import { isHkMacaoPermit } from '../documents.js';
import { defineDetector, plainWhen } from './types.js';

export const hkMacaoPermit = defineDetector({
  id: 'hk-macao-permit',
  hinted: plainWhen(isHkMacaoPermit),
  mask: () => null,
  gate: { min: 9, max: 11, first: 'letter', needs: '' },
});
