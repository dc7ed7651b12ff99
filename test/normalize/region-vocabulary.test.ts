import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { parseRegion } from '../../src/normalize/region.js';
import { readAsset } from '../../src/assets.js';
import { valueErrorOf } from './helpers.js';

interface Case {
  cell: string;
  reads: 'not-stated' | 'unrecognized' | Record<string, unknown>;
}

const corpus = YAML.parse(readAsset('fixtures/vocabulary/storage_region.yaml')) as { column: string; cases: Case[] };

describe('fixtures/vocabulary/storage_region.yaml, read by parseRegion', () => {
  it('is the storage_region corpus, with at least 60 phrasings, unreadable and not-stated ones among them', () => {
    expect(corpus.column).toBe('storage_region');
    expect(corpus.cases.length).toBeGreaterThanOrEqual(60);
    expect(corpus.cases.filter((c) => c.reads === 'unrecognized').length).toBeGreaterThanOrEqual(5);
    expect(corpus.cases.filter((c) => c.reads === 'not-stated').length).toBeGreaterThanOrEqual(4);
    expect(new Set(corpus.cases.map((c) => c.cell)).size).toBe(corpus.cases.length);
  });

  it.each(corpus.cases.map((c) => [c.cell, c.reads] as const))('%s → %j', (cell, reads) => {
    if (reads === 'not-stated') expect(parseRegion(cell)).toBeNull();
    else if (reads === 'unrecognized') valueErrorOf(() => parseRegion(cell));
    else expect(parseRegion(cell)).toMatchObject(reads);
  });
});
