/** The expectation files the fixture tests compare with (helpers.ts): a missing one fails, UPDATE_EXPECTED writes it. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../helpers/temp-folder.js';
import { expectAsFile, expectationYaml, readExpected } from './helpers.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('expectAsFile', () => {
  const dir = tempFolder('privaudit-expected-');
  const got = { records: 3, rows: [2, 5], columns: { a: { kind: 'other' } } };

  it('fails when the expectation file is missing, and writes none', () => {
    vi.stubEnv('UPDATE_EXPECTED', '');
    const file = join(dir, 'missing.expected.yaml');
    expect(() => expectAsFile(file, got, '# header\n')).toThrow(/missing\.expected\.yaml is missing: .*UPDATE_EXPECTED=1/);
    expect(existsSync(file)).toBe(false);
  });

  it('fails when the file says otherwise, passes when it agrees', () => {
    vi.stubEnv('UPDATE_EXPECTED', '');
    const file = join(dir, 'some.expected.yaml');
    writeFileSync(file, expectationYaml({ ...got, records: 4 }));
    expect(() => expectAsFile(file, got, '')).toThrow();
    writeFileSync(file, expectationYaml(got));
    expect(() => expectAsFile(file, got, '')).not.toThrow();
  });

  it('with UPDATE_EXPECTED=1 writes the header and readable YAML, read back as given', () => {
    vi.stubEnv('UPDATE_EXPECTED', '1');
    const file = join(dir, 'new.expected.yaml');
    expectAsFile(file, got, '# Expected: a test\n');
    expect(readFileSync(file, 'utf8')).toBe('# Expected: a test\nrecords: 3\nrows: [ 2, 5 ]\ncolumns:\n  a:\n    kind: other\n');
    expect(readExpected(file)).toEqual(got);
  });
});
