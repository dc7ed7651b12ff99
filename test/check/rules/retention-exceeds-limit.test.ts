/** retention-exceeds-limit: kept past the pack's limit after an event (cancellation, service end, last login). */
import { describe, expect, it } from 'vitest';
import { retentionExceedsLimit as rule } from '../../../src/check/rules/retention-exceeds-limit.js';
import type { RetentionEvent } from '../../../src/policy/types.js';
import { ctx, expectSeverityConfigurable, keep, messages, only, P001, P002, P003, record, run } from '../helpers.js';

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

  it('says how long, the limit and its event, in both languages', () => {
    const { en, zh } = messages(rule, monthAfterCancellation);
    expect(en).toBe("field 'email' (email address) is kept 30 days, beyond the limit of 3 working days after account cancellation");
    expect(zh).toBe('字段「email」（电子邮件地址）的保存期限为30天，超过账号注销后3个工作日的期限');
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, monthAfterCancellation));
});
