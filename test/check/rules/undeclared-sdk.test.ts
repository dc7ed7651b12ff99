import { describe, expect, it } from 'vitest';
import { undeclaredSdk } from '../../../src/check/rules/undeclared-sdk.js';
import { contextFor, ctx002, expectMessagesFilled, record, sdkFile } from '../../sdk/helpers.js';

describe('undeclared-sdk', () => {
  it('fires for an SDK the platform table does not list (Umeng on Android)', () => {
    const [f, ...rest] = undeclaredSdk.check(sdkFile([record(4, 'android', '友盟+')]), ctx002());
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ line: 4, subject: { sdk: '友盟+', platform: 'android' }, item: null, evidence: null });
    expect(f!.clause).toMatchObject({ policy: 'jdcloud-privacy-2020-07', section: '5.1.4' });
    const { en, zh } = expectMessagesFilled(undeclaredSdk, f!);
    expect(en).toBe("友盟+ is embedded in the Android app but is not listed in jdcloud-privacy-2020-07's Android SDK table");
    expect(zh).toBe('Android 应用内嵌了「友盟+」，但 jdcloud-privacy-2020-07 的Android第三方 SDK 列表未列出它');
  });

  it('fires for MiPush on iOS: the row exists for Android only', () => {
    const findings = undeclaredSdk.check(sdkFile([record(2, 'ios', 'MiPush'), record(3, 'android', 'MiPush')]), ctx002());
    expect(findings.map((f) => [f.line, f.subject.platform])).toEqual([[2, 'ios']]);
  });

  it('is silent for SDKs in the table, under any catalog name or package', () => {
    const records = [
      record(2, 'android', '华为推送SDK'),
      record(3, 'android', 'Push', { sdkId: 'huawei-push', package: 'com.huawei.hms:push' }),
      record(4, 'ios', '微信开放平台SDK'),
      record(5, 'ios', '天翼账号认证'),
      record(6, 'android', 'Face Scanning and Real Name'),
    ];
    expect(undeclaredSdk.check(sdkFile(records), ctx002())).toEqual([]);
  });

  it('matches an SDK unknown to the catalog by its name', () => {
    expect(undeclaredSdk.check(sdkFile([record(2, 'android', 'mipush')]), ctx002())).toEqual([]);
    expect(undeclaredSdk.check(sdkFile([record(2, 'android', 'Acme Tracker')]), ctx002())).toHaveLength(1);
  });

  it('says so when the table lists nothing for the platform (HarmonyOS)', () => {
    const [f] = undeclaredSdk.check(sdkFile([record(2, 'harmonyos', '华为推送')]), ctx002());
    expect(f!.clause?.section).toBe('5.1.4');
    const { en, zh } = expectMessagesFilled(undeclaredSdk, f!);
    expect(en).toContain('(the table lists no SDK at all for HarmonyOS)');
    expect(zh).toContain('（该列表没有任何鸿蒙端的 SDK）');
  });

  it('under a pack without an SDK table, reports every SDK and says the policy discloses none', () => {
    const ctx = contextFor(['jdcloud-privacy-2020-03']);
    const findings = undeclaredSdk.check(sdkFile([record(2, 'android', '华为推送'), record(3, 'ios', 'WeChat OpenSDK')]), ctx);
    expect(findings).toHaveLength(2);
    expect(findings[0]!.clause).toBeUndefined();
    const { en, zh } = expectMessagesFilled(undeclaredSdk, findings[0]!);
    expect(en).toContain('the policy has no SDK table at all');
    expect(zh).toContain('该政策没有第三方 SDK 列表');
  });

  it('combines packs: a table in any loaded pack counts', () => {
    const ctx = contextFor(['jdcloud-privacy-2020-03', 'jdcloud-privacy-2020-07']);
    expect(undeclaredSdk.check(sdkFile([record(2, 'android', '华为推送')]), ctx)).toEqual([]);
  });

  it('reads SDK files only', () => {
    expect(undeclaredSdk.check({ kind: 'inventory', file: 'i.csv', headerLine: 1, records: [] }, ctx002())).toEqual([]);
  });
});
