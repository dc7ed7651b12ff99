/** cross-border-storage: PI stored outside mainland China (Hong Kong, Macao, Taiwan included) without separate consent. */
import { describe, expect, it } from 'vitest';
import { crossBorderStorage as rule } from '../../../src/check/rules/cross-border-storage.js';
import { consent, ctx, expectSeverityConfigurable, messages, only, P001, P003, record, region, run, unknownItem } from '../helpers.js';

const storedIn = (where: string, agreed = 'explicit') => record({ field: 'mobile', item: 'basic.phone', region: region(where), consent: consent(agreed) });
const hongKong = storedIn('cn-hongkong');

describe('cross-border-storage', () => {
  it.each([
    ['cn-hongkong', 'HK'],
    ['香港', 'HK'],
    ['澳门', 'MO'],
    ['台湾', 'TW'],
    ['ap-southeast-1', 'SG'],
    ['US', 'US'],
    ['eu-central-1', 'DE'],
  ])('reports storage in %s (%s)', (where, country) => {
    const f = only(rule, storedIn(where));
    expect(f).toMatchObject({ ruleId: 'cross-border-storage', severity: 'error', item: 'basic.phone', subject: { field: 'mobile' } });
    expect(f.message).toContain(`(${country})`);
  });

  it('reports storage abroad when the consent recorded is implied, explicit, guardian or none', () => {
    for (const agreed of ['implied', '明示同意', 'guardian', '无']) expect(run(rule, [storedIn('香港', agreed)]), agreed).toHaveLength(1);
  });

  it.each(['cn-north-1', 'cn-hangzhou', 'ap-guangzhou', '北京', '宁夏', '境内', 'CN'])('accepts mainland storage in %s', (where) => {
    expect(run(rule, [storedIn(where)])).toEqual([]);
  });

  it('accepts storage abroad with separate consent, alone or with other consents', () => {
    expect(run(rule, [storedIn('cn-hongkong', 'separate'), storedIn('新加坡', '明示同意、单独同意'), storedIn('US', 'explicit; separate')])).toEqual([]);
  });

  it('says nothing when no region is declared or the field holds no personal information', () => {
    expect(run(rule, [record({ region: null }), record({ item: null, region: region('US') })])).toEqual([]);
  });

  it('checks a field of unknown item that holds personal information: category unreadable, or marked sensitive (SPEC decision 12)', () => {
    for (const how of ['unread', 'sensitive'] as const) {
      const f = only(rule, unknownItem(how, { region: region('us-east-1') }));
      expect(f, how).toMatchObject({ item: null, subject: { field: 'x' } });
      expect(f.message, how).toBe("field 'x' (unclassified) is stored in us-east-1 (US), outside mainland China, without separate consent");
    }
    expect(run(rule, [unknownItem('unread', { region: region('us-east-1'), consent: consent('separate') })])).toEqual([]);
  });

  it('names the region as written and its country, in both languages', () => {
    const { en, zh } = messages(rule, hongKong);
    expect(en).toBe("field 'mobile' (phone number) is stored in cn-hongkong (HK), outside mainland China, without separate consent");
    expect(zh).toBe('字段「mobile」（个人电话号码）存储于「cn-hongkong」（HK），位于中国大陆境外，且未取得单独同意');
  });

  it("cites the pack's storage clause, or PIPL Art. 39 when the pack has none", () => {
    expect(only(rule, hongKong).clause).toMatchObject({ policy: 'jdcloud-privacy-2020-07', section: '6.2.1' });
    expect(only(rule, hongKong, ctx({ packs: [P003] })).clause).toMatchObject({ policy: P003, section: '四(二)1' });
    expect(only(rule, hongKong, ctx({ packs: [P001] })).clause).toMatchObject({ policy: 'PIPL', section: 'Art. 39' });
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, hongKong));
});
