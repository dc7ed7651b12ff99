/** `scan --inventory --lang zh`: its notes, refusals and hints on stderr, and the coverage block, hold no English outside names and codes. */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { englishWords } from '../cli/english-words.js';
import { runCli, tempDir } from '../e2e/helpers.js';

const EXPORTS = 'fixtures/crosscheck/exports';

function folderWithNotes(): string {
  const dir = tempDir();
  copyFileSync('fixtures/crosscheck/inventory.csv', join(dir, 'inventory.csv'));
  // A cell privaudit cannot read, and a file beside the inventory that is none.
  writeFileSync(join(dir, 'more.csv'), 'system,table,field,category,retention\ncrm,users,nickname,basic.nickname,until the heat death\n');
  writeFileSync(join(dir, 'sdks.csv'), 'platform,sdk,organization,fields\nandroid,Bugly,Tencent,device id\n');
  return dir;
}

const english = (text: string, pretty = false) => englishWords(text, { pretty }).map((w) => `${w.word} ← ${w.line.trim()}`);

it.each([
  ['notes on the inventory, and the report', () => ['scan', EXPORTS, '--inventory', folderWithNotes()], 1],
  ['an SDK list given as the inventory', () => ['scan', EXPORTS, '--inventory', 'fixtures/sdk/android-sdks.csv'], 2],
  ['a folder without an inventory', () => ['scan', EXPORTS, '--inventory', 'fixtures/sdk'], 2],
  ['only the inventory to scan', () => ['scan', 'fixtures/crosscheck/inventory.csv', '--inventory', 'fixtures/crosscheck/inventory.csv'], 2],
  ['an inventory given to scan as data', () => ['scan', 'fixtures/crosscheck/inventory.csv'], 2],
] as const)('%s', async (_, argv, code) => {
  const r = await runCli([...argv(), '--lang', 'zh', '--as-of', '2024-06-01']);
  expect(r.code, r.stderr).toBe(code);
  expect(r.stderr).not.toBe(code === 2 ? '' : 'x');
  expect(english(r.stderr)).toEqual([]);
  expect(english(r.stdout, true)).toEqual([]);
});

it('says in Chinese what it skipped and what it could not read', async () => {
  const r = await runCli(['scan', EXPORTS, '--inventory', folderWithNotes(), '--lang', 'zh', '--as-of', '2024-06-01']);
  expect(r.stderr).toMatch(/--inventory：跳过 1 个不是数据清单的文件：.*sdks\.csv/);
  expect(r.stderr).toMatch(/注意：.*more\.csv：1 个单元格无法读取，未与数据对照（privaudit audit .*more\.csv 会列出）/);
  const en = await runCli(['scan', EXPORTS, '--inventory', folderWithNotes(), '--as-of', '2024-06-01']);
  expect(en.stderr).toMatch(/--inventory: skipped 1 file that is not an inventory: .*sdks\.csv/);
  expect(en.stderr).toMatch(/note: .*more\.csv: 1 cell could not be read and was not checked against the data \(privaudit audit .*more\.csv lists it\)/);
});
