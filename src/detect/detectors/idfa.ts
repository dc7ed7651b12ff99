/** Apple's advertising identifier, a UUID (device.ts). Context-only: UUIDs are everywhere. */
import { isIdfa } from '../device.js';
import { maskHexAfter } from '../mask-parts.js';
import { defineDetector, plainWhen } from './types.js';

export const idfa = defineDetector({
  id: 'idfa',
  hinted: plainWhen(isIdfa),
  mask: (s) => (s.length === 36 ? maskHexAfter(s, 4) : null),
  gate: { min: 32, max: 36, first: 'any', needs: '' },
});
