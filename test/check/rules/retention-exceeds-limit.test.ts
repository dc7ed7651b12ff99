/** retention-exceeds-limit: kept past the pack's limit after an event (cancellation, service end, last login). */
import { describe, expect, it } from 'vitest';
import { retentionExceedsLimit as rule } from '../../../src/check/rules/retention-exceeds-limit.js';
import { parseRetention } from '../../../src/normalize/retention.js';
import type { RetentionEvent } from '../../../src/policy/types.js';
import { ctx, expectSeverityConfigurable, keep, messages, only, P001, P002, P003, packWith, record, run } from '../helpers.js';

const kept = (period: string, from: RetentionEvent, item = 'basic.email', field = 'email') => record({ field, item, retention: keep(period), retentionTrigger: from });
const monthAfterCancellation = kept('30d', 'account-cancellation');
const terms = ctx({ packs: [P001] });

describe('retention-exceeds-limit', () => {
  it.each(['30d', '1 week', '5天', '4个工作日', '1个月', 'P1Y'])('reports %s after account cancellation, past 002’s 3 working days', (period) => {
    const f = only(rule, kept(period, 'account-cancellation'));
    expect(f).toMatchObject({ ruleId: 'retention-exceeds-limit', severity: 'error', item: 'basic.email', clause: { policy: P002, section: '6.2.2' } });
  });

  it.each(['3个工作日', '3 working days', '2 working days', '1d'])('accepts %s after account cancellation', (period) => {
    expect(run(rule, [kept(period, 'account-cancellation')])).toEqual([]);
  });

  it('reports keeping forever against every limit, whatever the event (both 002 maximums)', () => {
    const found = run(rule, [kept('永久', 'collection')]);
    expect(found.map((f) => f.clause.section).sort()).toEqual(['6.2.2', '6.2.3']);
  });

  it("keys each limit's finding by its rule, so one keeps its fingerprint when the row breaks the other limit too", () => {
    const fingerprints = (period: string, from: RetentionEvent) => Object.fromEntries(run(rule, [kept(period, from)]).map((f) => [f.clause.section, f.fingerprint]));
    const both = fingerprints('永久', 'collection');
    expect(fingerprints('30d', 'account-cancellation')).toEqual({ '6.2.2': both['6.2.2'] });
    expect(both['6.2.3']).not.toBe(both['6.2.2']);
  });

  it('leaves periods counted from an event no limit speaks of alone', () => {
    // 002's limits count from account cancellation and the end of operations; 2 years from collection is another clock.
    expect(run(rule, [kept('2y', 'collection'), kept('5y', 'transaction', 'property.transaction'), record({ retention: null })])).toEqual([]);
  });

  it('applies the terms (001): 7 days after service termination for cloud-stored contacts, 12 months after the last login for a login name', () => {
    const contacts = kept('15天', 'service-termination', 'contacts.address-book', '通讯录');
    const loginName = kept('24个月', 'last-login', 'network-identity.account', '用户名');
    expect(run(rule, [contacts], terms).map((f) => f.clause)).toMatchObject([{ policy: P001, section: '3.8.3' }]);
    expect(run(rule, [loginName], terms).map((f) => f.clause)).toMatchObject([{ policy: P001, section: '2.3.2(1)' }]);
    // At the limit, and for items the 7-day rule does not cover, nothing.
    expect(run(rule, [kept('7天', 'service-termination', 'contacts.address-book'), kept('12个月', 'last-login', 'network-identity.account'), kept('15天', 'service-termination', 'basic.name')], terms)).toEqual([]);
  });

  it('applies Jingkefu (003): deletion at account cancellation, no grace period', () => {
    expect(only(rule, kept('1d', 'account-cancellation'), ctx({ packs: [P003] })).clause).toMatchObject({ policy: P003, section: '四(二)2' });
    expect(run(rule, [kept('0d', 'account-cancellation')], ctx({ packs: [P003] }))).toEqual([]);
  });

  describe('records the pack or the law requires kept (SPEC decision 14)', () => {
    const transactions = (period: string, from: RetentionEvent) => kept(period, from, 'property.transaction', 'order_amount');
    const logs = (period: string, from: RetentionEvent) => kept(period, from, 'internet-records.logs', 'login_log');

    it('keeps transaction records (002 Attachment: at least 5 years) out of the deletion after account cancellation', () => {
      expect(run(rule, [transactions('5y', 'account-cancellation'), transactions('1y', 'account-cancellation'), transactions('30d', 'account-cancellation')])).toEqual([]);
    });

    it('keeps network logs (Cybersecurity Law Art. 21: at least 6 months) out of it under every pack', () => {
      for (const packs of [[P002], [P003], [P001, P003]]) expect(run(rule, [logs('1y', 'account-cancellation')], ctx({ packs }))).toEqual([]);
    });

    it('still holds them to the deletion at the end of operations when kept forever (only §6.2.3, not §6.2.2)', () => {
      expect(run(rule, [transactions('永久', 'transaction')]).map((f) => f.clause.section)).toEqual(['6.2.3']);
      expect(run(rule, [logs('永久', 'collection')]).map((f) => f.clause.section)).toEqual(['6.2.3']);
    });

    it('exempts only items under a minimum of a loaded pack: 003 alone sets none for transaction records', () => {
      expect(only(rule, transactions('1y', 'account-cancellation'), ctx({ packs: [P003] })).clause).toMatchObject({ policy: P003, section: '四(二)2' });
      // Packs combine: 002's minimum governs the item under 003's promise too.
      expect(run(rule, [transactions('1y', 'account-cancellation')], ctx({ packs: [P003, P002] }))).toEqual([]);
    });

    it('still applies a maximum that names the item itself', () => {
      const capped = packWith(P002, (p) => ({
        retention: [...p.retention, { id: 'transaction-cap', kind: 'maximum', period: '10y', from: 'account-cancellation', items: ['property.transaction'], cite: { doc: 'test.md', section: 'cap', quote: 'at most ten years' } }],
      }));
      expect(run(rule, [transactions('20y', 'account-cancellation')], ctx({ packs: [capped] })).map((f) => f.clause.section)).toEqual(['cap']);
      expect(run(rule, [transactions('8y', 'account-cancellation')], ctx({ packs: [capped] }))).toEqual([]);
    });
  });

  describe('fields declared by a category alone', () => {
    const byCategory = (category: string, period: string, from: RetentionEvent, field = '证件信息') =>
      record({ field, item: null, categoryRaw: category, declaredCategory: category, nameItem: null, retention: keep(period), retentionTrigger: from });

    it('are held to the limits that cover the whole category, like item rows', () => {
      const f = only(rule, byCategory('identity', '30d', 'account-cancellation'));
      expect(f).toMatchObject({ ruleId: 'retention-exceeds-limit', item: null, subject: { field: '证件信息' }, clause: { policy: P002, section: '6.2.2' } });
      expect(f.message).toBe("field '证件信息' (identity) is kept 30 days, beyond the limit of 3 working days after account cancellation");
      expect(run(rule, [byCategory('internet-records', '永久', 'collection', '上网记录')]).map((f) => f.clause.section).sort()).toEqual(['6.2.2', '6.2.3']);
      expect(run(rule, [byCategory('identity', '3个工作日', 'account-cancellation')])).toEqual([]);
    });

    it('only yield to a minimum that covers every item of the category', () => {
      // Transaction records are one item of property; the rest of the category is deleted on cancellation.
      expect(run(rule, [byCategory('property', '1y', 'account-cancellation', '财产信息')]).map((f) => f.clause.section)).toEqual(['6.2.2']);
    });

    it('leave a limit naming only some items of the category alone (001 §3.8.3 covers cloud-stored contacts and SMS)', () => {
      expect(run(rule, [byCategory('communication', '15天', 'service-termination', '通信记录')], terms)).toEqual([]);
    });
  });

  it('does not judge a row whose period or event could not be read (SPEC decision 12)', () => {
    const unread = (key: string) => ({ ...monthAfterCancellation, unread: [{ key, column: key, loc: monthAfterCancellation.loc, raw: '???', near: [] }] });
    expect(run(rule, [unread('retention'), unread('retention_trigger')])).toEqual([]);
    expect(run(rule, [unread('masked')])).toHaveLength(1);
  });

  it('says how long, the limit and its event, in both languages', () => {
    const { en, zh } = messages(rule, monthAfterCancellation);
    expect(en).toBe("field 'email' (email address) is kept 30 days, beyond the limit of 3 working days after account cancellation");
    expect(zh).toBe('字段「email」（电子邮件地址）的保存期限为30天，超过注销账户后3个工作日的期限');
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, monthAfterCancellation));
});

describe('retention-exceeds-limit on a bounded period', () => {
  const declared = (cell: string) => {
    const reading = parseRetention(cell)!;
    return record({ item: 'basic.phone', retention: reading.period, retentionTrigger: reading.trigger });
  };

  it('an "at least" period on the limit\'s clock breaks the limit whatever its length; "at most" compares as exact', () => {
    expect(run(rule, [declared('注销后不少于1天')])).toHaveLength(1);
    expect(run(rule, [declared('注销后3个工作日内删除')])).toEqual([]);
    expect(run(rule, [declared('注销后30天内删除')])).toHaveLength(1);
  });
});
