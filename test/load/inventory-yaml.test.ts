import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { inventoryFromYaml } from '../../src/load/inventory-yaml.js';
import { parseYamlText } from '../../src/load/yaml.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { inputErrorOf } from '../helpers/input-error.js';

const tx = loadTaxonomy();

function errorOf(text: string): InputError {
  return inputErrorOf(() => inventoryFromYaml(parseYamlText('inv.yaml', text), tx));
}

describe('inventoryFromYaml: messages quote what the file holds masked and bounded', () => {
  it('an unknown key, at the key', () => {
    const e = errorOf('systems:\n  - name: crm\n    datasets:\n      - name: users\n        fields:\n          - name: x\n            13812345678: yes\n');
    expect(e.message).toBe("unknown key '138****5678'");
    expect(e.where).toMatchObject({ file: 'inv.yaml', line: 7, column: 13 });
  });

  it('an unknown top-level key of 10 000 characters', () => {
    // An explicit key: an implicit one may not be longer than 1024 characters.
    const e = errorOf(`? ${'k'.repeat(10_000)}\n: 1\nsystems: []\n`);
    expect(e.message.length).toBeLessThan(60);
    expect(e.message).toMatch(/^unknown key 'k+…'$/);
  });

  it('the name of an entry without its inner list', () => {
    const e = errorOf('systems:\n  - name: user@example.com\n');
    expect(e.message).toMatch(/^system '.+' has no datasets$/);
    expect(e.message).not.toContain('user@example.com');
  });
});
