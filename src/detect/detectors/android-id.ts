/** Android ID, 16 hex digits (device.ts). Context-only: hex strings are everywhere. */
import { isAndroidId } from '../device.js';
import { defineDetector, plainWhen } from './types.js';

export const androidId = defineDetector({
  id: 'android-id',
  hinted: plainWhen(isAndroidId),
  mask: (s, m) => (s.length === 16 ? m.keepEnds(s, 4, 0) : null),
  gate: { min: 16, max: 16, first: 'any', needs: '' },
});
