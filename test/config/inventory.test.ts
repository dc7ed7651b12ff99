/** The config's `inventory:` (scan --inventory): a path or a list of paths, relative to the config file. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig, loadConfig } from '../../src/config/load.js';
import { inventoryPaths } from '../../src/crosscheck/index.js';
import { inputErrorOf } from '../helpers/input-error.js';
import { tempFolder } from '../helpers/temp-folder.js';

const dir = tempFolder('privaudit-config-');

function load(text: string) {
  const file = join(dir, `c${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return loadConfig(file).config;
}

describe('inventory:', () => {
  it('is none by default', () => {
    expect(defaultConfig().inventory).toEqual([]);
    expect(load('failOn: warning\n').inventory).toEqual([]);
  });

  it('takes a path or a list, each relative to the config file (absolute ones as written)', () => {
    expect(load('inventory: 清单/数据资产清单.xlsx\n').inventory).toEqual([join(dir, '清单/数据资产清单.xlsx')]);
    expect(load('inventory: [a.csv, /srv/b.yaml]\n').inventory).toEqual([join(dir, 'a.csv'), '/srv/b.yaml']);
  });

  it('refuses what is not a path, at its line', () => {
    const e = inputErrorOf(() => load('lang: en\ninventory: [a.csv, 3]\n'));
    expect(e.message).toMatch(/inventory/);
    expect(e.where).toMatchObject({ line: 2 });
    expect(inputErrorOf(() => load('inventory: ""\n')).message).toMatch(/inventory/);
  });

  it('is replaced by --inventory, as --policy replaces policies:', () => {
    const config = load('inventory: a.csv\n');
    expect(inventoryPaths(undefined, config)).toEqual([join(dir, 'a.csv')]);
    expect(inventoryPaths([], config)).toEqual([join(dir, 'a.csv')]);
    expect(inventoryPaths(['x.csv', 'y/'], config)).toEqual(['x.csv', 'y/']);
  });
});
