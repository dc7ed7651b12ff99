import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/check/engine.js';
import { applyBaseline, baselineOf, fingerprintRoot, loadBaseline, oldBaselineNote, serializeBaseline, staleNote, type Baseline } from '../../src/suppress/baseline.js';
import { finding } from './helpers.js';
import { inputErrorOf } from '../helpers/input-error.js';
import { tempFolder } from '../helpers/temp-folder.js';

const dir = tempFolder('privaudit-baseline-');

const a = finding('sensitive-unencrypted', 'inv/b.csv', { system: 'crm', table: 'users', field: 'id_no' }, 7, 'identity.resident-id');
const b = finding('cross-border-storage', 'inv/b.csv', { system: 'crm', table: 'users', field: 'id_no' }, 7, 'identity.resident-id');
const c = finding('undeclared-sdk', 'inv/a.csv', { sdk: 'Umeng', platform: 'android' }, 3);

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('baselineOf / serializeBaseline', () => {
  it('records fingerprint, rule, file, subject, item and message, sorted by file then rule', () => {
    const base = baselineOf([a, b, c]);
    expect(base.schemaVersion).toBe(2);
    expect(base.tool).toBe('privaudit');
    expect(base.root).toBe('.');
    expect(base.entries.map((e) => [e.file, e.ruleId])).toEqual([
      ['inv/a.csv', 'undeclared-sdk'],
      ['inv/b.csv', 'cross-border-storage'],
      ['inv/b.csv', 'sensitive-unencrypted'],
    ]);
    expect(base.entries[0]).toEqual({
      fingerprint: c.fingerprint,
      ruleId: 'undeclared-sdk',
      file: 'inv/a.csv',
      subject: { system: null, table: null, field: null, sdk: 'Umeng', platform: 'android', column: null },
      item: null,
      message: 'undeclared-sdk on Umeng',
    });
  });

  it('gives the same bytes whatever the order of the findings, with no timestamp', () => {
    const one = serializeBaseline(baselineOf([a, b, c]));
    const two = serializeBaseline(baselineOf([c, a, b]));
    expect(two).toBe(one);
    expect(one.endsWith('}\n')).toBe(true);
    expect(one).not.toMatch(/\d{4}-\d{2}-\d{2}T|"(date|time|created)/);
  });

  it('keeps one entry per fingerprint and writes Windows paths with /', () => {
    const win = { ...a, file: 'inv\\b.csv' };
    const base = baselineOf([a, a, win]);
    expect(base.entries).toHaveLength(1);
    expect(base.entries[0]!.file).toBe('inv/b.csv');
  });
});

describe('the fingerprint root', () => {
  it('is the root the baseline read records, else the config file\'s folder, else the working folder', () => {
    const v2 = (root: string): Baseline => ({ schemaVersion: 2, tool: 'privaudit', root, entries: [] });
    expect(fingerprintRoot({ file: 'ci/b.json', data: v2('..') }, '/p/privaudit.config.yaml', '/p/sub')).toEqual({ cwd: '/p/sub', dir: '/p/sub' });
    expect(fingerprintRoot({ file: '/p/ci/b.json', data: v2('..') }, null, '/elsewhere')).toEqual({ cwd: '/elsewhere', dir: '/p' });
    expect(fingerprintRoot(null, '/p/privaudit.config.yaml', '/p/sub')).toEqual({ cwd: '/p/sub', dir: '/p' });
    expect(fingerprintRoot(null, 'privaudit.config.yaml', '/p')).toEqual({ cwd: '/p', dir: '/p' });
    expect(fingerprintRoot({ file: 'b.json', data: { schemaVersion: 1, tool: 'privaudit', entries: [] } }, null, '/p/sub')).toEqual({ cwd: '/p/sub', dir: '/p/sub' });
  });

  it('writes the paths from the root, and the root from the baseline file\'s folder', () => {
    const root = { cwd: '/p/sub', dir: '/p' };
    const base = baselineOf([{ ...a, file: '../inv/b.csv' }, { ...c, file: '/p/inv/a.csv' }], { root, file: '../ci/b.json' });
    expect(base.root).toBe('..');
    expect(base.entries.map((e) => e.file)).toEqual(['inv/a.csv', 'inv/b.csv']);
    expect(baselineOf([a], { root, file: '/p/b.json' }).root).toBe('.');
  });
});

describe('loadBaseline', () => {
  it('reads back what serializeBaseline wrote', () => {
    const base = baselineOf([a, b, c]);
    expect(loadBaseline(write('ok.json', serializeBaseline(base)))).toEqual(base);
  });

  it('refuses broken JSON at its line and column, as a JSON error with the fix', () => {
    const file = write('truncated.json', '{\n  "schemaVersion": 1,\n  "tool": "privaudit",\n  "entries": [\n');
    const e = inputErrorOf(() => loadBaseline(file));
    expect(e.message).toMatch(/^not valid JSON: /);
    expect(e.where).toMatchObject({ file, line: expect.any(Number) });
    expect((e.where as { line: number }).line).toBeGreaterThanOrEqual(4);
    expect(e.hint).toMatch(/--write-baseline/);
  });

  it('points a missing property at the entry that lacks it', () => {
    const file = write('missing.json', `{\n  "schemaVersion": 1,\n  "tool": "privaudit",\n  "entries": [\n    {"fingerprint": "${a.fingerprint}", "file": "x.csv"}\n  ]\n}\n`);
    const e = inputErrorOf(() => loadBaseline(file));
    expect(e.message).toBe("'entries[0]' has no 'ruleId'");
    expect(e.where).toEqual({ file, line: 5, column: 5 });
  });

  it('refuses another schema version, naming the ones allowed', () => {
    const file = write('v3.json', '{"schemaVersion": 3, "tool": "privaudit", "root": ".", "entries": []}');
    const e = inputErrorOf(() => loadBaseline(file));
    expect(e.message).toMatch(/^'schemaVersion' must be equal to one of the allowed values/);
    expect(e.where).toEqual({ file, line: 1, column: 19 });
    expect(e.hint).toBe('allowed: 1, 2');
  });

  it('wants the root in a version 2 baseline, and reads a version 1 one without it', () => {
    const e = inputErrorOf(() => loadBaseline(write('noroot.json', '{"schemaVersion": 2, "tool": "privaudit", "entries": []}')));
    expect(e.message).toBe("the baseline has no 'root'");
    expect(e.hint).toMatch(/--write-baseline/);
    expect(loadBaseline(write('v1.json', '{"schemaVersion": 1, "tool": "privaudit", "entries": []}')).schemaVersion).toBe(1);
  });

  it('refuses a fingerprint that is not one, in words', () => {
    const entry = { fingerprint: 'abc', ruleId: 'retention-missing', file: 'x.csv', subject: { system: null, table: null, field: 'f', sdk: null, platform: null, column: null }, item: null };
    const file = write('fp.json', JSON.stringify({ schemaVersion: 1, tool: 'privaudit', entries: [entry] }, null, 2));
    const e = inputErrorOf(() => loadBaseline(file));
    expect(e.message).toBe("'entries[0].fingerprint' is not a privaudit fingerprint (32 hex digits)");
    expect(e.where).toMatchObject({ file, line: 6 });
  });

  it('suggests the known key for a misspelt one', () => {
    const file = write('key.json', '{"schemaVersion": 1, "tool": "privaudit", "entrys": []}');
    const e = inputErrorOf(() => loadBaseline(file));
    // The missing "entries" and the unknown "entrys" are one mistake: the unknown key says more.
    expect(e.message).toBe("unknown key 'entrys' in the baseline");
    expect(e.where).toEqual({ file, line: 1, column: 43 });
    expect(e.hint).toBe("did you mean 'entries'?");
  });

  it("wraps yaml's words without the source line they quote", () => {
    const file = write('header.json', `schemaVersion: |${'1'.repeat(700)} 13812345678\n`);
    const e = inputErrorOf(() => loadBaseline(file));
    expect(e.message).toBe('not valid JSON: Block scalar header includes extra characters');
    expect(e.where).toEqual({ file, line: 1, column: 18 });
  });

  it('quotes an unknown key masked and bounded', () => {
    const file = write('idkey.json', `{"schemaVersion": 1, "tool": "privaudit", "entries": [], "13812345678": 1, "${'k'.repeat(900)}": 2}`);
    const e = inputErrorOf(() => loadBaseline(file));
    expect(e.message).toBe("unknown key '138****5678' in the baseline");
    const long = inputErrorOf(() => loadBaseline(write('longkey.json', `{"schemaVersion": 1, "tool": "privaudit", "entries": [], "${'k'.repeat(900)}": 2}`)));
    expect(long.message).toMatch(/^unknown key 'k{37}…' in the baseline$/);
  });

  it('says when the file is not there', () => {
    const e = inputErrorOf(() => loadBaseline(join(dir, 'nope.json')));
    expect(e.message).toBe('baseline file not found');
    expect(e.hint).toBe(`create it with --write-baseline ${join(dir, 'nope.json')}, or fix the path`);
  });
});

describe('applyBaseline', () => {
  const base = baselineOf([a, c]);

  it('suppresses recorded fingerprints and keeps the rest', () => {
    const r = applyBaseline([a, b, c], base);
    expect(r.kept).toEqual([b]);
    expect(r.suppressed).toBe(2);
    expect(r.stale).toEqual([]);
  });

  it('matches whatever line the finding moved to', () => {
    const moved = { ...a, line: 40, rows: [40] };
    expect(applyBaseline([moved], base).suppressed).toBe(1);
  });

  it('lists entries whose finding is gone as stale', () => {
    const r = applyBaseline([a], base);
    expect(r.stale.map((e) => e.ruleId)).toEqual(['undeclared-sdk']);
  });

  it('does not call an entry stale when its finding is still there but waived', () => {
    const r = applyBaseline([], base, [a, c]);
    expect(r.stale).toEqual([]);
  });
});

describe('a baseline of version 1 (fingerprints of the paths as that run named them)', () => {
  /** What version 1 wrote for these findings: each hashed with its path as named, repeats numbered. */
  const v1 = (entries: { fingerprint: string }[]): Baseline => ({ schemaVersion: 1, tool: 'privaudit', entries: entries.map((e) => ({ ...baselineOf([a]).entries[0]!, ...e })) });
  const legacy = (f: typeof a, file = f.file) => fingerprintOf(f.ruleId, file, f.subject, f.item);

  it('still matches a finding named as then, or absolute as the config\'s inputs were', () => {
    // The new fingerprints differ (they would carry a root and a key): version 1 is matched on its own terms.
    const now = { ...a, fingerprint: 'f'.repeat(32) };
    expect(applyBaseline([now], v1([{ fingerprint: legacy(a) }]), [now], dir).suppressed).toBe(1);
    expect(applyBaseline([now], v1([{ fingerprint: legacy(a, join(dir, a.file)) }]), [now], dir).suppressed).toBe(1);
    expect(applyBaseline([now], v1([{ fingerprint: legacy(a, '/elsewhere/inv/b.csv') }]), [now], dir)).toMatchObject({ suppressed: 0, stale: [expect.anything()] });
  });

  it('numbers repeats as version 1 did', () => {
    const twice = [a, { ...a, line: 9 }];
    const r = applyBaseline(twice, v1([{ fingerprint: `${legacy(a)}-1` }]), twice, dir);
    expect(r.kept).toEqual([a]);
  });

  it('is noted, so the team rewrites it', () => {
    expect(oldBaselineNote({ file: 'b.json', data: v1([]) }, 'en')).toMatch(/^privaudit: b\.json was written by an earlier privaudit: .*rerun --write-baseline/);
    expect(oldBaselineNote({ file: 'b.json', data: v1([]) }, 'zh')).toMatch(/^privaudit: 基线 b\.json 由旧版 privaudit 写入/);
    expect(oldBaselineNote({ file: 'b.json', data: baselineOf([a]) }, 'en')).toBe('');
  });
});

describe('staleNote', () => {
  const base = baselineOf([a, b, c]);

  it('is empty with nothing stale', () => {
    expect(staleNote([], 'b.json', 'en')).toBe('');
  });

  it('counts and lists stale entries in English and Chinese', () => {
    expect(staleNote(base.entries.slice(0, 2), 'b.json', 'en')).toBe(
      'privaudit: 2 baseline entries in b.json no longer match; rerun --write-baseline to prune\n' +
        '  - undeclared-sdk inv/a.csv Umeng.android\n' +
        '  - cross-border-storage inv/b.csv crm.users.id_no (identity.resident-id)\n',
    );
    expect(staleNote(base.entries.slice(0, 1), 'b.json', 'en')).toMatch(/^privaudit: 1 baseline entry in b.json no longer matches;/);
    expect(staleNote(base.entries.slice(0, 1), 'b.json', 'zh')).toMatch(/^privaudit: 基线 b.json 中有 1 条记录已不再匹配任何发现；重新运行 --write-baseline 以清理\n/);
  });

  it('lists at most ten and counts the rest', () => {
    const many = Array.from({ length: 13 }, (_, i) => ({ ...base.entries[0]!, fingerprint: String(i) }));
    const note = staleNote(many, 'b.json', 'en');
    expect(note.split('\n').filter((l) => l.startsWith('  - '))).toHaveLength(10);
    expect(note).toMatch(/ {2}… and 3 more\n$/);
  });
});
