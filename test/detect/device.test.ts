import { describe, expect, it } from 'vitest';
import { isAndroidId, isIdfa } from '../../src/detect/index.js';

describe('isIdfa', () => {
  it('accepts UUIDs in either case', () => {
    expect(isIdfa('6D92078A-8246-4BA4-AE5B-76104861E7DC')).toBe(true);
    expect(isIdfa('6d92078a-8246-4ba4-ae5b-76104861e7dc')).toBe(true);
  });

  it('rejects the all-zero IDFA (tracking not authorised) and non-UUIDs', () => {
    expect(isIdfa('00000000-0000-0000-0000-000000000000')).toBe(false);
    expect(isIdfa('6D92078A82464BA4AE5B76104861E7DC')).toBe(false);
    expect(isIdfa('6D92078A-8246-4BA4-AE5B-76104861E7DG')).toBe(false);
  });
});

describe('isAndroidId', () => {
  it('accepts 16 hex digits', () => {
    expect(isAndroidId('9774d56d682e549c')).toBe(true);
    expect(isAndroidId('A1B2C3D4E5F60718')).toBe(true);
  });

  it('rejects other lengths, non-hex and all zeros', () => {
    for (const v of ['9774d56d682e549', '9774d56d682e549cd', '9774d56d682e549g', '0000000000000000']) expect(isAndroidId(v), v).toBe(false);
  });
});
