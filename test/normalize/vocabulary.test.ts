/**
 * The vocabulary corpus (issue 14 §2): real phrasings per inventory column, each with the reading it must
 * get, run through the real inventory record builder (fixtures/vocabulary/<column>.yaml). A misread fails.
 * `VOCABULARY_REPORT=1` prints "cells read / cells" per column (the figure quoted in closing notes).
 */
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { INVENTORY_KEYS, inventoryKeyFor, type InventoryKey } from '../../src/load/inventory-columns.js';
import { buildInventoryRecord } from '../../src/load/inventory-record.js';
import type { InventoryRecord } from '../../src/load/types.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { vocabularyCases } from './vocabulary-cases.js';

const tx = loadTaxonomy();
const LOC = { file: 'corpus.csv', line: 2 };
const MIN_CASES = 40;

/** What a record holds for a column, as the corpus's `reads` describes it (fixtures/vocabulary header). */
const READING: Partial<Record<InventoryKey, (r: InventoryRecord) => unknown>> = {
  category: (r) => ({ item: r.declaredItem, category: r.declaredCategory }),
  sensitive: (r) => r.sensitive,
  encrypted: (r) => r.encryption,
  masked: (r) => r.masking,
  storage_region: (r) => r.region,
  retention: (r) => ({ retention: r.retention, trigger: r.retentionTrigger }),
  retention_trigger: (r) => r.retentionTrigger,
  shared_with: (r) => r.sharedWith,
  consent: (r) => r.consent,
};

/** "Not stated": nothing read, and nothing reported. */
function isEmptyReading(v: unknown): boolean {
  if (v === null) return true;
  if (Array.isArray(v)) return v.length === 0;
  if (typeof v === 'object') return Object.values(v as object).every((x) => x === null);
  return false;
}

/** What is wrong with a cell's reading (null when it reads as the corpus says). */
function misreading(reading: unknown, unread: number, reads: unknown): string | null {
  if (reads === 'unrecognized') return unread === 1 ? null : `read as ${JSON.stringify(reading)}, not reported as unrecognized-value`;
  if (unread > 0) return 'reported as unrecognized-value';
  if (reads === 'not-stated') return isEmptyReading(reading) ? null : `not stated, got ${JSON.stringify(reading)}`;
  if (typeof reads !== 'object' || reads === null) return reading === reads ? null : `expected ${JSON.stringify(reads)}, got ${JSON.stringify(reading)}`;
  try {
    expect(reading).toMatchObject(reads);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

const COLUMNS = readdirSync(new URL('../../fixtures/vocabulary/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

const tally = new Map<string, { read: number; cells: number }>();

function count(column: string, read: boolean): void {
  const t = tally.get(column) ?? { read: 0, cells: 0 };
  t.cells++;
  if (read) t.read++;
  tally.set(column, t);
}

afterAll(() => {
  if (!process.env.VOCABULARY_REPORT) return;
  for (const [column, t] of [...tally].sort()) console.log(`${column}: ${t.read} / ${t.cells} cells read as the corpus says`);
});

it('has a corpus file for every column people write free phrases in', () => {
  expect(COLUMNS).toEqual(expect.arrayContaining(['header', ...Object.keys(READING)]));
});

describe.each(COLUMNS)('fixtures/vocabulary/%s.yaml', (column) => {
  const cases = vocabularyCases(column);

  it(`holds at least ${MIN_CASES} phrasings, each once`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(MIN_CASES);
    const cells = cases.map((c) => c.cell);
    expect(cells.filter((c, i) => cells.indexOf(c) !== i)).toEqual([]);
  });

  if (column === 'header') {
    it.each(cases.map((c) => [c.cell, c] as const))('%s', (_cell, c) => {
      const got = inventoryKeyFor(c.cell);
      count(column, got === c.reads);
      expect(got).toBe(c.reads);
    });
    return;
  }

  const key = column as InventoryKey;
  it('names an inventory column', () => expect(INVENTORY_KEYS).toContain(key));

  it.each(cases.map((c) => [c.cell, c] as const))('%s', (_cell, c) => {
    const record = buildInventoryRecord(tx, LOC, { field: { raw: 'some_field', loc: LOC }, [key]: { raw: c.cell, loc: { ...LOC, column: 2 } } });
    const wrong = misreading(READING[key]!(record), (record.unread ?? []).filter((p) => p.key === key).length, c.reads);
    count(column, wrong === null);
    expect(wrong).toBeNull();
  });
});
