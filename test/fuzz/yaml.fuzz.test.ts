/**
 * The YAML front door (src/io/yaml.ts: declarations, packs, configs, baselines, waivers) on any
 * text: a document or a located InputError, with every location it hands out inside the text. Alias
 * bombs, recursive aliases and nesting past MAX_YAML_NESTING must be refused, and no key may touch
 * Object.prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locate, nodeAtPath, nodeLocation, parseYamlSource, statementLocations, yamlToJs } from '../../src/io/yaml.js';
import { anyString, aroundSeeds, text } from './arbitraries.js';
import { aliasShapes, deepYaml, yamlSoup, yamlText } from './arb-yaml.js';
import { fuzz, testTimeout } from './fuzz.js';
import { lineCount, onlyInputError } from './outcome.js';
import { expectPrototypesUntouched } from './prototype.js';
import { badYamlSeeds, inventoryYamlSeeds, packSeeds, sdkYamlSeeds } from './seeds.js';

const FILE = 'fuzz/input.yaml';

export const anyYaml = fc.oneof(
  { weight: 5, arbitrary: yamlText() },
  { weight: 3, arbitrary: yamlSoup },
  { weight: 3, arbitrary: aroundSeeds([...inventoryYamlSeeds, ...sdkYamlSeeds, ...badYamlSeeds, ...packSeeds.slice(0, 3)]) },
  { weight: 1, arbitrary: deepYaml },
  { weight: 1, arbitrary: aliasShapes },
  { weight: 1, arbitrary: text },
  { weight: 1, arbitrary: anyString },
);

/** Paths of keys and indexes, some existing, some not. */
const path = fc.array(fc.oneof(fc.constantFrom('systems', 'datasets', 'fields', 'name', 'collects', 'a', '__proto__'), fc.nat({ max: 3 })), { maxLength: 5 });

describe('src/io/yaml.ts (declarations, packs, configs, baselines, waivers)', () => {
  it('parseYamlSource: data or a located InputError; every location it hands out lies inside the text', () =>
    fuzz('load.parseYamlSource', fc.tuple(anyYaml, path), ([t, p]) => {
      const parsed = onlyInputError(() => parseYamlSource(FILE, t), { file: FILE, text: t });
      if (parsed instanceof Error) return;
      const last = lineCount(t);
      expect(yamlToJs(parsed)).toBe(parsed.data);
      const locations = [locate(parsed, p), nodeLocation(parsed, nodeAtPath(parsed, p)), ...Object.values(statementLocations(parsed))];
      for (const loc of locations) {
        expect(loc.file).toBe(FILE);
        expect(loc.line >= 1 && loc.line <= last, `line ${loc.line} of ${last}`).toBe(true);
      }
      expectPrototypesUntouched();
    }), testTimeout());
});
