/** retention-missing: personal information with no retention period declared (a warning by default). */
import { describe, expect, it } from 'vitest';
import { retentionMissing as rule } from '../../../src/check/rules/retention-missing.js';
import { ctx, expectSeverityConfigurable, keep, messages, only, P000, P001, P003, record, run } from '../helpers.js';

const noPeriod = record({ field: 'employer', item: 'education-work.employer', retention: null, retentionTrigger: null });

describe('retention-missing', () => {
  it('reports personal information with no period, even when the event is written', () => {
    expect(only(rule, noPeriod)).toMatchObject({ ruleId: 'retention-missing', severity: 'warning', item: 'education-work.employer', subject: { field: 'employer' } });
    expect(run(rule, [record({ retention: null, retentionTrigger: 'account-cancellation' })])).toHaveLength(1);
  });

  it('accepts any declared period, including forever, and ignores fields holding no personal information', () => {
    expect(run(rule, [record({ retention: keep('3个工作日') }), record({ retention: keep('永久') }), record({ retention: keep('P5Y'), retentionTrigger: null }), record({ item: null, retention: null })])).toEqual([]);
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
