/** IPv4 addresses (node:net, network.ts). */
import { C_DIGIT, C_DOT } from '../chars.js';
import { isIpv4 } from '../network.js';
import { defineDetector, plainWhen } from './types.js';

export const ipv4 = defineDetector({
  id: 'ipv4',
  hinted: plainWhen(isIpv4),
  alone: { order: 50, allowed: C_DIGIT | C_DOT, required: C_DOT, match: (s, classes, digits) => classes !== C_DIGIT && digits >= 4 && s.length <= 15 && isIpv4(s) },
  /** The network's first two octets: 10.2.*.*. */
  mask: (s, m) => {
    if (!isIpv4(s)) return null;
    const [a, b] = s.split('.');
    return `${a}.${b}.${m.stars(1)}.${m.stars(1)}`;
  },
  gate: { min: 7, max: 15, first: 'digit', needs: '.' },
});
