/** The engine: clauses (pack first, law otherwise), messages, configured severities, kinds, order and fingerprints. */
import { describe, expect, it } from 'vitest';
import { interpolate, resolveClause, runRules } from '../../src/check/engine.js';
import { RULES } from '../../src/check/registry.js';
import type { LoadedFile, RawFinding, Rule, RuleMeta } from '../../src/check/types.js';
import type { SdkFile } from '../../src/load/types.js';
import { Policy } from '../../src/policy/policy.js';
import { ctx, inventory, P000, P001, P002, P003, packWith, record, taxonomy } from './helpers.js';

const LAW = { policy: 'PIPL', section: 'Art. 51', quote: '采取相应的加密、去标识化等安全技术措施' };

function meta(over: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id: 'test-rule',
    defaultSeverity: 'error',
    appliesTo: ['inventory'],
    description: { en: 'A rule for tests.', zh: '测试规则。' },
    messages: { en: "field '{field}' ({itemName}) under {policy}: {state}", zh: '字段「{field}」（{itemName}），{policy}：{state}' },
    clause: { pack: 'security.encryptionAtRest', law: LAW },
    explain: { en: '## test-rule', zh: '## test-rule' },
    ...over,
  };
}

/** A rule that reports what it is told to, for every record of an inventory. */
function fakeRule(over: Partial<RuleMeta> = {}, extra: (line: number) => Partial<RawFinding> = () => ({})): Rule {
  return {
    meta: meta(over),
    check: (file) =>
      file.kind !== 'inventory'
        ? []
        : file.records.map((r) => ({ line: r.loc.line, subject: { system: r.system, table: r.table, field: r.field }, item: r.item, args: { field: r.field, state: { en: 'in clear', zh: '明文' } }, ...extra(r.loc.line) })),
  };
}

const policyOf = (...ids: string[]) => ctx({ packs: ids }).policy;

describe('resolveClause', () => {
  it("cites the pack's section when the pack has one", () => {
    expect(resolveClause(meta(), policyOf(P002))).toMatchObject({ policy: P002, section: '6.1.1' });
  });

  it('cites the law when no loaded pack has the clause (SPEC decision 5)', () => {
    // Jingkefu (003) promises masking but says nothing about encryption at rest.
    expect(resolveClause(meta(), policyOf(P003))).toEqual(LAW);
    expect(resolveClause(meta({ clause: { law: LAW } }), policyOf(P002))).toEqual(LAW);
  });

  it('takes the first pack in --policy order that has the clause', () => {
    const password = meta({ clause: { pack: 'security.passwordProtection', law: LAW } });
    expect(resolveClause(password, policyOf(P002))).toEqual(LAW);
    expect(resolveClause(password, policyOf(P002, P001))).toMatchObject({ policy: P001, section: '6.6' });
    expect(resolveClause(meta(), policyOf(P000, P002))).toMatchObject({ policy: P000, section: '6.1.1' });
    expect(resolveClause(meta(), policyOf(P002, P000))).toMatchObject({ policy: P002, section: '6.1.1' });
  });

  it('resolves each pack key of the bundled default pack to a cited section', () => {
    const keys = ['collects', 'sensitive', 'storage', 'security.masking', 'security.recipientMasking', 'consent.minors', 'recipients', 'recipients.sdks', 'retention', 'prohibited'] as const;
    const p = policyOf(P002);
    for (const key of keys) {
      const c = resolveClause(meta({ clause: { pack: key, law: LAW } }), p);
      expect(c.policy, key).toBe(P002);
      expect(c.quote.length, key).toBeGreaterThan(10);
    }
  });
});

describe('interpolate', () => {
  it('fills placeholders, picking localized arguments in the language', () => {
    const args = { field: 'mobile', n: 3, state: { en: 'in clear', zh: '明文' } };
    expect(interpolate('{field} x{n}: {state}', args, 'en')).toBe('mobile x3: in clear');
    expect(interpolate('{field} x{n}: {state}', args, 'zh')).toBe('mobile x3: 明文');
  });

  it('fills placeholders inside a localized argument once, and leaves unknown ones visible', () => {
    const args = { algorithm: 'AES', state: { en: 'encrypted ({algorithm})', zh: '加密（{algorithm}）' } };
    expect(interpolate('is {state}', args, 'en')).toBe('is encrypted (AES)');
    expect(interpolate('{missing}', args, 'en')).toBe('{missing}');
  });
});

describe('runRules', () => {
  const rows = [record({ line: 9, field: 'b' }), record({ line: 3, field: 'a' })];

  it('turns raw findings into reported ones: severity, filled message, clause, full subject, count and rows', () => {
    const [f] = runRules([inventory([record({ line: 4, field: 'mobile', item: 'basic.phone' })])], [fakeRule()], ctx());
    expect(f).toMatchObject({
      ruleId: 'test-rule',
      severity: 'error',
      message: "field 'mobile' (phone number) under jdcloud-privacy-2020-07: in clear",
      file: 'inventory.csv',
      line: 4,
      subject: { system: 'crm', table: 'users', field: 'mobile', sdk: null, platform: null, column: null },
      item: 'basic.phone',
      clause: { policy: P002, section: '6.1.1' },
      evidence: null,
      count: 1,
      rows: [4],
    });
    expect(f!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });

  it('writes the message in the context language, with the item named in it', () => {
    const [f] = runRules([inventory([record({ field: 'mobile', item: 'basic.phone' })])], [fakeRule()], ctx({ lang: 'zh' }));
    expect(f!.message).toBe('字段「mobile」（个人电话号码），jdcloud-privacy-2020-07：明文');
  });

  it('names every loaded pack in {policy}', () => {
    const [f] = runRules([inventory([record()])], [fakeRule()], ctx({ packs: [P002, P001] }));
    expect(f!.message).toContain('jdcloud-privacy-2020-07 + jdcloud-terms-2020-03');
  });

  it("keeps a raw finding's own clause over the rule's", () => {
    const own = { policy: P002, section: '7.5(3)', quote: 'so we will not provide any of your personal information for any advertiser' };
    const [f] = runRules([inventory([record()])], [fakeRule({}, () => ({ clause: own }))], ctx());
    expect(f!.clause).toEqual(own);
  });

  it("applies the config's severity, and skips a rule turned off", () => {
    expect(runRules([inventory(rows)], [fakeRule()], ctx({ rules: { 'test-rule': 'info' } })).map((f) => f.severity)).toEqual(['info', 'info']);
    expect(runRules([inventory(rows)], [fakeRule()], ctx({ rules: { 'test-rule': 'off' } }))).toEqual([]);
    expect(runRules([inventory(rows)], [fakeRule({ defaultSeverity: 'warning' })], ctx()).map((f) => f.severity)).toEqual(['warning', 'warning']);
  });

  it('gives a rule only the kinds of input it applies to', () => {
    const seen: string[] = [];
    const spy: Rule = { meta: meta({ appliesTo: ['sdk'] }), check: (file) => (seen.push(file.kind), []) };
    const sdk: SdkFile = { kind: 'sdk', file: 'sdks.csv', headerLine: 1, records: [] };
    runRules([inventory(rows), sdk] as LoadedFile[], [spy], ctx());
    expect(seen).toEqual(['sdk']);
  });

  it('sorts by file, line, then rule id, whatever order the rules and files come in', () => {
    const a = fakeRule({ id: 'a-rule' });
    const z = fakeRule({ id: 'z-rule' });
    const files = [inventory(rows, 'z.csv'), inventory(rows, 'a.csv')];
    const order = runRules(files, [z, a], ctx()).map((f) => `${f.file}:${f.line} ${f.ruleId}`);
    expect(order).toEqual(['a.csv:3 a-rule', 'a.csv:3 z-rule', 'a.csv:9 a-rule', 'a.csv:9 z-rule', 'z.csv:3 a-rule', 'z.csv:3 z-rule', 'z.csv:9 a-rule', 'z.csv:9 z-rule']);
    expect(runRules([...files].reverse(), [a, z], ctx())).toEqual(runRules(files, [z, a], ctx()));
  });

  it('gives the same fingerprint for the same subject on another line, and numbers repeats apart', () => {
    const once = runRules([inventory([record({ line: 2, field: 'mobile' })])], [fakeRule()], ctx());
    const moved = runRules([inventory([record({ line: 40, field: 'mobile' })])], [fakeRule()], ctx());
    expect(moved[0]!.fingerprint).toBe(once[0]!.fingerprint);
    const twice = runRules([inventory([record({ line: 2, field: 'mobile' }), record({ line: 5, field: 'mobile' })])], [fakeRule()], ctx());
    expect(twice.map((f) => f.fingerprint)).toEqual([once[0]!.fingerprint, `${once[0]!.fingerprint}-1`]);
    const other = runRules([inventory([record({ line: 2, field: 'email' })])], [fakeRule()], ctx());
    expect(other[0]!.fingerprint).not.toBe(once[0]!.fingerprint);
  });

  it("puts a finding's key in its fingerprint: one subject's findings keep theirs whichever others come or go", () => {
    const keyed = (...keys: string[]): Rule => ({
      meta: meta(),
      check: (file) => (file.kind !== 'inventory' ? [] : keys.map((key) => ({ line: 2, subject: { field: 'mobile' }, item: null, key, args: { field: 'mobile', state: key } }))),
    });
    const [late] = runRules([inventory([record()])], [keyed('late')], ctx());
    // `early` sorts first: numbered by order, it would take `late`'s fingerprint and push `late` to `-1`.
    const both = runRules([inventory([record()])], [keyed('early', 'late')], ctx());
    expect(both.map((f) => f.message.split(': ').at(-1))).toEqual(['early', 'late']);
    expect(both[1]!.fingerprint).toBe(late!.fingerprint);
    expect(both[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(both[0]!.fingerprint).not.toBe(late!.fingerprint);
  });

  it('gives nothing for a well-declared field under any bundled pack, with every registered rule', () => {
    for (const packs of [[P002], [P000], [P001], [P003], [P002, P000, P001, P003]]) {
      expect(runRules([inventory([record()])], RULES, ctx({ packs })), packs.join('+')).toEqual([]);
    }
  });

  it('works with a custom pack object as well as bundled ones', () => {
    const custom = packWith(P002, (p) => ({ id: 'acme-privacy', security: { ...p.security, encryptionAtRest: { doc: 'acme.md', section: '4', quote: 'All personal data is encrypted at rest with AES-256.' } } }));
    const [f] = runRules([inventory([record()])], [fakeRule()], { ...ctx(), policy: new Policy([custom], taxonomy) });
    expect(f!.clause).toEqual({ policy: 'acme-privacy', section: '4', quote: 'All personal data is encrypted at rest with AES-256.' });
  });
});
