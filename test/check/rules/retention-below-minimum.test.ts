/** retention-below-minimum: transaction records are kept at least 5 years from the transaction (000/002 annex). */
import { describe, expect, it } from 'vitest';
import { retentionBelowMinimum as rule } from '../../../src/check/rules/retention-below-minimum.js';
import type { RetentionEvent } from '../../../src/policy/types.js';
import { ctx, expectSeverityConfigurable, keep, messages, only, P000, P001, P002, P003, packWith, record, run } from '../helpers.js';

const kept = (period: string, from: RetentionEvent | null = 'transaction', item = 'property.transaction') =>
  record({ field: 'order_amount', item, retention: keep(period), retentionTrigger: from });
const threeYears = kept('3y');

describe('retention-below-minimum', () => {
  it.each(['3y', '4年', 'P4Y11M', '1800 days', '59个月', '半年'])('reports transaction records kept %s', (period) => {
    const f = only(rule, kept(period));
    expect(f).toMatchObject({ ruleId: 'retention-below-minimum', severity: 'error', item: 'property.transaction', subject: { field: 'order_amount' } });
  });

  it('measures a period counted from collection, or with no event written, as counted from the transaction', () => {
    expect(run(rule, [kept('3y', 'collection'), kept('3y', null)])).toHaveLength(2);
  });

  it.each(['5y', '5年', 'P5Y', '60个月', '10y', '永久'])('accepts transaction records kept %s', (period) => {
    expect(run(rule, [kept(period)])).toEqual([]);
  });

  it('leaves periods counted from another event, other items and undeclared periods alone', () => {
    expect(run(rule, [kept('3y', 'account-cancellation'), kept('1y', 'collection', 'basic.phone'), record({ item: 'property.transaction', retention: null })])).toEqual([]);
  });

  it('has nothing to compare under packs without a minimum', () => {
    for (const packs of [[P001], [P003]]) expect(run(rule, [threeYears], ctx({ packs }))).toEqual([]);
  });

  it('says how long, the minimum and its event, in both languages', () => {
    const { en, zh } = messages(rule, threeYears);
    expect(en).toBe("field 'order_amount' (transaction and consumption records) is kept 3 years, less than the minimum of 5 years from the transaction");
    expect(zh).toBe('字段「order_amount」（交易和消费记录）的保存期限为3年，少于自交易起至少5年的要求');
  });

  it('cites the annex of the pack that sets the minimum', () => {
    expect(only(rule, threeYears).clause).toMatchObject({ policy: P002, section: 'Attachment' });
    expect(only(rule, threeYears, ctx({ packs: [P003, P000] })).clause).toMatchObject({ policy: P000, section: '附件' });
  });

  describe('network logs: at least 6 months under the Cybersecurity Law Art. 21(3), whatever the pack', () => {
    const logs = (period: string, from: RetentionEvent | null = 'collection') =>
      record({ field: 'login_log', item: 'internet-records.logs', retention: keep(period), retentionTrigger: from });

    it.each(['30天', '3个月', '90d', 'P5M'])('reports logs kept %s, citing the law', (period) => {
      for (const packs of [[P002], [P001], [P003]]) {
        expect(only(rule, logs(period), ctx({ packs }))).toMatchObject({ item: 'internet-records.logs', clause: { policy: 'Cybersecurity Law', section: 'Art. 21(3)' } });
      }
    });

    it.each(['6个月', '六个月', '1y', '永久', 'P6M'])('accepts logs kept %s', (period) => {
      expect(run(rule, [logs(period), logs(period, null)])).toEqual([]);
    });

    it('leaves a period counted from another event alone', () => {
      expect(run(rule, [logs('30d', 'account-cancellation')])).toEqual([]);
    });

    it('says the minimum and its event', () => {
      expect(messages(rule, logs('30d')).en).toBe("field 'login_log' (log information) is kept 30 days, less than the minimum of 6 months from collection");
    });
  });

  describe('fields declared by a category alone', () => {
    const byCategory = (category: string, period: string, from: RetentionEvent | null = 'collection') =>
      record({ field: 'records', item: null, categoryRaw: category, declaredCategory: category, nameItem: null, retention: keep(period), retentionTrigger: from });

    it('are compared with the minimums that cover the whole category', () => {
      const everyProperty = packWith(P002, (p) => ({
        retention: [...p.retention, { id: 'property-records', kind: 'minimum', period: '3y', from: 'collection', categories: ['property'], cite: { doc: 'test.md', section: 'property', quote: 'three years' } }],
      }));
      expect(only(rule, byCategory('property', '1y'), ctx({ packs: [everyProperty] }))).toMatchObject({ item: null, subject: { field: 'records' }, clause: { section: 'property' } });
    });

    it('are not bound by a minimum for one item of the category (transaction records, network logs)', () => {
      expect(run(rule, [byCategory('property', '1y'), byCategory('internet-records', '30d')])).toEqual([]);
    });
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, threeYears));
});
