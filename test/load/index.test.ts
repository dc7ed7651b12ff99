/** Inputs → declaration files: what a folder expands to, and which files are never read as declarations. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../../src/load/index.js';
import { tempFolder } from '../helpers/temp-folder.js';

function folder(files: Record<string, string>): string {
  const dir = tempFolder('privaudit-load-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('expandPaths: files the run writes', () => {
  it("leaves out a folder's copy of an excluded file (-o), however the path is spelled", () => {
    const dir = folder({ 'inv.csv': '', 'report.csv': '', 'sub/report.csv': '' });
    const link = join(tempFolder('privaudit-load-link-'), 'link');
    symlinkSync(dir, link);
    const files = (exclude: string[]) => expandPaths([dir], exclude).map((f) => relative(dir, f.file));
    expect(files([])).toEqual(['inv.csv', 'report.csv', join('sub', 'report.csv')]);
    expect(files([join(dir, 'report.csv')])).toEqual(['inv.csv', join('sub', 'report.csv')]);
    expect(files([relative(process.cwd(), join(dir, 'sub', '.', 'report.csv'))])).toEqual(['inv.csv', 'report.csv']);
    expect(files([join(link, 'report.csv')])).toEqual(['inv.csv', join('sub', 'report.csv')]);
    expect(files([join(dir, 'not-yet.csv')])).toEqual(['inv.csv', 'report.csv', join('sub', 'report.csv')]);
  });

  it('a file named on its own is read even when excluded: the user asked for it', () => {
    const dir = folder({ 'report.csv': '' });
    expect(expandPaths([join(dir, 'report.csv')], [join(dir, 'report.csv')])).toEqual([{ file: join(dir, 'report.csv'), explicit: true }]);
  });
});

describe('expandPaths: a file reached twice is read once', () => {
  it('under its first spelling; explicit when it is named on its own anywhere', () => {
    const dir = folder({ 'cm.csv': '', 'sdk.csv': '' });
    const cm = join(dir, 'cm.csv');
    const dotted = join(dir, '.', 'x', '..', 'cm.csv');
    expect(expandPaths([cm, dotted, relative(process.cwd(), cm)])).toEqual([{ file: cm, explicit: true }]);
    expect(expandPaths([dir, dotted])).toEqual([
      { file: cm, explicit: true },
      { file: join(dir, 'sdk.csv'), explicit: false },
    ]);
    expect(expandPaths([dotted, dir, dir]).map((f) => f.file)).toEqual([dotted, join(dir, 'sdk.csv')]);
  });
});
