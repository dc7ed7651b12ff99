/**
 * The bundled packs are not schema-checked at run time (compiling the schema was most of start-up):
 * this suite is where they are checked, every one of them, and every file a bundled pack extends.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAssets, readAsset } from '../../src/assets.js';
import { parseYamlSource } from '../../src/io/yaml.js';
import { loadPack } from '../../src/policy/load.js';
import { packProblems } from '../../src/policy/validate.js';
import { tempFolder } from '../helpers/temp-folder.js';

const NOT_PACKS = new Set(['taxonomy.yaml', 'sdk-catalog.yaml', 'regions.yaml']);
const packFiles = listAssets('policies').filter((f) => /\.ya?ml$/.test(f) && !NOT_PACKS.has(f));

describe('bundled pack files', () => {
  it('are there to check', () => {
    expect(packFiles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(packFiles)('%s matches schemas/pack.schema.json', (name) => {
    const file = `policies/${name}`;
    expect(packProblems(parseYamlSource(file, readAsset(file)))).toEqual([]);
  });
});

describe('custom packs', () => {
  it('are still checked at run time, also when they extend a bundled pack', () => {
    const dir = tempFolder('privaudit-validate-');
    writeFileSync(join(dir, 'custom.yaml'), 'extends: jdcloud-privacy-2020-07\nid: custom\ncolects: []\n');
    expect(() => loadPack('custom.yaml', { cwd: dir })).toThrow(/unknown property 'colects'/);
    expect(loadPack('jdcloud-privacy-2020-07').id).toBe('jdcloud-privacy-2020-07');
  });
});

describe('custom pack messages quote what the file holds masked and bounded', () => {
  const errorOf = (text: string) => {
    const dir = tempFolder('privaudit-validate-');
    writeFileSync(join(dir, 'custom.yaml'), text);
    try {
      loadPack('custom.yaml', { cwd: dir });
    } catch (e) {
      return e as Error & { hint?: string };
    }
    throw new Error('expected an error');
  };

  it('an unknown property and a bad value', () => {
    const e = errorOf('extends: jdcloud-privacy-2020-07\nid: custom\ntitle: Custom\n"13812345678": []\n');
    expect(e.message).toBe("/: unknown property '138****5678'");
    const value = errorOf('extends: jdcloud-privacy-2020-07\nid: custom\ntitle: Custom\nversion: 13812345678\n');
    expect(value.message).toBe("/version: '138****5678' must be string");
    expect(value.hint).toBe("quote the value: '138****5678'");
  });

  it('many problems: as many as fit in 500 characters, the rest counted', () => {
    const statements = Array.from({ length: 8 }, (_, i) => `  - {note: n${i}}`).join('\n');
    const e = errorOf(`extends: jdcloud-privacy-2020-07\nid: custom\ntitle: Custom\ncollects:\n${statements}\n`);
    expect(e.message.length).toBeLessThan(600);
    expect(e.message).toMatch(/\n {2}… and \d+ more problems$/);
  });
});
