/** E-mail addresses (network.ts). The only detector for values longer than 64 characters. */
import { C_ALL, C_AT, C_MASK, C_WIDE } from '../chars.js';
import { isEmail } from '../network.js';
import { defineDetector, plainWhen } from './types.js';

export const email = defineDetector({
  id: 'email',
  hinted: plainWhen(isEmail),
  alone: { order: 10, allowed: C_ALL & ~(C_MASK | C_WIDE), required: C_AT, match: (s, classes) => (classes & (C_AT | C_MASK | C_WIDE)) === C_AT && isEmail(s) },
  /** The local part's first character and the whole domain: a***@qq.com. */
  mask: (s, m) => {
    const at = s.lastIndexOf('@');
    if (at <= 0 || at === s.length - 1) return null;
    const head = at > 1 ? s[0]! : '';
    return `${head}${m.stars(3)}${s.slice(at)}`;
  },
  gate: { min: 3, max: 254, first: 'any', needs: '@' },
});
