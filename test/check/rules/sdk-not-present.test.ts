import { describe, expect, it } from 'vitest';
import { sdkNotPresent } from '../../../src/check/rules/sdk-not-present.js';
import { contextFor, ctx002, expectMessagesFilled, record, sdkFile } from '../../sdk/helpers.js';

describe('sdk-not-present', () => {
  it('reports each declared row of a covered platform that the list lacks, at the header line', () => {
    const file = sdkFile([record(3, 'ios', 'WeChat OpenSDK'), record(4, 'ios', '天翼账号认证')], 2);
    const findings = sdkNotPresent.check(file, ctx002());
    expect(findings.map((f) => [f.line, f.subject.sdk, f.subject.platform])).toEqual([
      [2, 'Face Scanning and Real Name', 'ios'],
      [2, 'Mobile Certification OneKey Login', 'ios'],
    ]);
    expect(findings[0]!.clause).toMatchObject({ policy: 'jdcloud-privacy-2020-07', section: '5.1.4' });
    expect(findings[0]!.clause!.quote).toContain('Face Scanning and Real Name');
    const { en, zh } = expectMessagesFilled(sdkNotPresent, findings[0]!);
    expect(en).toBe("The iOS SDK table declares 'Face Scanning and Real Name' (JD Digits), but this list has no such SDK for iOS: a stale disclosure, or an SDK missing from the list");
    expect(zh).toContain('iOS第三方 SDK 列表声明了「Face Scanning and Real Name」（JD Digits）');
  });

  it('checks only the platforms the list covers', () => {
    const findings = sdkNotPresent.check(sdkFile([record(2, 'ios', 'WeChat OpenSDK')]), ctx002());
    expect(new Set(findings.map((f) => f.subject.platform))).toEqual(new Set(['ios']));
    expect(findings).toHaveLength(3);
  });

  it('is silent when every row is present', () => {
    const names = ['Face Scanning and Real Name', 'Huawei Push', 'MiPush', 'Telecom Local OneKey Login', 'Mobile Certification OneKey Login', 'WeChat OpenSDK'];
    expect(sdkNotPresent.check(sdkFile(names.map((n, i) => record(i + 2, 'android', n))), ctx002())).toEqual([]);
  });

  it('is silent under a pack without an SDK table, and for an empty list', () => {
    expect(sdkNotPresent.check(sdkFile([record(2, 'android', 'Bugly')]), contextFor(['jdcloud-privacy-2020-03']))).toEqual([]);
    expect(sdkNotPresent.check(sdkFile([]), ctx002())).toEqual([]);
  });
});
