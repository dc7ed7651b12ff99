/**
 * Latitude/longitude in decimal degrees inside China's rough box (gps.ts). A single coordinate is just a
 * number without its column's name; a pair precise to ~100 m is recognised alone.
 */
import { C_ALL, C_AT, C_COLON, C_COMMA, C_DIGIT, C_DOT, C_MASK, C_SPACE, C_WIDE, only } from '../chars.js';
import { coordinateDecimals, gpsForm, parseGpsPair } from '../gps.js';
import { defineDetector } from './types.js';

/** Unhinted pairs need three decimals (~100 m) to count as a location rather than two numbers. */
const UNHINTED_DECIMALS = 3;
const PAIR_SEPARATOR = /\s*[,，]\s*|\s+/;

function precisePair(s: string): boolean {
  const pair = parseGpsPair(s);
  return pair !== null && pair.decimals >= UNHINTED_DECIMALS;
}

/** Rounded to one decimal (~10 km), in the order and with the separator written. */
function maskGps(s: string): string | null {
  if (parseGpsPair(s) !== null) {
    const [a, b] = s.split(PAIR_SEPARATOR);
    const separator = s.includes('，') ? '，' : ',';
    return `${round1(a!)}${separator}${round1(b!)}`;
  }
  return coordinateDecimals(s) >= 0 ? round1(s) : null;
}

function round1(coordinate: string): string {
  return Number(coordinate).toFixed(1);
}

export const gps = defineDetector({
  id: 'gps',
  hinted: gpsForm,
  alone: {
    order: 40,
    allowed: C_ALL & ~(C_MASK | C_WIDE | C_AT | C_COLON),
    required: C_DOT,
    match: (s, classes) => {
      if ((classes & C_COMMA) !== 0) return (classes & (C_MASK | C_WIDE | C_AT | C_COLON)) === 0 && precisePair(s);
      return only(classes, C_DIGIT | C_DOT | C_SPACE) && (classes & (C_DOT | C_SPACE)) === (C_DOT | C_SPACE) && precisePair(s);
    },
  },
  mask: maskGps,
  gate: { min: 3, max: 48, first: 'digit-or-sign', needs: '.' },
});
