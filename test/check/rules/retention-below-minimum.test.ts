/** retention-below-minimum: transaction records are kept at least 5 years from the transaction (000/002 annex). */
import { describe, expect, it } from 'vitest';
import { retentionBelowMinimum as rule } from '../../../src/check/rules/retention-below-minimum.js';
import type { RetentionEvent } from '../../../src/policy/types.js';
import { ctx, expectSeverityConfigurable, keep, messages, only, P000, P001, P002, P003, record, run } from '../helpers.js';

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

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, threeYears));
});
