/**
 * `__proto__`, `constructor`, `prototype`, `toString` … as CSV headers, YAML keys and values cannot
 * change behaviour: reading the input gives the same outcome as reading it with those words
 * replaced by harmless stand-ins, and no built-in prototype is touched.
 */
import fc from 'fast-check';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/registry.js';
import { loadConfig } from '../../src/config/load.js';
import { parseCsvText } from '../../src/io/csv.js';
import { inventoryFromCsv } from '../../src/load/inventory-csv.js';
import { inventoryFromYaml } from '../../src/load/inventory-yaml.js';
import { parseSdkCsvText, parseSdkYamlText } from '../../src/load/sdk-list.js';
import { parseYamlText } from '../../src/io/yaml.js';
import { parsePackText } from '../../src/policy/load.js';
import { loadMapping } from '../../src/scan/mapping.js';
import { loadWaivers } from '../../src/suppress/waivers.js';
import { loadCatalog } from '../../src/sdk/catalog.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { PROTO_KEYS } from './arbitraries.js';
import { configDocument, mappingDocument, packDocument, waiversDocument } from './arb-documents.js';
import { gridCsv, inventoryGrid, inventoryYaml, sdkGrid, sdkYaml, type Grid } from './arb-declarations.js';
import { fuzz, testTimeout } from './fuzz.js';
import { expectPrototypesUntouched, outcomeShape, renameProtoKeys } from './prototype.js';
import { TempFiles } from './temp.js';

const tx = loadTaxonomy();
const sdkOpts = { taxonomy: tx, catalog: loadCatalog() };
const RULE_IDS = RULES.map((r) => r.meta.id);
const temp = new TempFiles('prototype');

const PROTO = new RegExp(PROTO_KEYS.join('|'));
const protoKey = fc.constantFrom(...PROTO_KEYS);

/** A grid with a prototype key as one header, and maybe as some cells. */
function withProtoCells(grid: fc.Arbitrary<Grid>): fc.Arbitrary<Grid> {
  return fc.tuple(grid, fc.nat(), protoKey, fc.array(fc.tuple(fc.nat(), fc.nat(), protoKey), { maxLength: 3 })).map(([g, col, key, cells]) => {
    const header = [...g.header];
    header[col % header.length] = key;
    const rows = g.rows.map((r) => [...r]);
    for (const [row, c, k] of cells) if (rows.length > 0) rows[row % rows.length]![c % header.length] = k;
    return { header, rows };
  });
}

/** A YAML text with a prototype key added at the start of some line (as a key) or replacing a value. */
function withProtoKeys(doc: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(doc, fc.nat(), protoKey, fc.boolean()).map(([t, at, key, asKey]) => {
    const lines = t.split('\n');
    const i = at % lines.length;
    const indent = /^\s*(?:- )?/.exec(lines[i]!)![0];
    // `s`: a U+2028/U+2029 in the line must not make `.*$` fail and backtrack over a run of blanks.
    lines[i] = asKey ? `${indent}${key}: x\n${lines[i]}` : lines[i]!.replace(/:\s+\S.*$/s, `: ${key}`);
    return lines.join('\n');
  });
}

/** The reader on the text and on its renamed twin: same outcome, prototypes untouched. */
function sameAsRenamed(target: string, arb: fc.Arbitrary<string>, read: (t: string) => unknown): void {
  fuzz(target, arb, (t) => {
    fc.pre(PROTO.test(t));
    const outcome = (text: string) => {
      try {
        return outcomeShape(read(text));
      } catch (e) {
        return outcomeShape(e);
      }
    };
    const original = outcome(t);
    expectPrototypesUntouched();
    const renamed = outcome(renameProtoKeys(t));
    expect(JSON.stringify(original), `renamed: ${JSON.stringify(renamed)}`).toBe(JSON.stringify(renamed));
  });
}

describe('prototype keys change nothing', () => {
  it('inventory CSV headers and cells', () =>
    sameAsRenamed('prototype.inventoryCsv', gridCsv(withProtoCells(inventoryGrid)), (t) => inventoryFromCsv(parseCsvText('p.csv', t), tx)), testTimeout());

  it('inventory YAML keys and values', () =>
    sameAsRenamed('prototype.inventoryYaml', withProtoKeys(inventoryYaml), (t) => inventoryFromYaml(parseYamlText('p.yaml', t), tx)), testTimeout());

  it('SDK list CSV headers and cells', () =>
    sameAsRenamed('prototype.sdkCsv', gridCsv(withProtoCells(sdkGrid)), (t) => parseSdkCsvText('p.csv', t, sdkOpts)), testTimeout());

  it('SDK list YAML keys and values', () =>
    sameAsRenamed('prototype.sdkYaml', withProtoKeys(sdkYaml), (t) => parseSdkYamlText('p.yaml', t, sdkOpts)), testTimeout());

  it('policy pack keys and values', () => sameAsRenamed('prototype.pack', withProtoKeys(packDocument), (t) => parsePackText('p.yaml', t).pack), testTimeout());

  it('config, waiver and mapping keys and values', () =>
    sameAsRenamed(
      'prototype.settings',
      fc.oneof(withProtoKeys(configDocument), withProtoKeys(waiversDocument), withProtoKeys(mappingDocument)),
      (t) => {
        const file = temp.write('settings.yaml', t);
        // Each run writes to its own folder: name both the same way, so messages and locations compare.
        const folder = dirname(file);
        const same = (text: string) => text.split(folder).join('<folder>');
        // `[ \t]*`, not `\s*`: a run of U+2029 (a blank and a line start to `m`) would make `\s*` quadratic.
        const read = (f: string) => {
          if (/^[ \t]*waivers:/m.test(t)) return loadWaivers(f, RULE_IDS, '/');
          if (/^[ \t]*(policies|failOn|lang|rules|recipients|inputs|baseline):/m.test(t)) return loadConfig(f).config;
          return loadMapping(f, tx);
        };
        try {
          return JSON.parse(same(JSON.stringify(read(file))));
        } catch (e) {
          if (e instanceof Error) e.message = same(e.message);
          if (e && typeof e === 'object' && 'where' in e) (e as { where: { file: string } }).where.file = same((e as { where: { file: string } }).where.file);
          throw e;
        }
      },
    ), testTimeout('disk'));
});
