/** Each SDK fixture, audited by every registered SDK rule, gives exactly the findings written next to it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES as REGISTERED } from '../../src/check/registry.js';
import { readSdkFile } from '../../src/load/sdk-list.js';
import { contextFor, expectMessagesFilled } from './helpers.js';

const DIR = 'fixtures/sdk';
/** The registry's rules that read SDK lists only (those that read every kind of input have their own fixtures). */
const RULES = REGISTERED.filter((r) => r.meta.appliesTo.length === 1 && r.meta.appliesTo[0] === 'sdk');
const FIXTURES = ['android-sdks.csv', 'ios-sdks-zh.csv', '第三方SDK共享清单.csv', 'sdks.yaml', 'gradle-dependencies.txt', 'build.gradle.kts', 'Podfile.lock'];

interface Expected {
  ruleId: string;
  line: number;
  sdk: string;
  platform: string;
  item?: string;
}

/** `android-sdks.csv` → `android-sdks.expected.yaml`; `Podfile.lock` → `Podfile.lock.expected.yaml`. */
function expectedName(name: string): string {
  return /\.(csv|yaml|txt)$/.test(name) ? name.replace(/\.(csv|yaml|txt)$/, '.expected.yaml') : `${name}.expected.yaml`;
}

function key(f: Expected): string {
  return [f.line, f.ruleId, f.platform, f.sdk, f.item ?? ''].join(' | ');
}

describe.each(FIXTURES)('fixture %s', (name) => {
  const expectedFile = parse(readFileSync(join(DIR, expectedName(name)), 'utf8')) as { policy: string; findings: Expected[] };

  it('gives exactly the expected findings', () => {
    const ctx = contextFor([expectedFile.policy]);
    const file = readSdkFile(join(DIR, name));
    const actual: Expected[] = RULES.flatMap((rule) =>
      rule.check(file, ctx).map((f) => {
        expectMessagesFilled(rule, f);
        expect(f.clause?.policy, `${rule.meta.id} cites the pack's table`).toBe(expectedFile.policy);
        expect(f.clause?.section).toBe('5.1.4');
        return { ruleId: rule.meta.id, line: f.line, sdk: f.subject.sdk!, platform: f.subject.platform!, ...(f.item ? { item: f.item } : {}) };
      }),
    );
    expect(actual.map(key).sort()).toEqual(expectedFile.findings.map(key).sort());
  });
});
