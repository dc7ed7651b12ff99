/** undeclared-category, inventory branch: a field holds an item no loaded pack declares collecting. */
import { describe, expect, it } from 'vitest';
import { undeclaredCategory as rule } from '../../../src/check/rules/undeclared-category.js';
import { runRules } from '../../../src/check/engine.js';
import type { SdkFile, SdkRecord } from '../../../src/load/types.js';
import { ctx, expectSeverityConfigurable, messages, only, P000, P001, P002, P003, record, run } from '../helpers.js';

const holding = (item: string, field = item.split('.')[1]!) => record({ field, item });
const gps = holding('location.gps', 'gps_lat');

describe('undeclared-category (inventory)', () => {
  it.each(['location.gps', 'device.imei', 'device.mac', 'device.android-id', 'basic.nickname', 'basic.sex', 'biometric.face'])('reports %s under 002, which declares no such collection', (item) => {
    expect(only(rule, holding(item))).toMatchObject({ ruleId: 'undeclared-category', severity: 'error', item, line: 2 });
  });

  it.each(['device.model', 'device.os', 'device.idfa', 'network-identity.ip', 'basic.phone', 'identity.resident-id', 'property.transaction', 'location.region'])('accepts %s, declared by 002', (item) => {
    expect(run(rule, [holding(item)])).toEqual([]);
  });

  it('ignores fields holding no personal information', () => {
    expect(run(rule, [record({ item: null, field: 'order_no' })])).toEqual([]);
  });

  it('follows the pack: GPS, IMEI and MAC were declared in March 2020 (000), not in July (002)', () => {
    const device = [holding('location.gps'), holding('device.imei'), holding('device.mac')];
    expect(run(rule, device, ctx({ packs: [P000] }))).toEqual([]);
    expect(run(rule, device, ctx({ packs: [P002] }))).toHaveLength(3);
  });

  it('counts an item declared by any of the loaded packs (packs combine)', () => {
    expect(run(rule, [gps], ctx({ packs: [P002, P001] }))).toEqual([]);
    expect(run(rule, [holding('biometric.face')], ctx({ packs: [P002, P003] }))).toEqual([]);
  });

  it('names the field, the item and the packs, in both languages', () => {
    const { en, zh } = messages(rule, gps, { packs: [P002, P003] });
    expect(en).toBe("'gps_lat' holds GPS coordinates (location.gps), which jdcloud-privacy-2020-07 + jingkefu-privacy does not declare collecting");
    expect(zh).toBe('「gps_lat」包含经纬度(GPS)（location.gps），jdcloud-privacy-2020-07 + jingkefu-privacy 未声明收集该类信息');
  });

  it("cites the first pack's list of collected information", () => {
    expect(only(rule, gps).clause).toMatchObject({ policy: P002, section: 'II' });
    expect(only(rule, holding('biometric.face'), ctx({ packs: [P001] })).clause).toMatchObject({ policy: P001, section: '6.7.1' });
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, gps));
});

describe('undeclared-category (SDK lists)', () => {
  const sdkList = (fields: SdkRecord['fields']): SdkFile => ({
    kind: 'sdk',
    file: 'sdks.csv',
    headerLine: 1,
    records: [{ loc: { file: 'sdks.csv', line: 2 }, platform: 'android', sdk: 'Some SDK', sdkId: null, organization: null, fields, purpose: null, package: null, version: null }],
  });

  it("keys each field's finding by its label: one keeps its fingerprint when another field of the SDK names the same item", () => {
    const [imei] = runRules([sdkList([{ label: 'IMEI', items: ['device.imei'] }])], [rule], ctx());
    // 'Device ID' sorts first: numbered by order, it would take the IMEI field's fingerprint.
    const both = runRules([sdkList([{ label: 'IMEI', items: ['device.imei'] }, { label: 'Device ID', items: ['device.imei'] }])], [rule], ctx());
    expect(both.map((f) => f.message.includes('→ IMEI'))).toEqual([false, true]);
    expect(both[1]!.fingerprint).toBe(imei!.fingerprint);
    expect(both[0]!.fingerprint).not.toBe(imei!.fingerprint);
  });
});
