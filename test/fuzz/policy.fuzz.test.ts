/**
 * Custom policy packs: parsePackText on any text, and loadPack on pack files (extending bundled packs,
 * sibling files, themselves) — a located InputError or a pack. A pack that loads must then survive
 * everything `policies show/lint/diff` and the rules do with it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffPacks } from '../../src/policy/diff.js';
import { formatPackDiff } from '../../src/policy/show-diff.js';
import { lintPack } from '../../src/policy/lint.js';
import { loadPack, parsePackText } from '../../src/policy/load.js';
import { Policy } from '../../src/policy/policy.js';
import { formatPackSummary } from '../../src/policy/show.js';
import type { Pack } from '../../src/policy/types.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { anyString, aroundSeeds } from './arbitraries.js';
import { packDocument } from './arb-documents.js';
import { yamlSoup } from './arb-yaml.js';
import { fuzz, testTimeout } from './fuzz.js';
import { onlyInputError } from './outcome.js';
import { packSeeds } from './seeds.js';
import { TempFiles } from './temp.js';

const tx = loadTaxonomy();
const bundled = loadPack('jdcloud-privacy-2020-07');
const temp = new TempFiles('policy');

const packText = fc.oneof({ weight: 4, arbitrary: packDocument }, { weight: 4, arbitrary: aroundSeeds(packSeeds) }, { weight: 1, arbitrary: yamlSoup }, { weight: 1, arbitrary: anyString });

/** What the CLI does with a loaded pack: the policy queries, lint, show and diff (both languages). */
function usePack(pack: Pack): void {
  const policy = new Policy([pack, bundled], tx);
  policy.collectedItems();
  policy.sdkRows();
  policy.allRetentionRules();
  policy.minorsAge();
  for (const item of ['basic.phone', 'identity.resident-id', 'location.gps']) {
    policy.retentionRules(item);
    policy.prohibitions(item);
    policy.sensitive(item);
  }
  lintPack(pack, tx);
  expect(typeof formatPackSummary(pack, tx, 'en')).toBe('string');
  expect(typeof formatPackSummary(pack, tx, 'zh')).toBe('string');
  expect(typeof formatPackDiff(diffPacks(bundled, pack, tx), 'zh')).toBe('string');
}

describe('policy packs', () => {
  it('parsePackText: a validated pack or a located InputError', () =>
    fuzz('policy.parsePackText', packText, (t) => {
      const file = 'fuzz/pack.yaml';
      const out = onlyInputError(() => parsePackText(file, t), { file, text: t });
      if (!(out instanceof Error)) expect(out.parsed.file).toBe(file);
    }), testTimeout());

  it('loadPack from a file (extends bundled packs, a sibling, itself): a pack that every command can use, or a located InputError', () =>
    fuzz('policy.loadPack', fc.tuple(packText, packText, fc.constantFrom('pack.yaml', 'pack.yml', 'pack.json')), ([t, parentText, name]) => {
      const file = temp.write(name, t);
      writeFileSync(join(file, '..', 'parent.yaml'), parentText);
      const pack = onlyInputError(() => loadPack(file), {});
      if (!(pack instanceof Error)) usePack(pack);
    }, { cost: 'disk' }), testTimeout('disk'));
});
