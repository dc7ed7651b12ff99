import { describe, expect, it } from 'vitest';
import { sdkUndeclaredField } from '../../../src/check/rules/sdk-undeclared-field.js';
import { itemsForSdkField } from '../../../src/sdk/fields.js';
import { ctx002, expectMessagesFilled, record, sdkFile, tx } from '../../sdk/helpers.js';

const fields = (...labels: string[]) => labels.map((label) => ({ label, items: itemsForSdkField(tx, label) }));

describe('sdk-undeclared-field', () => {
  it('fires once per extra item, citing the row', () => {
    const r = record(5, 'android', 'MiPush', { fields: fields('IMEI', 'MAC地址', 'Network IP Address', 'IP地址', 'Device Model') });
    const findings = sdkUndeclaredField.check(sdkFile([r]), ctx002());
    expect(findings.map((f) => f.item)).toEqual(['device.mac', 'network-identity.ip']);
    const f = findings[1]!;
    expect(f).toMatchObject({ line: 5, subject: { sdk: 'MiPush', platform: 'android' }, evidence: null });
    expect(f.clause).toMatchObject({ policy: 'jdcloud-privacy-2020-07', section: '5.1.4' });
    expect(f.clause!.quote).toContain('MiPush');
    const { en, zh } = expectMessagesFilled(sdkUndeclaredField, f);
    expect(en).toBe(
      "MiPush (Android) receives 'Network IP Address' (network-identity.ip), which its table row 'MiPush' does not declare; the row declares: Device Unique Identification Code, Version, Device Model, Device Manufacturer",
    );
    expect(zh).toContain('「MiPush」（Android）接收「Network IP Address」（network-identity.ip），但 SDK 列表行「MiPush」未声明该字段');
  });

  it('accepts identifiers covered by "Device Unique Identification Code"', () => {
    const r = record(2, 'android', '华为推送', { fields: fields('IMEI', 'OAID', 'Android ID', '设备型号', '设备制造商', '系统版本') });
    expect(sdkUndeclaredField.check(sdkFile([r]), ctx002())).toEqual([]);
  });

  it('accepts a whole category when the row declares an item of it, and reports it otherwise', () => {
    const push = record(2, 'android', 'Huawei Push', { fields: fields('设备信息') });
    const wechat = record(3, 'ios', 'WeChat OpenSDK', { fields: fields('设备信息') });
    expect(sdkUndeclaredField.check(sdkFile([push, wechat]), ctx002()).map((f) => [f.line, f.item])).toEqual([[3, 'device']]);
  });

  it('ignores labels that are not personal information', () => {
    const r = record(2, 'ios', 'WeChat OpenSDK', { fields: fields('网络类型', '应用信息', '用户昵称') });
    expect(sdkUndeclaredField.check(sdkFile([r]), ctx002())).toEqual([]);
  });

  it('leaves SDKs outside the table to undeclared-sdk', () => {
    const r = record(2, 'android', 'Bugly', { fields: fields('IMEI', 'MAC地址') });
    expect(sdkUndeclaredField.check(sdkFile([r]), ctx002())).toEqual([]);
  });
});
