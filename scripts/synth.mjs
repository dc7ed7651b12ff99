/**
 * What the fixture and benchmark generators share: a seeded PRNG, so every generated file is the same
 * byte for byte, and the check digits that make synthetic identifiers valid (pii-and-law.md).
 */

/** mulberry32: small, fast, seedable; returns numbers in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The GB 11643 check character of a resident ID's first 17 digits. */
export function residentIdCheckChar(first17) {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * ID_WEIGHTS[i];
  return '10X98765432'[s % 11];
}

/** Digits completed with their Luhn check digit (bank cards, IMEIs). */
export function withLuhnDigit(body) {
  let sum = 0;
  for (let i = body.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = Number(body[i]);
    if (double) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}
