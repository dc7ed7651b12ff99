import { describe, expect, it } from 'vitest';
import { allInventoryHeaders, INVENTORY_KEYS, inventoryKeyFor, isOtherColumn } from '../../src/load/inventory-columns.js';
import { fold } from '../../src/text/suggest.js';
import { vocabularyCases } from '../normalize/vocabulary-cases.js';

describe('the header vocabulary (fixtures/vocabulary/header.yaml)', () => {
  const cases = vocabularyCases('header');
  it('holds at least 60 headers', () => expect(cases.length).toBeGreaterThanOrEqual(60));

  it.each(cases.map((c) => [c.cell, c.reads] as const))('%j reads %j', (cell, reads) => {
    expect(inventoryKeyFor(cell)).toBe(reads);
    // A column privaudit ignores on purpose gets no "did you mean" in the file's note.
    if (reads === null) expect(isOtherColumn(cell)).toBe(true);
    else expect(isOtherColumn(cell)).toBe(false);
  });
});

describe('inventoryKeyFor', () => {
  it('gives every key its own name', () => {
    for (const key of INVENTORY_KEYS) expect(inventoryKeyFor(key)).toBe(key);
  });

  it('has one meaning per name: no header is listed under two keys', () => {
    const names = allInventoryHeaders().map(fold);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('does not read a bilingual header whose parts disagree', () => {
    expect(inventoryKeyFor('存储位置/Retention Period')).toBeNull();
  });

  it('leaves unknown headers unknown (they are noted with a suggestion, not ignored silently)', () => {
    expect(inventoryKeyFor('retension')).toBeNull();
    expect(isOtherColumn('retension')).toBe(false);
  });
});

describe('inventoryKeyFor on hostile input', () => {
  it.each([' '.repeat(100_000) + 'x', '*'.repeat(100_000) + 'x', `(${' '.repeat(100_000)})`])('answers at once for a %#th 100 000-character header', (h) => {
    const t = Date.now();
    expect(inventoryKeyFor(h)).toBeNull();
    expect(isOtherColumn(h)).toBe(false);
    expect(Date.now() - t).toBeLessThan(500);
  });
});
