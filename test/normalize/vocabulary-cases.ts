/** The vocabulary corpus (fixtures/vocabulary/<column>.yaml) read for the normalisers' own tests. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface VocabularyCase {
  cell: string;
  reads: unknown;
}

export function vocabularyCases(column: string): VocabularyCase[] {
  const doc = parse(readFileSync(new URL(`../../fixtures/vocabulary/${column}.yaml`, import.meta.url), 'utf8')) as { column: string; cases: VocabularyCase[] };
  if (doc.column !== column) throw new Error(`fixtures/vocabulary/${column}.yaml names column '${doc.column}'`);
  return doc.cases;
}
