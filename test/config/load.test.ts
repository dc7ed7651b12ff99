import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { inputErrorOf } from '../helpers/input-error.js';
import { tempFolder } from '../helpers/temp-folder.js';

const dir = tempFolder('privaudit-config-');

function write(text: string): string {
  const file = join(dir, `c${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
}

function errorOf(text: string): InputError {
  return inputErrorOf(() => loadConfig(write(text)));
}

describe('loadConfig: messages quote what the file holds masked and bounded', () => {
  it('an unknown rule id, at its key', () => {
    const e = errorOf('rules:\n  "13812345678": off\n');
    expect(e.message).toBe("unknown rule '138****5678' in rules:");
    expect(e.where).toMatchObject({ line: 2, column: 3 });
  });

  it('an unknown setting of 5 000 characters', () => {
    const e = errorOf(`? ${'x'.repeat(5000)}\n: 1\n`);
    expect(e.message).toMatch(/^unknown setting 'x+…'$/);
    expect(e.message.length).toBeLessThan(70);
  });

  it('a bad value under a key the user named', () => {
    const e = errorOf('rules:\n  user@example.com: loud\n');
    expect(e.message).not.toContain('user@example.com');
    expect(e.where).toMatchObject({ line: 2 });
  });
});

describe('loadConfig: where the policies entries are', () => {
  it('keeps the line and column of each entry, in order', () => {
    const file = write('failOn: warning\npolicies:\n  - jdcloud-privacy-2020-07\n  - ./packs/acme.yaml\n');
    const { config } = loadConfig(file);
    expect(config.policies).toEqual(['jdcloud-privacy-2020-07', join(dir, 'packs/acme.yaml')]);
    expect(config.policyLocations).toEqual([
      { file, line: 3, column: 5 },
      { file, line: 4, column: 5 },
    ]);
  });

  it('has none when the file lists no policies (the default pack is nobody’s entry)', () => {
    expect(loadConfig(write('failOn: warning\n')).config.policyLocations).toBeUndefined();
  });
});

describe('loadConfig: inputs and inventories, named from the working folder', () => {
  it('as a user would type them there, so no report or baseline carries the folder of the checkout; an absolute one as written', () => {
    const file = write('inputs: [sub/inv.csv, /srv/x.csv]\ninventory: sub/\n');
    // The run's working folder is the process's (the name opens the file).
    const from = (cwd: string) => {
      const spy = vi.spyOn(process, 'cwd').mockReturnValue(cwd);
      try {
        return loadConfig(file, file, cwd).config;
      } finally {
        spy.mockRestore();
      }
    };
    expect(from(dir)).toMatchObject({ inputs: ['sub/inv.csv', '/srv/x.csv'], inventory: ['sub'] });
    expect(from(join(dir, 'sub'))).toMatchObject({ inputs: ['inv.csv', '/srv/x.csv'], inventory: ['.'] });
    expect(from(join(dir, 'other')).inputs).toEqual(['../sub/inv.csv', '/srv/x.csv']);
    // Without a working folder (a caller that only reads the file), or one the process does not open files from: absolute.
    expect(loadConfig(file).config.inputs).toEqual([join(dir, 'sub/inv.csv'), '/srv/x.csv']);
    expect(loadConfig(file, file, join(dir, 'sub')).config.inputs).toEqual([join(dir, 'sub/inv.csv'), '/srv/x.csv']);
  });
});
