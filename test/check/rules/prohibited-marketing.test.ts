/** prohibited-marketing: no marketing or profiling on religious belief, sex or disease (JD Cloud §7.5(4)). */
import { describe, expect, it } from 'vitest';
import { prohibitedMarketing as rule } from '../../../src/check/rules/prohibited-marketing.js';
import { ctx, expectSeverityConfigurable, messages, only, P000, P001, P002, P003, record, run } from '../helpers.js';

const usedFor = (item: string, purpose: string | null, field = item.split('.')[1]!) => record({ field, item, purpose });
const genderTargeting = usedFor('basic.sex', '精准营销', 'gender');

describe('prohibited-marketing', () => {
  it.each([
    ['basic.sex', '精准营销'],
    ['basic.sex', 'Targeted advertising'],
    ['other.religion', '用户画像'],
    ['health.condition', 'personalised recommendation'],
    ['health.medication', '促销短信推送'],
  ])('reports %s used for "%s"', (item, purpose) => {
    const f = only(rule, usedFor(item, purpose));
    expect(f).toMatchObject({ ruleId: 'prohibited-marketing', severity: 'error', item });
  });

  it('accepts the same information used for purposes that are not marketing', () => {
    expect(run(rule, [usedFor('basic.sex', 'order delivery'), usedFor('health.allergy', '售后客服'), usedFor('other.religion', null)])).toEqual([]);
  });

  it('accepts marketing on information the pack does not bar', () => {
    expect(run(rule, [usedFor('device.model', 'marketing'), usedFor('location.region', '区域营销推广'), record({ item: null, purpose: '广告' })])).toEqual([]);
  });

  it('has nothing to say under packs that prohibit no purpose', () => {
    for (const packs of [[P001], [P003]]) expect(run(rule, [genderTargeting], ctx({ packs }))).toEqual([]);
  });

  it('quotes the purpose as written, in both languages', () => {
    const { en, zh } = messages(rule, genderTargeting);
    expect(en).toBe("field 'gender' (sex) is used for '精准营销', a purpose the policy prohibits for this information");
    expect(zh).toBe('字段「gender」（性别）用于「精准营销」，政策禁止将此类信息用于该目的');
  });

  it("cites the prohibiting pack's clause, §7.5(4) of 002 or 000", () => {
    expect(only(rule, genderTargeting).clause).toMatchObject({ policy: P002, section: '7.5(4)' });
    expect(only(rule, genderTargeting, ctx({ packs: [P003, P000] })).clause).toMatchObject({ policy: P000, section: '7.5(4)' });
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, genderTargeting));
});
