import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/policy/load.js';
import { Policy } from '../../src/policy/policy.js';
import type { Pack } from '../../src/policy/types.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';

const tx = loadTaxonomy();
const pack = loadPack('jdcloud-privacy-2020-07');

/** What the per-item questions answer, worked out from the pack without the Policy's caches. */
function uncached(p: Pack, item: string) {
  const category = item.split('.')[0]!;
  const selects = (s: { items?: string[]; categories?: string[] }) => (!s.items && !s.categories) || !!s.items?.includes(item) || !!s.categories?.includes(category);
  const clause = (cite: { section: string; quote: string }) => ({ policy: p.id, section: cite.section, quote: cite.quote });
  const first = (list: { cite: { section: string; quote: string }; items?: string[]; categories?: string[] }[]) => {
    const hit = list.find(selects);
    return hit ? clause(hit.cite) : null;
  };
  return {
    collects: first(p.collects),
    sensitive: first(p.sensitive),
    retention: p.retention.filter(selects).map((rule) => ({ rule, clause: clause(rule.cite) })),
    prohibitions: p.prohibited.filter(selects).map((r) => ({ purpose: r.purpose, clause: clause(r.cite) })),
  };
}

describe('Policy per-item answers', () => {
  const items = [...tx.items.keys()];

  it('are what the pack says, for every taxonomy item, asked twice', () => {
    const policy = new Policy([pack], tx);
    for (const round of [1, 2]) {
      for (const item of items) {
        const want = uncached(pack, item);
        expect(policy.collects(item), `${item} (round ${round})`).toEqual(want.collects);
        expect(policy.sensitive(item), item).toEqual(want.sensitive);
        expect(policy.retentionRules(item), item).toEqual(want.retention);
        expect(policy.prohibitions(item), item).toEqual(want.prohibitions);
      }
    }
    expect(items.some((i) => policy.retentionRules(i).length > 0)).toBe(true);
    expect(items.some((i) => policy.collects(i) === null)).toBe(true);
  });

  it('are computed once and shared, frozen so that no caller can change them for the others', () => {
    const policy = new Policy([pack], tx);
    const item = items.find((i) => policy.retentionRules(i).length > 0)!;
    const rules = policy.retentionRules(item);
    expect(policy.retentionRules(item)).toBe(rules);
    expect(() => rules.push(rules[0]!)).toThrow(TypeError);
    expect(() => Object.assign(rules[0]!.clause, { section: 'x' })).toThrow(TypeError);
    const collected = items.find((i) => policy.collects(i))!;
    expect(policy.collects(collected)).toBe(policy.collects(collected));
    expect(Object.isFrozen(policy.collects(collected))).toBe(true);
  });

  it('leave the pack statements themselves alone', () => {
    const policy = new Policy([pack], tx);
    for (const item of items) policy.retentionRules(item);
    expect(Object.isFrozen(pack.retention[0])).toBe(false);
  });

  it('are kept per Policy: another set of packs answers for itself', () => {
    const a = new Policy([pack], tx);
    const none = new Policy([{ ...pack, collects: [] }], tx);
    const item = items.find((i) => a.collects(i))!;
    expect(a.collects(item)).not.toBeNull();
    expect(none.collects(item)).toBeNull();
  });

  it('selects() answers per selector and item', () => {
    const policy = new Policy([pack], tx);
    const sel = { items: ['device.imei'] };
    expect(policy.selects(sel, 'device.imei')).toBe(true);
    expect(policy.selects(sel, 'device.mac')).toBe(false);
    expect(policy.selects({ categories: ['device'] }, 'device.mac')).toBe(true);
    expect(policy.selects({}, 'basic.name')).toBe(true);
  });
});
