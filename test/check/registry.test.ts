/**
 * The rule catalog: stable ids from SPEC's table, sorted and unique, every rule's meta complete in zh and
 * en, and the registry and the files in src/check/rules/ naming the same rules, both ways.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findRule, RULES } from '../../src/check/registry.js';
import type { PackClauseKey, Rule } from '../../src/check/types.js';
import { editDistance } from '../../src/text/suggest.js';

/** SPEC.md "Rule catalog": id → default severity. Ids are stable. */
const SPEC_RULES: Record<string, 'error' | 'warning' | 'info'> = {
  'undeclared-category': 'error',
  'category-mismatch': 'warning',
  'sensitive-unencrypted': 'error',
  'sensitive-unmasked': 'error',
  'credential-not-hashed': 'error',
  'cross-border-storage': 'error',
  'sensitive-consent-missing': 'error',
  'undeclared-recipient': 'error',
  'recipient-unmasked': 'error',
  'retention-missing': 'warning',
  'retention-below-minimum': 'error',
  'retention-exceeds-limit': 'error',
  'minor-consent-missing': 'error',
  'prohibited-marketing': 'error',
  'undeclared-sdk': 'error',
  'sdk-undeclared-field': 'error',
  'sdk-organization-mismatch': 'error',
  'sdk-not-present': 'info',
  'plaintext-sensitive-data': 'error',
  'pii-in-free-text': 'warning',
  'retention-expired': 'error',
  'unrecognized-value': 'error',
  'undeclared-column': 'error',
  'declaration-contradicted': 'error',
  'declared-column-missing': 'info',
  'request-reply-overdue': 'error',
  'cancellation-overdue': 'error',
  'marketing-after-opt-out': 'error',
  'termination-notice-short': 'error',
  'dormant-account': 'info',
};

/** Rules the project adds beyond SPEC's table (SPEC: "extra rules are yours to shape"), with their defaults. */
const EXTRA_RULES: Record<string, 'error' | 'warning' | 'info'> = {
  'waiver-expired': 'error',
};

/** The rules that read inventories (issue 2): all of them must be registered. */
const INVENTORY_RULES = [
  'undeclared-category', 'category-mismatch', 'sensitive-unencrypted', 'sensitive-unmasked', 'credential-not-hashed',
  'cross-border-storage', 'sensitive-consent-missing', 'undeclared-recipient', 'recipient-unmasked', 'retention-missing',
  'retention-below-minimum', 'retention-exceeds-limit', 'minor-consent-missing', 'prohibited-marketing',
];

const PACK_KEYS: PackClauseKey[] = [
  'collects', 'sensitive', 'storage', 'security.encryptionAtRest', 'security.masking', 'security.recipientMasking',
  'security.passwordProtection', 'consent.sensitive', 'consent.minors', 'recipients', 'recipients.sdks', 'retention', 'prohibited',
];

const CJK = /[\u4e00-\u9fff]/;
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the registry', () => {
  const ids = RULES.map((r) => r.meta.id);

  it('lists rules sorted by id, each once', () => {
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses SPEC's rule ids with SPEC's default severities; an extra rule is listed as one", () => {
    const known = { ...SPEC_RULES, ...EXTRA_RULES };
    for (const r of RULES) {
      expect(Object.keys(known), `${r.meta.id} is neither in SPEC's table nor an extra rule`).toContain(r.meta.id);
      expect(r.meta.defaultSeverity, r.meta.id).toBe(known[r.meta.id]);
    }
    // An extra id must not be a near miss of a SPEC id (a typo would silently rename a stable rule).
    for (const id of Object.keys(EXTRA_RULES)) expect(Object.keys(SPEC_RULES).filter((s) => editDistance(s, id) <= 3), id).toEqual([]);
  });

  it('registers every inventory rule, each applying to inventories', () => {
    for (const id of INVENTORY_RULES) {
      expect(ids).toContain(id);
      expect(findRule(id)!.meta.appliesTo).toContain('inventory');
    }
  });

  it('finds a rule by id and nothing for an unknown one', () => {
    expect(findRule('cross-border-storage')?.meta.id).toBe('cross-border-storage');
    expect(findRule('cross-border')).toBeUndefined();
  });
});

describe.each(RULES.map((r) => [r.meta.id, r] as const))('meta of %s', (id, rule) => {
  const { meta } = rule;

  it('describes the rule in both languages', () => {
    expect(meta.description.en.trim().length).toBeGreaterThan(10);
    expect(meta.description.zh).toMatch(CJK);
    expect(meta.appliesTo.length).toBeGreaterThan(0);
  });

  it('has messages in both languages with the same placeholders', () => {
    expect(meta.messages.en.trim()).not.toBe('');
    expect(meta.messages.zh).toMatch(CJK);
    expect(placeholders(meta.messages.zh)).toEqual(placeholders(meta.messages.en));
  });

  it('explains what it means, why, and how to fix a finding, in both languages', () => {
    expect(meta.explain.en.startsWith(`## ${id}`)).toBe(true);
    expect(meta.explain.zh.startsWith(`## ${id}`)).toBe(true);
    expect(meta.explain.en).toMatch(/\*\*What it means\.\*\*/);
    expect(meta.explain.en).toMatch(/\*\*How to fix\.\*\*\s+\S/);
    expect(meta.explain.zh).toMatch(/\*\*如何修复：\*\*\s*\S/);
  });

  it('shows the Chinese reader the examples the English one gets (no pointing at the English text)', () => {
    const fences = (text: string) => (text.match(/^```\w*$/gm) ?? []).join(' ');
    expect(fences(meta.explain.zh)).toBe(fences(meta.explain.en));
    expect(meta.explain.zh).not.toMatch(/英文示例|见英文/);
  });

  it('cites the law when no pack has a clause, and names a known pack key', () => {
    const { law, pack } = meta.clause;
    expect(law.policy).toMatch(/^(PIPL|GB\/T 35273-2020)$/);
    expect(law.section.trim()).not.toBe('');
    expect(law.quote).toMatch(CJK);
    if (pack !== undefined) expect(PACK_KEYS).toContain(pack);
  });
});

describe('the registry and src/check/rules/ name the same rules', () => {
  const dir = fileURLToPath(new URL('../../src/check/rules/', import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  /** `<id>.ts`: a rule; `<id>.<part>.ts` (e.g. `.scan.ts`): a part of that rule. */
  const ruleIds = files.filter((f) => !/\.\w+\.ts$/.test(f)).map((f) => f.slice(0, -'.ts'.length));
  const ids = RULES.map((r) => r.meta.id);

  it('registers the rule of every file in src/check/rules/', () => {
    expect(ruleIds.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('has a file for every registered rule, named by its id, that exports that very rule', async () => {
    expect(ids.filter((id) => !ruleIds.includes(id))).toEqual([]);
    for (const rule of RULES) {
      const exported = Object.values(await import(`../../src/check/rules/${rule.meta.id}.ts`));
      expect(exported, rule.meta.id).toContain(rule);
      const rules = exported.filter((v): v is Rule => typeof v === 'object' && v !== null && 'meta' in v && 'check' in v);
      expect(rules.map((r) => r.meta.id), `${rule.meta.id}.ts exports one rule`).toEqual([rule.meta.id]);
    }
  });

  it('gives every part of a rule (<id>.scan.ts) a registered rule', () => {
    const parts = files.filter((f) => /\.\w+\.ts$/.test(f));
    expect(parts.filter((f) => !ids.includes(f.replace(/\.\w+\.ts$/, '')))).toEqual([]);
  });
});
