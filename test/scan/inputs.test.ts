import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { expandPaths } from '../../src/load/index.js';
import { expandInputs } from '../../src/scan/inputs.js';
import { scan, tempFiles } from './helpers.js';

describe('inputs', () => {
  it('expands a folder to every file a reader takes, sorted, not its subfolders, skipping other and hidden files', async () => {
    const { dir } = tempFiles({
      'b.tsv': '', 'a.csv': '', 'c.csv.gz': '', 'd.psv': '', 'e.txt': '', 'f.tab': '', 'g.sql': '', 'h.dump': '', 'i.jsonl': '', 'j.ndjson': '', 'k.json': '',
      'l.parquet': '', 'm.xlsx': '', 'n.sql.zst': '', 'o.zip': '', 'p.gz': '', 'q.zst': '', 'R.CSV': '',
      'notes.yaml': '', 'readme.md': '', 'x.xlsx.bak': '', '.hidden.csv': '', '~$m.xlsx': '',
    });
    for (const sub of ['2024', '2024/06', '.git', 'node_modules']) mkdirSync(join(dir, sub));
    for (const f of ['2024/06/users.csv', '2024/orders.jsonl.gz', '2024/a.txt', '.git/x.csv', 'node_modules/y.csv']) writeFileSync(join(dir, f), '');
    expect(await expandInputs([dir])).toEqual(
      ['R.CSV', 'a.csv', 'b.tsv', 'c.csv.gz', 'd.psv', 'e.txt', 'f.tab', 'g.sql', 'h.dump', 'i.jsonl', 'j.ndjson', 'k.json', 'l.parquet', 'm.xlsx', 'n.sql.zst', 'o.zip', 'p.gz', 'q.zst'].map((n) => join(dir, n)),
    );
  });

  it('a file given by name is read whatever its name; its kind comes from its bytes', async () => {
    const { dir, path } = tempFiles({ 'notes.yaml': '' });
    copyFileSync('fixtures/formats/members.csv.zst', join(dir, 'members.bin'));
    expect(await expandInputs([path('notes.yaml')])).toEqual([path('notes.yaml')]);
    const [file] = await scan([path('members.bin')]);
    expect(file).toMatchObject({ table: 'members', records: 10 });
  });

  it('a folder holding no file a reader takes is an error that says what a folder is searched for', async () => {
    const { dir } = tempFiles({ 'notes.md': '# nothing', 'x.yaml': '' });
    const e = await expandInputs([dir]).catch((x: unknown) => x as InputError);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).hint).toBe('a folder is scanned (not its subfolders) for .csv .tsv .txt .psv .tab .sql .dump .jsonl .ndjson .json .parquet .xlsx files (plain, .gz or .zst) and .zip archives; name any other file to scan it');
  });

  it('audit reads a folder with the same walk (same order and skips), its subfolders too', async () => {
    const { dir } = tempFiles({ 'b.csv': '', 'a.csv': '', '.h.csv': '', '~$a.xlsx': '' });
    for (const sub of ['sub', 'node_modules']) mkdirSync(join(dir, sub));
    for (const f of ['sub/c.csv', 'node_modules/d.csv']) writeFileSync(join(dir, f), '');
    symlinkSync(dir, join(dir, 'loop'));
    expect(expandPaths([dir]).map((f) => f.file)).toEqual(['a.csv', 'b.csv', 'sub/c.csv'].map((n) => join(dir, n)));
    expect(await expandInputs([dir])).toEqual(['a.csv', 'b.csv'].map((n) => join(dir, n)));
  });

  it('a file reached twice (named twice, or named and in a folder given) is scanned once, under its first spelling', async () => {
    const { dir, path } = tempFiles({ 'a.csv': '', 'b.csv': '' });
    expect(await expandInputs([path('a.csv'), join(dir, '.', 'a.csv'), dir])).toEqual([path('a.csv'), path('b.csv')]);
  });

  it('scans every fixture of a folder, keeping paths as given', async () => {
    const { dir } = tempFiles({});
    for (const f of ['users.csv', 'orders.csv.gz', 'kehu.csv']) copyFileSync(join('fixtures/exports', f), join(dir, f));
    mkdirSync(join(dir, 'formats'));
    for (const f of ['export.zip', 'members.csv.zst']) copyFileSync(join('fixtures/formats', f), join(dir, 'formats', f));
    const files = await scan([dir, join(dir, 'formats')]);
    expect(files.map((f) => [f.file.slice(dir.length + 1), f.table])).toEqual([
      ['kehu.csv', 'kehu'],
      ['orders.csv.gz', 'orders'],
      ['users.csv', 'users'],
      ['formats/export.zip!export/2024/orders.csv.gz', 'orders'],
      ['formats/export.zip!export/members.csv', 'members'],
      ['formats/members.csv.zst', 'members'],
    ]);
  });

  it('--sample reads only the first records of each file', async () => {
    const [file] = await scan(['fixtures/exports/users.csv'], { sample: 3 });
    expect(file).toMatchObject({ records: 3, sampled: 3 });
    expect(file!.columns.find((c) => c.name === 'mobile')!.rows).toEqual([2, 4]);
  });
});
