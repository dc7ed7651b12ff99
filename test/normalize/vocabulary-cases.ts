/** The vocabulary corpus (fixtures/vocabulary/<column>.yaml) read for the normalisers' own tests. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { valueErrorOf } from './helpers.js';

export interface VocabularyCase {
  cell: string;
  reads: unknown;
}

export function vocabularyCases(column: string): VocabularyCase[] {
  const doc = parse(readFileSync(new URL(`../../fixtures/vocabulary/${column}.yaml`, import.meta.url), 'utf8')) as { column: string; cases: VocabularyCase[] };
  if (doc.column !== column) throw new Error(`fixtures/vocabulary/${column}.yaml names column '${doc.column}'`);
  return doc.cases;
}

export interface VocabularyReading {
  /** Fewest phrasings the corpus must hold. */
  min: number;
  /** The accepted forms an `unrecognized` cell's ValueError must list (any ValueError when not given). */
  accepted?: string;
  /** What a `not-stated` cell reads as; null when not given. */
  notStated?: unknown;
}

/**
 * The tests of a column's corpus against `read` (the normaliser, or what a record keeps of it): the corpus
 * holds at least `min` phrasings; an `unrecognized` cell is refused with a ValueError, a `not-stated` one reads
 * as `notStated`, any other as its `reads` (an object matched field by field, anything else equal).
 */
export function itReadsVocabulary(column: string, read: (cell: string) => unknown, { min, accepted, notStated = null }: VocabularyReading): void {
  const cases = vocabularyCases(column);
  it(`holds at least ${min} phrasings`, () => expect(cases.length).toBeGreaterThanOrEqual(min));

  it.each(cases.map((c) => [c.cell, c.reads] as const))('%j reads %j', (cell, reads) => {
    if (reads === 'unrecognized') {
      const e = valueErrorOf(() => read(cell));
      if (accepted !== undefined) expect(e.accepted).toBe(accepted);
    } else if (reads === 'not-stated') expect(read(cell)).toEqual(notStated);
    else if (typeof reads === 'object' && reads !== null && !Array.isArray(reads)) expect(read(cell)).toMatchObject(reads);
    else expect(read(cell)).toEqual(reads);
  });
}
