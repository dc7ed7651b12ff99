/** retention.ts: which rules govern an item's retention (SPEC decision 14), shared by the inventory rules and the scan. */
import { describe, expect, it } from 'vitest';
import { LAW_MINIMUMS, ruleDuration, underMinimum, yieldsToMinimum } from '../../src/check/retention.js';
import { ctx, P001, P003 } from './helpers.js';

const policy = (packs?: string[]) => ctx({ packs }).policy;
const rule = (packs: string[], id: string) => policy(packs.length ? packs : undefined).allRetentionRules().find((r) => r.rule.id === id)!.rule;

describe('retention rules that govern an item', () => {
  it('knows the items kept under a minimum: the pack’s transaction records, the law’s network logs', () => {
    expect(underMinimum('property.transaction', policy())).toBe(true);
    expect(underMinimum('property.transaction', policy([P003]))).toBe(false);
    for (const packs of [undefined, [P001], [P003]]) expect(underMinimum('internet-records.logs', policy(packs))).toBe(true);
    expect(underMinimum('basic.email', policy())).toBe(false);
  });

  it('lets only the general promise to delete on account cancellation give way', () => {
    const p = policy();
    expect(yieldsToMinimum(rule([], 'delete-after-account-cancellation'), 'property.transaction', p)).toBe(true);
    expect(yieldsToMinimum(rule([], 'delete-after-account-cancellation'), 'basic.email', p)).toBe(false);
    expect(yieldsToMinimum(rule([], 'delete-after-operations-end'), 'property.transaction', p)).toBe(false);
    expect(yieldsToMinimum(rule([P003], 'account-cancellation-delete'), 'internet-records.logs', policy([P003]))).toBe(true);
    // A limit naming its items (001's login name after 12 months) never gives way.
    expect(yieldsToMinimum(rule([P001], 'dormant-login-name'), 'network-identity.account', policy([P001]))).toBe(false);
  });

  it('cites the Cybersecurity Law for network logs: six months', () => {
    const [logs] = LAW_MINIMUMS;
    expect(logs!.clause).toMatchObject({ policy: 'Cybersecurity Law', section: 'Art. 21(3)' });
    expect(logs!.clause.quote).toContain('留存相关的网络日志不少于六个月');
    expect(ruleDuration(logs!.rule)).toMatchObject({ amount: 6, unit: 'months' });
  });
});
