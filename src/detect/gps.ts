/** Decimal-degree coordinates inside China's rough bounding box (lat 18–54, lng 73–135). */
import { trimCell } from './chars.js';

/** With one decimal (~10 km) or fewer a coordinate has been coarsened: that is masking. */
export const PRECISE_GPS_DECIMALS = 2;

const COORDINATE = /^\+?\d{1,3}\.(\d{1,15})$/;
/** Two coordinates separated by a comma (ASCII or full-width), optionally with spaces, or by spaces alone. */
const PAIR = /^(\+?\d{1,3}\.\d{1,15})(?:\s*[,，]\s*|\s+)(\+?\d{1,3}\.\d{1,15})$/;

export interface Coordinates {
  lat: number;
  lng: number;
  /** Fractional digits of the less precise of the two. */
  decimals: number;
}

function inLatitudeRange(v: number): boolean {
  return v >= 18 && v <= 54;
}

function inLongitudeRange(v: number): boolean {
  return v >= 73 && v <= 135;
}

/** Fractional digits of a decimal-degree coordinate, or -1 if `s` is not one. */
export function coordinateDecimals(s: string): number {
  const m = COORDINATE.exec(s);
  return m ? m[1]!.length : -1;
}

export function isLatitude(input: string): boolean {
  const s = trimCell(input);
  return coordinateDecimals(s) > 0 && inLatitudeRange(Number(s));
}

export function isLongitude(input: string): boolean {
  const s = trimCell(input);
  return coordinateDecimals(s) > 0 && inLongitudeRange(Number(s));
}

/** "39.9042,116.4074" (lat,lng) or "116.4074,39.9042" (lng,lat, as AMap and Baidu write them). */
export function parseGpsPair(input: string): Coordinates | null {
  const m = PAIR.exec(trimCell(input));
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const decimals = Math.min(m[1]!.length - m[1]!.indexOf('.') - 1, m[2]!.length - m[2]!.indexOf('.') - 1);
  if (inLatitudeRange(a) && inLongitudeRange(b)) return { lat: a, lng: b, decimals };
  if (inLongitudeRange(a) && inLatitudeRange(b)) return { lat: b, lng: a, decimals };
  return null;
}

export function isGpsPair(s: string): boolean {
  return parseGpsPair(s) !== null;
}

/**
 * A coordinate or a pair (trimmed) in a location column: 'plain' when precise, 'masked' when coarsened,
 * else null. The usual single coordinate costs one regex.
 */
export function gpsForm(s: string): 'plain' | 'masked' | null {
  const single = coordinateDecimals(s);
  if (single > 0) {
    const v = Number(s);
    if (!inLatitudeRange(v) && !inLongitudeRange(v)) return null;
    return single >= PRECISE_GPS_DECIMALS ? 'plain' : 'masked';
  }
  const pair = parseGpsPair(s);
  if (pair === null) return null;
  return pair.decimals >= PRECISE_GPS_DECIMALS ? 'plain' : 'masked';
}
