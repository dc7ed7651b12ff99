import { describe, expect, it } from 'vitest';
import { looksLikeSdkList, looksLikeSdkYaml, parseSdkCsvText, parseSdkYamlText, readSdkFile } from '../../src/load/sdk-list.js';
import { inputErrorOf as inputError } from '../helpers/input-error.js';

describe('looksLikeSdkList', () => {
  it('accepts English and Chinese SDK headers', () => {
    expect(looksLikeSdkList(['platform', 'sdk', 'organization', 'fields'])).toBe(true);
    expect(looksLikeSdkList(['平台', 'SDK名称', '所属公司', '收集个人信息字段'])).toBe(true);
    expect(looksLikeSdkList(['第三方名称', '第三方机构名称', '个人信息字段', '场景描述'])).toBe(true);
    expect(looksLikeSdkList(['SDK', 'Package'])).toBe(true);
  });

  it('rejects inventories and lone SDK columns', () => {
    expect(looksLikeSdkList(['system', 'table', 'field', 'category', 'shared_with'])).toBe(false);
    expect(looksLikeSdkList(['系统', '表', '字段', '类别'])).toBe(false);
    expect(looksLikeSdkList(['sdk', 'notes'])).toBe(false);
  });
});

describe('looksLikeSdkYaml', () => {
  it('recognises the three YAML shapes', () => {
    expect(looksLikeSdkYaml([{ sdk: 'MiPush', platform: 'android' }])).toBe(true);
    expect(looksLikeSdkYaml({ platforms: { android: [] } })).toBe(true);
    expect(looksLikeSdkYaml({ sdks: [{ SDK名称: '小米推送', 所属公司: 'x' }] })).toBe(true);
    expect(looksLikeSdkYaml({ systems: [{ name: 'crm' }] })).toBe(false);
  });
});

describe('SDK list CSV', () => {
  it('reads English headers, `;` fields and resolves catalog ids', () => {
    const f = parseSdkCsvText('s.csv', 'platform,sdk,organization,fields,package,version\nAndroid,华为推送SDK,"Huawei Technologies Co., Ltd.",IMEI;Device Model,com.huawei.hms:push,6.11.0.300\n');
    expect(f.kind).toBe('sdk');
    expect(f.headerLine).toBe(1);
    const r = f.records[0]!;
    expect(r).toMatchObject({ platform: 'android', sdk: '华为推送SDK', sdkId: 'huawei-push', organization: 'Huawei Technologies Co., Ltd.', package: 'com.huawei.hms:push', version: '6.11.0.300' });
    expect(r.loc).toEqual({ file: 's.csv', line: 2 });
    expect(r.fields).toEqual([
      { label: 'IMEI', items: ['device.imei'] },
      { label: 'Device Model', items: ['device.model'] },
    ]);
  });

  it('reads Chinese headers and `、` `，` `,` separators inside quotes', () => {
    const f = parseSdkCsvText('s.csv', '平台,第三方名称,第三方机构名称,个人信息字段,场景描述\n安卓,小米推送,北京小米移动软件有限公司,"OAID、设备型号，IP地址,昵称",消息推送\n');
    const r = f.records[0]!;
    expect(r.platform).toBe('android');
    expect(r.sdkId).toBe('xiaomi-push');
    expect(r.purpose).toBe('消息推送');
    expect(r.fields.map((x) => x.items[0])).toEqual(['device.oaid', 'device.model', 'network-identity.ip', 'basic.nickname']);
  });

  it('resolves an unknown product name through its package', () => {
    const f = parseSdkCsvText('s.csv', 'platform,sdk,package\nios,Payment kit,AlipaySDK-iOS\nandroid,Maps,com.amap.api:3dmap:9.8.2\n');
    expect(f.records.map((r) => r.sdkId)).toEqual(['alipay-sdk', 'amap']);
  });

  it('keeps an SDK the catalog does not know, with a null id', () => {
    expect(parseSdkCsvText('s.csv', 'platform,sdk\nandroid,Acme Tracker\n').records[0]!.sdkId).toBeNull();
  });

  it('uses --platform when the list has no platform column', () => {
    const f = parseSdkCsvText('s.csv', 'sdk,organization\nMiPush,北京小米科技有限责任公司\n', { platform: 'android' });
    expect(f.records[0]!.platform).toBe('android');
  });

  it('exits 2 without a platform column and without --platform', () => {
    const e = inputError(() => parseSdkCsvText('s.csv', 'sdk,organization\nMiPush,x\n'));
    expect(e.message).toBe('no platform column and no --platform');
    expect(e.where).toEqual({ file: 's.csv', line: 1 });
    expect(e.hint).toContain('--platform');
  });

  it('drops a row whose platform it cannot read, reporting the cell with the nearest platforms', () => {
    const f = parseSdkCsvText('s.csv', 'platform,sdk\nandroid,MiPush\nandriod,MiPush\n');
    expect(f.records).toHaveLength(1);
    expect(f.droppedRows).toEqual([{ key: 'platform', column: 'platform', loc: { file: 's.csv', line: 3, column: 1 }, raw: 'andriod', near: ['android'], rowDropped: true }]);
  });

  it('reads one row naming several platforms as one record per platform, its field problems reported once', () => {
    const f = parseSdkCsvText('s.csv', '适用平台,SDK名称,涉及个人信息\nAndroid/iOS,WechatOpenSDK,IP地址、量子态\n安卓、苹果、鸿蒙,Bugly,设备型号\n');
    expect(f.records.map((r) => `${r.loc.line} ${r.platform} ${r.fields.map((x) => x.label).join('+')}`)).toEqual([
      '2 android IP地址', '2 ios IP地址', '3 android 设备型号', '3 ios 设备型号', '3 harmonyos 设备型号',
    ]);
    expect(f.records.flatMap((r) => r.unread ?? []).map((p) => p.raw)).toEqual(['量子态']);
  });

  it('drops a row one of whose platforms it cannot read, naming that part', () => {
    const f = parseSdkCsvText('s.csv', 'platform,sdk\nAndroid/Symbain,MiPush\n');
    expect(f.records).toEqual([]);
    expect(f.droppedRows![0]).toMatchObject({ key: 'platform', raw: 'Symbain', rowDropped: true });
  });

  it('reads 不适用, - and 无 inside a field list as no field', () => {
    const f = parseSdkCsvText('s.csv', 'platform,sdk,fields\nandroid,MiPush,IMEI、不适用\nios,Bugly,无\nandroid,Bugly,-\n');
    expect(f.records.map((r) => r.fields.map((x) => x.label))).toEqual([['IMEI'], [], []]);
    expect(f.records.every((r) => !r.unread)).toBe(true);
  });

  it('drops a row with no SDK name, reporting it at the cell', () => {
    const f = parseSdkCsvText('s.csv', 'platform,SDK名称,organization\nandroid,MiPush,x\nios,,y\n');
    expect(f.records).toHaveLength(1);
    expect(f.droppedRows).toEqual([{ key: 'sdk', column: 'SDK名称', loc: { file: 's.csv', line: 3, column: 2 }, raw: '', near: [], rowDropped: true }]);
  });

  it('keeps a field label nobody can place as an unread cell at its field number, with suggestions, and reads the others', () => {
    const f = parseSdkCsvText('s.csv', 'platform,sdk,fields\nandroid,MiPush,IMEI;Device Modle\n');
    expect(f.records[0]!.fields.map((x) => x.label)).toEqual(['IMEI']);
    expect(f.records[0]!.unread).toEqual([{ key: 'fields', column: 'fields', loc: { file: 's.csv', line: 2, column: 3 }, raw: 'Device Modle', near: expect.arrayContaining(['Device Model']) }]);
  });

  it('exits 2 on a misspelt header instead of dropping the column', () => {
    const e = inputError(() => parseSdkCsvText('s.csv', 'platform,sdk,feilds\nandroid,MiPush,IMEI\n'));
    expect(e.message).toBe("unknown column 'feilds'");
    expect(e.hint).toContain("'fields'");
  });

  it('ignores extra columns such as a privacy-policy link', () => {
    const f = parseSdkCsvText('s.csv', 'platform,sdk,隐私政策链接\nandroid,MiPush,https://dev.mi.com/console/doc/detail?pId=1822\n');
    expect(f.records).toHaveLength(1);
  });

  it('exits 2 without an SDK column', () => {
    expect(inputError(() => parseSdkCsvText('s.csv', 'platform,organization\nandroid,x\n')).message).toBe('no SDK name column');
  });
});

describe('SDK list YAML', () => {
  it('reads a list of mappings, fields as a string', () => {
    const f = parseSdkYamlText('s.yaml', '- platform: ios\n  sdk: WechatOpenSDK\n  organization: 深圳市腾讯计算机系统有限公司\n  fields: 用户昵称、IP地址\n');
    expect(f.records[0]).toMatchObject({ platform: 'ios', sdkId: 'wechat-opensdk', loc: { file: 's.yaml', line: 1 } });
    expect(f.records[0]!.fields.map((x) => x.items[0])).toEqual(['basic.nickname', 'network-identity.ip']);
  });

  it('reads platforms: groups, with Chinese platform keys and fields as a list', () => {
    const f = parseSdkYamlText('s.yaml', 'platforms:\n  安卓:\n    - sdk: 华为推送\n      fields: [IMEI, OAID]\n  鸿蒙:\n    - sdk: 华为推送\n');
    expect(f.records.map((r) => [r.platform, r.loc.line])).toEqual([
      ['android', 3],
      ['harmonyos', 6],
    ]);
    expect(f.records[0]!.fields).toHaveLength(2);
  });

  it('reads merge keys: an entry repeated for another platform with `<<: *anchor`', () => {
    const f = parseSdkYamlText('s.yaml', '- &wx\n  platform: android\n  sdk: WechatOpenSDK\n  fields: 用户昵称\n- <<: *wx\n  platform: ios\n');
    expect(f.records.map((r) => [r.platform, r.sdkId, r.loc.line])).toEqual([
      ['android', 'wechat-opensdk', 2],
      ['ios', 'wechat-opensdk', 5],
    ]);
  });

  it('reads `sdks:` with Chinese keys', () => {
    const f = parseSdkYamlText('s.yaml', 'sdks:\n  - 平台: 苹果\n    SDK名称: 极光推送\n    所属公司: 深圳市和讯华谷信息技术有限公司\n');
    expect(f.records[0]).toMatchObject({ platform: 'ios', sdkId: 'jpush', organization: '深圳市和讯华谷信息技术有限公司' });
  });

  it('points an unknown field in a list at its own node', () => {
    const f = parseSdkYamlText('s.yaml', '- platform: android\n  sdk: MiPush\n  fields:\n    - IMEI\n    - 量子态\n');
    expect(f.records[0]!.unread![0]!.loc).toMatchObject({ file: 's.yaml', line: 5, column: 7 });
  });

  it('exits 2 on a platform key it does not know', () => {
    const e = inputError(() => parseSdkYamlText('s.yaml', 'platforms:\n  windows:\n    - sdk: x\n'));
    expect(e.message).toBe("unknown platform 'windows'");
    expect(e.where).toMatchObject({ line: 2 });
  });

  it('exits 2 on a misspelt key', () => {
    expect(inputError(() => parseSdkYamlText('s.yaml', '- platform: android\n  sdk: MiPush\n  organisaton: x\n')).hint).toContain("'organisation'");
  });

  it('exits 2 on an empty list', () => {
    expect(inputError(() => parseSdkYamlText('s.yaml', '[]\n')).message).toMatch(/no records/);
  });
});

describe('readSdkFile', () => {
  it('reads the fixtures by kind', () => {
    expect(readSdkFile('fixtures/sdk/android-sdks.csv').records).toHaveLength(6);
    expect(readSdkFile('fixtures/sdk/ios-sdks-zh.csv').records).toHaveLength(5);
    expect(readSdkFile('fixtures/sdk/sdks.yaml').records).toHaveLength(5);
    expect(readSdkFile('fixtures/sdk/Podfile.lock').records.map((r) => r.sdkId)).toEqual(['amap', 'bugly', 'wechat-opensdk']);
  });
});

describe('entry points for an already parsed file', () => {
  it('sdkFromCsvTable and yamlLooksLikeSdkList/sdkFromYaml', async () => {
    const { parseCsvText } = await import('../../src/io/csv.js');
    const { parseYamlText } = await import('../../src/io/yaml.js');
    const { sdkFromCsvTable, sdkFromYaml, yamlLooksLikeSdkList } = await import('../../src/load/sdk-list.js');
    const text = 'platform,sdk\nios,Bugly\n';
    expect(sdkFromCsvTable(parseCsvText('a.csv', text)).records[0]!.sdkId).toBe('bugly');
    const y = parseYamlText('a.yaml', 'platforms:\n  ios:\n    - sdk: Bugly\n');
    expect(yamlLooksLikeSdkList(y)).toBe(true);
    expect(yamlLooksLikeSdkList(parseYamlText('b.yaml', 'systems:\n  - name: crm\n'))).toBe(false);
    expect(sdkFromYaml(y).records[0]!.platform).toBe('ios');
  });
});
