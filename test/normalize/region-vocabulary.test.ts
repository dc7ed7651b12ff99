import { describe, expect, it } from 'vitest';
import { parseRegion } from '../../src/normalize/region.js';
import { itReadsVocabulary, vocabularyCases } from './vocabulary-cases.js';

describe('fixtures/vocabulary/storage_region.yaml, read by parseRegion', () => {
  it('is the storage_region corpus, each phrasing once, unreadable and not-stated ones among them', () => {
    // vocabularyCases checks that the file names the storage_region column.
    const cases = vocabularyCases('storage_region');
    expect(cases.filter((c) => c.reads === 'unrecognized').length).toBeGreaterThanOrEqual(5);
    expect(cases.filter((c) => c.reads === 'not-stated').length).toBeGreaterThanOrEqual(4);
    expect(new Set(cases.map((c) => c.cell)).size).toBe(cases.length);
  });

  itReadsVocabulary('storage_region', parseRegion, { min: 60 });
});
