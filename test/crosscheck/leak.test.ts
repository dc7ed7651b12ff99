/**
 * No whole identifier in any format's output of `scan --inventory`: the coverage and the three rules name
 * columns, fields and tables and quote evidence, all masked. fixtures/crosscheck/identifiers.json lists every
 * identifier in the exports; the check also runs on a headerless export, whose "column names" are values.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/report/formatters/index.js';
import { runCli, tempDir } from '../e2e/helpers.js';

const IDENTIFIERS = JSON.parse(readFileSync('fixtures/crosscheck/identifiers.json', 'utf8')) as string[];

/** users.csv without its header row: the first record stands as the column names, and as the table's fields in an inventory made from it. */
function headerless(): { exports: string; inventory: string } {
  const dir = tempDir();
  const [, ...records] = readFileSync('fixtures/crosscheck/exports/users.csv', 'utf8').trimEnd().split('\n');
  writeFileSync(join(dir, 'users.csv'), records.join('\n') + '\n');
  const names = records[0]!.split(',');
  const inventory = ['system,table,field,category', ...names.slice(0, 4).map((n) => `crm,users,${n},basic.phone`)].join('\n') + '\n';
  writeFileSync(join(dir, 'inventory.csv'), inventory);
  return { exports: join(dir, 'users.csv'), inventory: join(dir, 'inventory.csv') };
}

describe.each(FORMAT_NAMES)('%s', (format) => {
  it('holds no whole identifier, with the fixtures and with a headerless export', async () => {
    const h = headerless();
    for (const [exports, inventory] of [['fixtures/crosscheck/exports', 'fixtures/crosscheck/inventory.csv'], [h.exports, h.inventory]]) {
      const r = await runCli(['scan', exports!, '--inventory', inventory!, '--as-of', '2024-06-01', '--fail-on', 'never', '-f', format]);
      expect(r.code, r.stderr).toBe(0);
      const out = r.stdout + r.stderr;
      expect(out.length).toBeGreaterThan(200);
      for (const value of IDENTIFIERS) expect(out, value).not.toContain(value);
    }
  });
});
