import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseYamlSource } from '../../src/io/yaml.js';
import { parseWaivers, waiverSubject } from '../../src/suppress/waivers.js';
import { inputErrorOf } from '../helpers/input-error.js';

/** The loader is given the rule ids (the CLI passes the registry's). */
const KNOWN = ['cross-border-storage', 'retention-missing', 'sdk-undeclared-field', 'undeclared-category', 'undeclared-sdk', 'waiver-expired'];
const CWD = '/repo';

const parse = (text: string, file = 'policy/waivers.yaml') => parseWaivers(parseYamlSource(file, text), KNOWN, CWD);

function errorOf(text: string): InputError {
  return inputErrorOf(() => parse(text));
}

const GOOD = `# accepted for now
waivers:
  - rule: cross-border-storage
    file: ../inventory/crm.csv
    system: crm
    field: id_no
    reason: HK subsidiary; migration to cn-north-1 in Q2
    approver: DPO
    expires: 2026-06-30
    reference: DPIA-2026-014
  - rule: undeclared-sdk
    sdk: Umeng
    platform: Android
    reason: disclosure update pending
    approver: legal
    expires: 2026-03-31
`;

describe('parseWaivers', () => {
  it('reads every field, the entry line, and the folder relative file matchers start from', () => {
    const w = parse(GOOD);
    expect(w.file).toBe('policy/waivers.yaml');
    expect(w.dir).toBe('/repo/policy');
    expect(w.waivers).toHaveLength(2);
    expect(w.waivers[0]).toEqual({
      rule: 'cross-border-storage',
      match: { file: '../inventory/crm.csv', system: 'crm', field: 'id_no' },
      reason: 'HK subsidiary; migration to cn-north-1 in Q2',
      approver: 'DPO',
      expires: '2026-06-30',
      reference: 'DPIA-2026-014',
      where: { file: 'policy/waivers.yaml', line: 3, column: 5 },
    });
    expect(w.waivers[1]!.where.line).toBe(11);
    expect(w.waivers[1]!.reference).toBeNull();
    expect(waiverSubject(w.waivers[1]!)).toEqual({ system: null, table: null, field: null, sdk: 'Umeng', platform: 'Android', column: null });
  });

  it('accepts an empty list, and a list whose entries are all commented out', () => {
    expect(parse('waivers: []\n').waivers).toEqual([]);
    expect(parse('waivers:\n#  - rule: retention-missing\n').waivers).toEqual([]);
  });

  it.each([
    ['reason', 8],
    ['approver', 8],
    ['expires', 8],
  ])('refuses a waiver without %s, at the entry', (key) => {
    const text = GOOD.replace(new RegExp(`^    ${key}: .*\\n`, 'm'), '');
    const e = errorOf(text);
    expect(e.message).toBe(`'waivers[0]' has no '${key}'`);
    expect(e.where).toEqual({ file: 'policy/waivers.yaml', line: 3, column: 5 });
    expect(e.hint).toMatch(/reason, approver and expires/);
  });

  it('refuses an empty reason', () => {
    const e = errorOf(GOOD.replace('reason: disclosure update pending', "reason: '  '"));
    expect(e.message).toBe("'waivers[1].reason' must not be empty");
    expect(e.where).toMatchObject({ line: 14 });
  });

  it('suggests the nearest rule for an unknown one, at its line', () => {
    const e = errorOf(GOOD.replace('rule: undeclared-sdk', 'rule: undeclared-sdks'));
    expect(e.message).toBe("unknown rule 'undeclared-sdks'");
    expect(e.where).toEqual({ file: 'policy/waivers.yaml', line: 11, column: 11 });
    expect(e.hint).toMatch(/^did you mean 'undeclared-sdk'/);
  });

  it('quotes an unknown rule masked and bounded', () => {
    expect(errorOf(GOOD.replace('rule: undeclared-sdk', 'rule: "13812345678"')).message).toBe("unknown rule '138****5678'");
    expect(errorOf(GOOD.replace('rule: undeclared-sdk', `rule: ${' x'.repeat(400)}`)).message.length).toBeLessThan(60);
  });

  it('refuses a date that is not on the calendar, at its line', () => {
    const e = errorOf(GOOD.replace('expires: 2026-03-31', 'expires: 2026-02-30'));
    expect(e.message).toBe("expires: '2026-02-30' is not a calendar date");
    expect(e.where).toEqual({ file: 'policy/waivers.yaml', line: 16, column: 14 });
  });

  it('refuses a date not written YYYY-MM-DD', () => {
    const e = errorOf(GOOD.replace('expires: 2026-06-30', 'expires: 2026/6/30'));
    expect(e.message).toBe("'waivers[0].expires' must be a date written YYYY-MM-DD, e.g. 2027-03-31");
    expect(e.where).toMatchObject({ line: 9 });
  });

  it('suggests the matcher meant by a misspelt key', () => {
    const e = errorOf(GOOD.replace('    field: id_no', '    feild: id_no'));
    expect(e.message).toBe("unknown key 'feild' in 'waivers[0]'");
    expect(e.where).toEqual({ file: 'policy/waivers.yaml', line: 6, column: 5 });
    expect(e.hint).toBe("did you mean 'field', 'file'?");
  });

  it('refuses a waiver that names nothing to match', () => {
    const e = errorOf('waivers:\n  - rule: retention-missing\n    reason: r\n    approver: a\n    expires: 2026-01-01\n');
    expect(e.message).toMatch(/names nothing to match/);
    expect(e.where).toMatchObject({ line: 2 });
    expect(e.hint).toMatch(/rules: \{ retention-missing: off \}/);
  });

  it('refuses a waiver of waiver-expired itself', () => {
    const e = errorOf('waivers:\n  - rule: waiver-expired\n    file: w.yaml\n    reason: r\n    approver: a\n    expires: 2026-01-01\n');
    expect(e.message).toBe("a waiver cannot accept 'waiver-expired'");
  });

  it('refuses a file without a waivers list, and YAML syntax errors, with a location', () => {
    expect(errorOf('- rule: x\n').message).toBe("the waiver file must be object");
    const e = errorOf('waivers:\n  - rule: [retention-missing\n');
    expect(e.where).toMatchObject({ file: 'policy/waivers.yaml', line: expect.any(Number) });
  });
});
