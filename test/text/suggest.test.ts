import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, fold, MAX_SUGGESTION_INPUT, nearest } from '../../src/text/suggest.js';

const REGIONS = ['cn-north-1', 'cn-hangzhou', 'cn-beijing', 'ap-southeast-1', 'us-east-1'];

describe('fold and editDistance', () => {
  it('ignores case, spaces, _ and - (and width)', () => {
    expect(fold(' Storage_Region ')).toBe('storageregion');
    expect(fold('ＣＮ-North')).toBe('cnnorth');
  });

  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('nearest / didYouMean', () => {
  it('suggests the closest names, best first', () => {
    expect(nearest('cn-hangzou', REGIONS)[0]).toBe('cn-hangzhou');
    expect(didYouMean('cn-nort-1', REGIONS)).toBe("did you mean 'cn-north-1'?");
    expect(didYouMean('zzzzzzzz', REGIONS)).toBe('');
  });

  it(`still suggests for a name of ${MAX_SUGGESTION_INPUT} characters`, () => {
    const long = 'retention_trigger_'.padEnd(MAX_SUGGESTION_INPUT, 'x');
    expect(fold(long).length).toBeLessThanOrEqual(MAX_SUGGESTION_INPUT);
    expect(nearest(long, ['retention_trigger'])).toEqual(['retention_trigger']);
  });

  it('suggests nothing for an input longer than a name, even one holding a candidate', () => {
    expect(nearest('cn-north-1' + 'x'.repeat(MAX_SUGGESTION_INPUT), REGIONS)).toEqual([]);
    expect(didYouMean('y'.repeat(MAX_SUGGESTION_INPUT + 1), ['y'])).toBe('');
  });

  it('measures the folded length: spaces do not make a name too long', () => {
    expect(nearest(`cn-hangzou${' '.repeat(200)}`, REGIONS)[0]).toBe('cn-hangzhou');
  });

  it('answers a data-sized input at once, not after an edit distance per candidate', () => {
    const candidates = Array.from({ length: 500 }, (_, i) => `candidate-name-${i}`);
    const started = performance.now();
    expect(nearest('x' + 'y'.repeat(200_000), candidates)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
