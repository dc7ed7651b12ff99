/** Apple's advertising identifier, a UUID (device.ts). Context-only: UUIDs are everywhere. */
import { isIdfa } from '../device.js';
import { defineDetector, plainWhen } from './types.js';

export const idfa = defineDetector({
  id: 'idfa',
  hinted: plainWhen(isIdfa),
  mask: (s, m) => (s.length === 36 ? m.hexAfter(s, 4) : null),
  gate: { min: 32, max: 36, first: 'any', needs: '' },
});
