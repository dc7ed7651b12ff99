import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContext, type CommonFlags } from '../../src/cli/context.js';
import type { CliIO } from '../../src/cli/io.js';
import { InputError } from '../../src/errors.js';
import { inputErrorOf } from '../helpers/input-error.js';
import { tempFolder } from '../helpers/temp-folder.js';

const dir = tempFolder('privaudit-context-');

const io: CliIO = { stdout: () => {}, stderr: () => {}, env: {}, cwd: dir, stdoutIsTTY: false, stderrIsTTY: false };

function errorOf(flags: CommonFlags): InputError {
  return inputErrorOf(() => buildContext(flags, io));
}

describe('buildContext: policy references', () => {
  const config = join(dir, 'privaudit.config.yaml');

  it('a bad entry of the config’s policies is refused at its line and column in the config', () => {
    writeFileSync(config, 'failOn: warning\npolicies:\n  - jdcloud-privacy-2020-07\n  - nope\n');
    expect(errorOf({}).describe()).toMatch(new RegExp(`^${config.replace(/[.\\/]/g, '\\$&')}:4:5: unknown policy pack 'nope'\n`));
    writeFileSync(config, 'policies: [./packs/missing.yaml]\n');
    expect(errorOf({}).describe()).toMatch(/privaudit\.config\.yaml:1:12: policy pack file not found: '.*missing\.yaml'\n/);
  });

  it('--policy replaces the list and its locations: a flag has no line to point at', () => {
    writeFileSync(config, 'policies:\n  - jdcloud-privacy-2020-07\n');
    const e = errorOf({ policy: ['nope'] });
    expect(e.where).toBeUndefined();
    expect(e.describe()).toMatch(/^unknown policy pack 'nope'\n/);
    expect(errorOf({ policy: ['./missing.yaml'] }).describe()).toMatch(/^\.\/missing\.yaml: policy pack file not found\n/);
  });

  it('loads the packs of a good config', () => {
    writeFileSync(config, 'policies:\n  - jdcloud-privacy-2020-07\n');
    expect(buildContext({}, io).config.policies).toEqual(['jdcloud-privacy-2020-07']);
  });
});
