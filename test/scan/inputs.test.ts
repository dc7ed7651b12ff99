import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/scan/inputs.js';
import { scan, tempFiles } from './helpers.js';

describe('inputs', () => {
  it('expands a folder to its exports, sorted, not recursing and skipping other files', async () => {
    const { dir } = tempFiles({ 'b.tsv': 'a\tb\n1\t2\n', 'a.csv': 'x\n1\n', 'c.csv.gz': '', 'd.psv': '', 'e.txt': '', 'notes.yaml': '', 'f.json': '' });
    expect(await expandInputs([dir])).toEqual(['a.csv', 'b.tsv', 'c.csv.gz', 'd.psv', 'e.txt'].map((n) => join(dir, n)));
  });

  it('scans every fixture of a folder, keeping paths as given', async () => {
    const files = await scan(['fixtures/exports'], { mapping: 'fixtures/exports/kehu.mapping.yaml' });
    expect(files.map((f) => f.file)).toEqual(
      ['contacts-utf16.txt', 'device_log.tsv', 'kehu.csv', 'members.psv', 'orders.csv.gz', 'users.csv', '会员-gbk.csv'].map((n) => join('fixtures/exports', n)),
    );
  });

  it('--sample reads only the first records of each file', async () => {
    const [file] = await scan(['fixtures/exports/users.csv'], { sample: 3 });
    expect(file).toMatchObject({ records: 3, sampled: 3 });
    expect(file!.columns.find((c) => c.name === 'mobile')!.rows).toEqual([2, 4]);
  });
});
