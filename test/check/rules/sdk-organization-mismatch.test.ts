import { describe, expect, it } from 'vitest';
import { sdkOrganizationMismatch } from '../../../src/check/rules/sdk-organization-mismatch.js';
import { ctx002, expectMessagesFilled, record, sdkFile } from '../../sdk/helpers.js';

describe('sdk-organization-mismatch', () => {
  it('same group, different legal entity: Xiaomi Communications for Beijing Xiaomi Technology', () => {
    const [f, ...rest] = sdkOrganizationMismatch.check(sdkFile([record(3, 'android', '小米推送', { organization: '小米通讯技术有限公司' })]), ctx002());
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 3, subject: { sdk: '小米推送', platform: 'android' }, item: null });
    expect(f!.clause).toMatchObject({ policy: 'jdcloud-privacy-2020-07', section: '5.1.4' });
    const { en, zh } = expectMessagesFilled(sdkOrganizationMismatch, f!);
    expect(en).toBe("小米推送 (Android): the list names '小米通讯技术有限公司' as its organisation, but the table row 'MiPush' names 'Beijing Xiaomi Technology Co., Ltd.': same group (Xiaomi), different legal entity");
    expect(zh).toContain('同属小米集团，但不是同一法律主体');
  });

  it('a different company', () => {
    const [f] = sdkOrganizationMismatch.check(sdkFile([record(2, 'ios', 'WeChat OpenSDK', { organization: '北京百度网讯科技有限公司' })]), ctx002());
    const { en, zh } = expectMessagesFilled(sdkOrganizationMismatch, f!);
    expect(en).toMatch(/: a different company$/);
    expect(zh).toMatch(/两者是不同的公司$/);
  });

  it('a name the catalog cannot confirm', () => {
    const [f] = sdkOrganizationMismatch.check(sdkFile([record(2, 'android', 'Huawei Push', { organization: '华为' })]), ctx002());
    expect(expectMessagesFilled(sdkOrganizationMismatch, f!).en).toContain('cannot confirm they are the same legal entity');
  });

  it('is silent for the same entity written in Chinese, or with another legal-form spelling', () => {
    const records = [
      record(2, 'android', 'Huawei Push', { organization: '华为技术有限公司' }),
      record(3, 'android', 'MiPush', { organization: 'Beijing Xiaomi Technology Co. Ltd' }),
      record(4, 'ios', 'WeChat OpenSDK', { organization: '深圳市腾讯计算机系统有限公司' }),
      record(5, 'ios', 'Face Scanning and Real Name', { organization: '京东数科' }),
    ];
    expect(sdkOrganizationMismatch.check(sdkFile(records), ctx002())).toEqual([]);
  });

  it('skips SDKs without an organisation (build files) and SDKs outside the table', () => {
    const records = [record(2, 'android', 'Huawei Push'), record(3, 'android', 'Bugly', { organization: 'Someone' })];
    expect(sdkOrganizationMismatch.check(sdkFile(records), ctx002())).toEqual([]);
  });
});
