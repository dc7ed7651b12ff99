/**
 * Inventory readers (CSV and YAML) and loadDeclaration on files of any encoding: records that point
 * at real lines of the file, or a located InputError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/io/csv.js';
import { loadDeclaration } from '../../src/load/index.js';
import { inventoryFromCsv } from '../../src/load/inventory-csv.js';
import { inventoryFromYaml } from '../../src/load/inventory-yaml.js';
import type { DeclarationFile, InventoryFile } from '../../src/load/types.js';
import { parseYamlText } from '../../src/io/yaml.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { anyString, aroundSeeds, encodedBytes, text } from './arbitraries.js';
import { csvText } from './arb-csv.js';
import { gridCsv, inventoryGrid, inventoryYaml, sdkGrid, sdkYaml } from './arb-declarations.js';
import { yamlSoup, yamlText } from './arb-yaml.js';
import { fuzz, testTimeout } from './fuzz.js';
import { lineCount, onlyInputError } from './outcome.js';
import { inventoryCsvSeeds, inventoryYamlSeeds } from './seeds.js';
import { TempFiles } from './temp.js';

const tx = loadTaxonomy();
const temp = new TempFiles('inventory');

/**
 * Every record names the file, a line of it, a field, and an item the taxonomy has; every unreadable cell and
 * dropped row (SPEC decision 12) sits on a line of the file too. A file gives records or reports why it has none.
 */
export function expectRecordsInside(inventory: InventoryFile, file: string, t: string | undefined): void {
  const { records } = inventory;
  const last = t === undefined ? Infinity : lineCount(t);
  const problems = [...(inventory.droppedRows ?? []), ...records.flatMap((r) => r.unread ?? [])];
  expect(records.length + (inventory.droppedRows?.length ?? 0)).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.loc.file).toBe(file);
    expect(p.loc.line >= 1 && p.loc.line <= last, `problem on line ${p.loc.line} of ${last}`).toBe(true);
  }
  for (const r of records) {
    expect(r.loc.file).toBe(file);
    expect(r.loc.line >= 1 && r.loc.line <= last, `line ${r.loc.line} of ${last}`).toBe(true);
    expect(r.field.trim()).not.toBe('');
    if (r.item !== null) expect(tx.item(r.item), r.item).toBeDefined();
    if (r.retention && !r.retention.forever) expect(Number.isInteger(r.retention.amount)).toBe(true);
  }
}

const inventoryCsv = fc.oneof(
  { weight: 5, arbitrary: gridCsv(inventoryGrid) },
  { weight: 3, arbitrary: aroundSeeds(inventoryCsvSeeds) },
  { weight: 1, arbitrary: csvText() },
);

const inventoryYamlText = fc.oneof(
  { weight: 5, arbitrary: inventoryYaml },
  { weight: 3, arbitrary: aroundSeeds(inventoryYamlSeeds) },
  { weight: 1, arbitrary: yamlText() },
  { weight: 1, arbitrary: yamlSoup },
);

describe('inventory readers', () => {
  it('inventoryFromCsv: records on real lines, or a located InputError', () =>
    fuzz('load.inventoryFromCsv', inventoryCsv, (t) => {
      const file = 'fuzz/inventory.csv';
      const expected = { file, text: t };
      const table = onlyInputError(() => parseCsvText(file, t), expected);
      if (table instanceof Error) return;
      const inventory = onlyInputError(() => inventoryFromCsv(table, tx), expected);
      if (!(inventory instanceof Error)) expectRecordsInside(inventory, file, t);
    }), testTimeout());

  it('inventoryFromYaml: records on real lines, or a located InputError', () =>
    fuzz('load.inventoryFromYaml', inventoryYamlText, (t) => {
      const file = 'fuzz/inventory.yaml';
      const expected = { file, text: t };
      const y = onlyInputError(() => parseYamlText(file, t), expected);
      if (y instanceof Error) return;
      const inventory = onlyInputError(() => inventoryFromYaml(y, tx), expected);
      if (!(inventory instanceof Error)) expectRecordsInside(inventory, file, t);
    }), testTimeout());
});

const NAMES = ['inventory.csv', 'inventory.tsv', 'notes.txt', 'inventory.yaml', 'sdks.yml', 'deps.txt', 'build.gradle', 'Podfile.lock', 'data.json', 'no-extension'];

/** Any declaration-ish text (inventories, SDK lists, YAML, junk) as the bytes of some encoding. */
const declarationBytes = encodedBytes(fc.oneof(gridCsv(inventoryGrid), gridCsv(sdkGrid), inventoryYaml, sdkYaml, aroundSeeds(inventoryCsvSeeds), text, anyString));

function expectLoaded(loaded: DeclarationFile | null, file: string): void {
  if (loaded === null) return;
  expect(loaded.file).toBe(file);
  // Build files may name no SDK the catalog knows; an inventory without records is an error, unless its
  // rows were all dropped (no field name): each is then an unrecognized-value finding (SPEC decision 12).
  if (loaded.kind === 'inventory') expect(loaded.records.length + (loaded.droppedRows?.length ?? 0)).toBeGreaterThan(0);
}

describe('loadDeclaration on a file of any bytes and name', () => {
  it('a loaded file, null (skipped from a folder), or a located InputError', () =>
    fuzz('load.loadDeclaration', fc.tuple(declarationBytes, fc.constantFrom(...NAMES), fc.boolean(), fc.constantFrom(undefined, 'inventory', 'sdk') as fc.Arbitrary<'inventory' | 'sdk' | undefined>), ([bytes, name, explicit, kind]) => {
      const file = temp.write(name, bytes);
      const loaded = onlyInputError(() => loadDeclaration(file, explicit, { taxonomy: tx, kind }), { file });
      if (!(loaded instanceof Error)) expectLoaded(loaded, file);
    }, { cost: 'disk' }), testTimeout('disk'));
});
