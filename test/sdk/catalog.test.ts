import { describe, expect, it } from 'vitest';
import { parseYamlText } from '../../src/io/yaml.js';
import { readAsset } from '../../src/assets.js';
import { catalogFromYaml } from '../../src/sdk/catalog.js';
import { catalog, tx } from './helpers.js';

const schema = JSON.parse(readAsset('schemas/sdk-catalog.schema.json')) as object;

describe('bundled SDK catalog', () => {
  it('has the ids the 002 pack uses for its table rows', () => {
    for (const id of ['jd-digits-face', 'huawei-push', 'xiaomi-push', 'ctcc-onekey-login', 'cmcc-onekey-login', 'wechat-opensdk']) {
      expect(catalog.sdk(id), id).toBeDefined();
    }
  });

  it('covers the push, login/pay/share, analytics and map SDKs of Chinese apps', () => {
    const ids = catalog.sdks.map((s) => s.id);
    for (const id of ['honor-push', 'oppo-push', 'vivo-push', 'meizu-push', 'jpush', 'getui-push', 'umeng-push', 'qq-opensdk', 'alipay-sdk', 'weibo-sdk', 'cucc-onekey-login', 'umeng-analytics', 'bugly', 'sensors-analytics', 'growingio', 'talkingdata', 'firebase', 'amap', 'baidu-map', 'tencent-map']) {
      expect(ids).toContain(id);
    }
  });

  it('maps every field label to taxonomy items or categories', () => {
    for (const label of catalog.fieldLabels) {
      for (const item of label.items) expect(tx.item(item) ?? tx.category(item), `${label.en}: ${item}`).toBeDefined();
    }
  });

  it('is loaded once', async () => {
    const { loadCatalog } = await import('../../src/sdk/catalog.js');
    expect(loadCatalog()).toBe(loadCatalog());
  });

  it('pairs each legal entity with its registered Chinese name', () => {
    const tencent = catalog.organization(catalog.organizationIdForName('Shenzhen Tencent Computer System Co., Ltd.')!);
    expect(tencent?.zh).toBe('深圳市腾讯计算机系统有限公司');
    expect(catalog.organization(catalog.organizationIdForName('Beijing Xiaomi Technology Co., Ltd.')!)?.zh).toBe('北京小米科技有限责任公司');
    expect(catalog.organization(catalog.organizationIdForName('Century Dragon Information Network Co., Ltd.')!)?.zh).toBe('世纪龙信息网络有限责任公司');
    expect(catalog.organization(catalog.organizationIdForName('China Mobile Communications Group Co., Ltd.')!)?.zh).toBe('中国移动通信集团有限公司');
  });

  it('keeps related entities apart: one group, different ids', () => {
    const tech = catalog.organizationIdForName('北京小米科技有限责任公司');
    const comms = catalog.organizationIdForName('小米通讯技术有限公司');
    expect(tech).not.toBe(comms);
    expect(catalog.organization(tech!)?.group).toBe(catalog.organization(comms!)?.group);
    expect(catalog.organizationIdForName('华为软件技术有限公司')).not.toBe(catalog.organizationIdForName('Huawei Technologies Co., Ltd.'));
  });
});

describe('catalog validation', () => {
  const load = (text: string) => catalogFromYaml(parseYamlText('cat.yaml', text), schema);
  const base = 'version: 1\ngroups: []\norganizations: []\nfieldLabels: []\n';

  it('rejects a schema violation at its line', () => {
    expect(() => load(base + 'sdks:\n  - id: x\n    kind: rocket\n    en: X\n    zh: X\n    aliases: []\n')).toThrow(/SDK catalog \/sdks\/0\/kind/);
    try {
      load(base + 'sdks:\n  - id: x\n    kind: rocket\n    en: X\n    zh: X\n    aliases: []\n');
    } catch (e) {
      expect((e as { where: { line: number } }).where.line).toBe(7);
    }
  });

  it('rejects a name shared by two SDKs', () => {
    const sdks = 'sdks:\n  - { id: a, kind: push, en: A Push, zh: 甲, aliases: [Push] }\n  - { id: b, kind: push, en: B Push, zh: 乙, aliases: [push] }\n';
    expect(() => load(base + sdks)).toThrow(/'push' belongs to both 'a' and 'b'/);
  });

  it('names each kind of clash: an id twice, a name of two organizations, a field label of two entries', () => {
    const message = (text: string) => {
      try {
        load(text);
      } catch (e) {
        return (e as Error).message;
      }
      return null;
    };
    const sdk = '  - { id: a, kind: push, en: A, zh: 甲, aliases: [] }\n';
    expect(message(base + `sdks:\n${sdk}${sdk}`)).toBe("SDK catalog: SDK id 'a' appears twice");
    const orgs = 'version: 1\ngroups: []\nfieldLabels: []\nsdks: []\norganizations:\n  - { id: x, en: Same Co, zh: 甲公司 }\n  - { id: y, en: Same Co., zh: 乙公司 }\n';
    expect(message(orgs)).toMatch(/^SDK catalog: organization name '.+' belongs to both 'x' and 'y'$/);
    const labels = 'version: 1\ngroups: []\norganizations: []\nsdks: []\nfieldLabels:\n  - { en: Device ID, zh: 设备标识, items: [device.guid] }\n  - { en: Device Id, zh: 设备号, items: [device.guid] }\n';
    expect(message(labels)).toBe("SDK catalog: field label 'Device Id' belongs to both 'Device ID' and 'Device Id'");
  });

  it('rejects a reference to an unknown organization', () => {
    expect(() => load(base + 'sdks:\n  - { id: a, kind: push, en: A, zh: 甲, aliases: [], organization: nobody }\n')).toThrow(/unknown organization 'nobody'/);
  });
});

describe('SDK look-ups', () => {
  it.each([
    ['华为推送SDK', 'huawei-push'],
    ['HMS Push', 'huawei-push'],
    ['MiPush', 'xiaomi-push'],
    ['小米推送', 'xiaomi-push'],
    ['Telecom Local OneKey Login.....', 'ctcc-onekey-login'],
    ['Mobile Certification OneKey Login', 'cmcc-onekey-login'],
    ['WeChat Pay, Sharing and Login', 'wechat-opensdk'],
    ['微信 Open SDK', 'wechat-opensdk'],
    ['友盟+', 'umeng-analytics'],
    ['友盟推送', 'umeng-push'],
    ['极光推送', 'jpush'],
    ['个推', 'getui-push'],
    ['高德定位SDK', 'amap'],
  ])('name %s → %s', (name, id) => expect(catalog.sdkIdForName(name)).toBe(id));

  it('does not invent SDKs', () => expect(catalog.sdkIdForName('OkHttp')).toBeNull());

  it.each([
    ['com.huawei.hms:push:6.11.0.300', 'huawei-push'],
    ['com.huawei.hms:base:6.11.0.300', null],
    ['com.umeng.umsdk:xiaomi-push:6.0.1', 'xiaomi-push'],
    ['com.umeng.umsdk:push:6.6.3', 'umeng-push'],
    ['com.umeng.umsdk:common:9.6.3', 'umeng-analytics'],
    ['com.umeng.umsdk:share-qq:7.1.6', null],
    ['com.tencent.mm.opensdk:wechat-sdk-android-without-mta:6.8.0', 'wechat-opensdk'],
    ['com.tencent.bugly:crashreport:4.1.9', 'bugly'],
    ['com.tencent.map.geolocation:TencentLocationSdk-openplatform:7.5.4', 'tencent-map'],
    ['com.amap.api:location:6.4.0', 'amap'],
    ['com.google.firebase:firebase-messaging', 'firebase'],
    ['io.github.sinaweibosdk:core:13.10.5', 'weibo-sdk'],
    ['androidx.core:core-ktx:1.10.1', null],
  ])('maven %s → %s', (coord, id) => expect(catalog.sdkIdForMaven(coord)).toBe(id));

  it.each([
    ['WechatOpenSDK', 'wechat-opensdk'],
    ['Firebase/Analytics', 'firebase'],
    ['FirebaseCrashlytics', 'firebase'],
    ['AMapLocation-NO-IDFA', 'amap'],
    ['UMPush', 'umeng-push'],
    ['UMCommon', 'umeng-analytics'],
    ['GTSDK', 'getui-push'],
    ['Alamofire', null],
  ])('pod %s → %s', (pod, id) => expect(catalog.sdkIdForPod(pod)).toBe(id));
});
