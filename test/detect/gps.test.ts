import { describe, expect, it } from 'vitest';
import { isGpsPair, isLatitude, isLongitude, parseGpsPair } from '../../src/detect/index.js';

describe('coordinates', () => {
  it('accepts decimal degrees inside China', () => {
    expect(isLatitude('39.9042')).toBe(true);
    expect(isLatitude('18.25')).toBe(true);
    expect(isLongitude('116.4074')).toBe(true);
    expect(isLongitude('73.5')).toBe(true);
  });

  it('rejects integers, out-of-range and swapped values', () => {
    for (const v of ['39', '17.9', '54.01', '116.4074', '-39.9', 'abc']) expect(isLatitude(v), v).toBe(false);
    for (const v of ['116', '72.9', '135.1', '39.9042']) expect(isLongitude(v), v).toBe(false);
  });

  it('reads pairs in either order with comma or space separators', () => {
    expect(parseGpsPair('39.9042,116.4074')).toEqual({ lat: 39.9042, lng: 116.4074, decimals: 4 });
    expect(parseGpsPair('116.4074, 39.90')).toEqual({ lat: 39.9, lng: 116.4074, decimals: 2 });
    expect(parseGpsPair('31.2304 121.4737')).toEqual({ lat: 31.2304, lng: 121.4737, decimals: 4 });
    expect(isGpsPair('31.2304，121.4737')).toBe(true);
  });

  it('rejects pairs outside China and non-pairs', () => {
    expect(isGpsPair('40.7128,-74.0060')).toBe(false);
    expect(isGpsPair('39.9042,39.9042')).toBe(false);
    expect(isGpsPair('39.9042;116.4074;1')).toBe(false);
    expect(isGpsPair('39,116')).toBe(false);
  });
});
