/**
 * The settings files a run reads besides its inputs — privaudit.config.yaml, baselines, waivers and
 * scan mappings — on any content: a validated value or a located InputError naming that file.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/registry.js';
import { loadConfig } from '../../src/config/load.js';
import { loadMapping, mappedColumns } from '../../src/scan/mapping.js';
import { ROLE_WORDS } from '../../src/scan/roles.js';
import { loadBaseline } from '../../src/suppress/baseline.js';
import { loadWaivers } from '../../src/suppress/waivers.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { anyString, KNOWN_NAMES, PROTO_KEYS, text } from './arbitraries.js';
import { anyDocument, baselineDocument, configDocument, mappingDocument, waiversDocument } from './arb-documents.js';
import { yamlSoup } from './arb-yaml.js';
import { fuzz, testTimeout } from './fuzz.js';
import { onlyInputError } from './outcome.js';
import { TempFiles } from './temp.js';

const tx = loadTaxonomy();
const RULE_IDS = RULES.map((r) => r.meta.id);
const ROLES = new Set(Object.values(ROLE_WORDS).map((r) => JSON.stringify(r)));
const temp = new TempFiles('settings');

/** A settings document of its own kind most of the time, else another kind or junk. */
function documentOf(own: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof({ weight: 6, arbitrary: own }, { weight: 1, arbitrary: anyDocument }, { weight: 1, arbitrary: yamlSoup }, { weight: 1, arbitrary: anyString });
}

/** Write the document under `name` and run `read` on it: a value or a located InputError naming it. */
function settingsProperty<R>(target: string, own: fc.Arbitrary<string>, names: string[], read: (file: string) => R, check: (value: R) => void = () => {}): void {
  fuzz(target, fc.tuple(documentOf(own), fc.constantFrom(...names)), ([t, name]) => {
    const file = temp.write(name, t);
    const out = onlyInputError(() => read(file), { file, text: t });
    if (!(out instanceof Error)) check(out);
  }, { cost: 'disk' });
}

describe('settings files', () => {
  it('loadConfig', () =>
    settingsProperty('config.loadConfig', configDocument, ['privaudit.config.yaml', 'privaudit.config.json'], loadConfig, ({ config }) => {
      expect(['error', 'warning', 'info', 'never']).toContain(config.failOn);
      expect(config.policies.length).toBeGreaterThan(0);
    }), testTimeout('disk'));

  it('loadBaseline', () =>
    settingsProperty('suppress.loadBaseline', baselineDocument, ['baseline.json', 'baseline.yaml'], loadBaseline, (b) => {
      expect(Array.isArray(b.entries)).toBe(true);
    }), testTimeout('disk'));

  it('loadWaivers', () =>
    settingsProperty('suppress.loadWaivers', waiversDocument, ['waivers.yaml', 'waivers.json'], (file) => loadWaivers(file, RULE_IDS, process.cwd()), (w) => {
      for (const waiver of w.waivers) expect(RULE_IDS).toContain(waiver.rule);
    }), testTimeout('disk'));

  it('loadMapping: every column maps to a taxonomy item, none, or one of the known roles', () =>
    settingsProperty('scan.loadMapping', mappingDocument, ['mapping.yaml'], (file) => loadMapping(file, tx), (m) => {
      for (const c of m.tables.flatMap((t) => t.columns)) {
        if (c.item) expect(tx.item(c.item), c.item).toBeDefined();
        if (c.role !== undefined) expect(ROLES.has(JSON.stringify(c.role)), `role of '${c.name}': ${String(c.role)}`).toBe(true);
      }
    }), testTimeout('disk'));
});

const header = fc.array(fc.oneof(fc.constantFrom(...KNOWN_NAMES, 'phone', 'sjhm', 'zx_sj', 'col7', 'id'), fc.constantFrom(...PROTO_KEYS), text), { maxLength: 6 });

describe('a mapping applied to an export header', () => {
  it('mappedColumns: columns by index, or an InputError at the mapping file', () =>
    fuzz('scan.mappedColumns', fc.tuple(mappingDocument, header, fc.constantFrom('users.csv', 'orders.csv.gz', 'export.tsv')), ([t, h, exportName]) => {
      const file = temp.write('mapping.yaml', t);
      const mapping = onlyInputError(() => loadMapping(file, tx), { file, text: t });
      if (mapping instanceof Error) return;
      const columns = onlyInputError(() => mappedColumns(mapping, exportName, h), { file, text: t });
      if (columns instanceof Error) return;
      for (const index of columns.keys()) expect(index >= 0 && index < h.length).toBe(true);
    }, { cost: 'disk' }), testTimeout('disk'));
});
