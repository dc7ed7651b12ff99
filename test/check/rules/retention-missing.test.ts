/** retention-missing: personal information with no retention period declared (a warning by default). */
import { describe, expect, it } from 'vitest';
import { retentionMissing as rule } from '../../../src/check/rules/retention-missing.js';
import { ctx, expectSeverityConfigurable, keep, messages, only, P000, P001, P003, record, run, unknownItem } from '../helpers.js';

const noPeriod = record({ field: 'employer', item: 'education-work.employer', retention: null, retentionTrigger: null });

describe('retention-missing', () => {
  it('reports personal information with no period, even when the event is written', () => {
    expect(only(rule, noPeriod)).toMatchObject({ ruleId: 'retention-missing', severity: 'warning', item: 'education-work.employer', subject: { field: 'employer' } });
    expect(run(rule, [record({ retention: null, retentionTrigger: 'account-cancellation' })])).toHaveLength(1);
  });

  it('accepts any declared period, including forever, and ignores fields holding no personal information', () => {
    expect(run(rule, [record({ retention: keep('3个工作日') }), record({ retention: keep('永久') }), record({ retention: keep('P5Y'), retentionTrigger: null }), record({ item: null, retention: null })])).toEqual([]);
  });

  it('reports a field declared by its category alone, as the category (identity, 个人上网记录)', () => {
    const byCategory = (category: string, field: string) => record({ field, item: null, categoryRaw: category, declaredCategory: category, nameItem: null, retention: null, retentionTrigger: null });
    expect(only(rule, byCategory('identity', '证件信息'))).toMatchObject({ item: null, subject: { field: '证件信息' } });
    const { en, zh } = messages(rule, byCategory('internet-records', '上网记录'));
    expect(en).toBe("field '上网记录' (internet records) has no retention period");
    expect(zh).toBe('字段「上网记录」（个人上网记录）未声明保存期限');
    // With a period, nothing.
    expect(run(rule, [{ ...byCategory('identity', '证件信息'), retention: keep('5y') }])).toEqual([]);
  });

  it('reports a field of unknown item that holds personal information: category unreadable, or marked sensitive (SPEC decision 12)', () => {
    for (const how of ['unread', 'sensitive'] as const) {
      const f = only(rule, unknownItem(how, { retention: null, retentionTrigger: null }));
      expect(f, how).toMatchObject({ item: null, subject: { field: 'x' }, message: "field 'x' (unclassified) has no retention period" });
    }
  });

  it('leaves a period that could not be read to unrecognized-value (SPEC decision 12)', () => {
    const unread = { ...noPeriod, unread: [{ key: 'retention', column: '保存期限', loc: noPeriod.loc, raw: '看情况', near: [] }] };
    expect(run(rule, [unread])).toEqual([]);
    expect(run(rule, [{ ...noPeriod, unread: [{ ...unread.unread[0]!, key: 'masked' }] }])).toHaveLength(1);
  });

  it('names the field and item in both languages', () => {
    const { en, zh } = messages(rule, noPeriod);
    expect(en).toBe("field 'employer' (employer) has no retention period");
    expect(zh).toBe('字段「employer」（工作单位）未声明保存期限');
  });

  it('cites PIPL Art. 19 under every pack: no pack clause is about a missing period', () => {
    for (const packs of [undefined, [P000], [P001], [P003]]) {
      expect(only(rule, noPeriod, ctx({ packs })).clause).toMatchObject({ policy: 'PIPL', section: 'Art. 19' });
    }
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, noPeriod));
});
