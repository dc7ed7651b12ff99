/** IPv6 addresses other than the unspecified and loopback ones (node:net, network.ts). */
import { C_ALL, C_AT, C_COLON, C_COMMA, C_MASK, C_SPACE, C_WIDE } from '../chars.js';
import { isIpv6 } from '../network.js';
import { defineDetector, plainWhen } from './types.js';

export const ipv6 = defineDetector({
  id: 'ipv6',
  hinted: plainWhen(isIpv6),
  alone: {
    order: 30,
    allowed: C_ALL & ~(C_MASK | C_WIDE | C_SPACE | C_COMMA | C_AT),
    required: C_COLON,
    // 17 characters with colons are a MAC's length: the MAC detector has them.
    match: (s, classes) => (classes & C_COLON) !== 0 && s.length !== 17 && (classes & (C_MASK | C_WIDE | C_SPACE | C_COMMA | C_AT)) === 0 && isIpv6(s),
  },
  /** The leading (routing-prefix) groups as written, at most two: 2001:db8:*:*:*:*:*:*. */
  mask: (s, m) => {
    if (!isIpv6(s)) return null;
    const kept: string[] = [];
    for (const group of s.split(':')) {
      if (group === '' || kept.length === 2) break;
      kept.push(group);
    }
    return [...kept, ...Array<string>(8 - kept.length).fill(m.stars(1))].join(':');
  },
  gate: { min: 2, max: 64, first: 'any', needs: ':' },
});
