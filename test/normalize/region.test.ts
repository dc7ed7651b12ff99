import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import YAML from 'yaml';
import { parseRegion, parseRegions } from '../../src/normalize/region.js';
import { regionKey, regionTable } from '../../src/normalize/region-table.js';
import { readAsset } from '../../src/assets.js';
import { elapsedMs, expectRefusal, valueErrorOf } from './helpers.js';

describe('parseRegion: cloud region codes', () => {
  it.each([
    ['cn-north-1', 'cn-north-1', 'CN', true, 'aws'],
    ['cn-northwest-1', 'cn-northwest-1', 'CN', true, 'aws'],
    ['cn-hangzhou', 'cn-hangzhou', 'CN', true, 'aliyun'],
    ['cn-wulanchabu', 'cn-wulanchabu', 'CN', true, 'aliyun'],
    ['cn-hongkong', 'cn-hongkong', 'HK', false, 'aliyun'],
    ['ap-east-1', 'ap-east-1', 'HK', false, 'aws'],
    ['ap-east-2', 'ap-east-2', 'TW', false, 'aws'],
    ['ap-beijing', 'ap-beijing', 'CN', true, 'tencentcloud'],
    ['ap-hongkong', 'ap-hongkong', 'HK', false, 'tencentcloud'],
    ['na-siliconvalley', 'na-siliconvalley', 'US', false, 'tencentcloud'],
    ['cn-north-4', 'cn-north-4', 'CN', true, 'huaweicloud'],
    ['cn-southwest-2', 'cn-southwest-2', 'CN', true, 'huaweicloud'],
    ['cn-south-1', 'cn-south-1', 'CN', true, 'huaweicloud'],
    ['cn-east-1', 'cn-east-1', 'CN', true, 'jdcloud'],
    ['chinanorth3', 'chinanorth3', 'CN', true, 'azure'],
    ['chinaeast2', 'chinaeast2', 'CN', true, 'azure'],
    ['eastasia', 'eastasia', 'HK', false, 'azure'],
    ['southeastasia', 'southeastasia', 'SG', false, 'azure'],
    ['asia-east2', 'asia-east2', 'HK', false, 'gcp'],
    ['asia-east1', 'asia-east1', 'TW', false, 'gcp'],
    ['us-east-1', 'us-east-1', 'US', false, 'aws'],
    ['US-EAST-1', 'us-east-1', 'US', false, 'aws'],
    ['us-east1', 'us-east1', 'US', false, 'gcp'],
    ['us-east-1a', 'us-east-1', 'US', false, 'aws'],
    ['cn-hangzhou-h', 'cn-hangzhou', 'CN', true, 'aliyun'],
    ['ap-guangzhou-3', 'ap-guangzhou', 'CN', true, 'tencentcloud'],
  ])('%s → %s (%s, mainland %s, %s)', (raw, code, country, mainland, provider) => {
    const r = parseRegion(raw)!;
    expect({ code: r.code, country: r.country, mainland: r.mainland, provider: r.provider }).toEqual({ code, country, mainland, provider });
  });

  it('reads ap-southeast-1 as Singapore and says Huawei Cloud means Hong Kong', () => {
    const r = parseRegion('ap-southeast-1')!;
    expect(r).toMatchObject({ code: 'ap-southeast-1', country: 'SG', mainland: false, provider: 'aws', place: 'Singapore', ambiguous: false });
    expect(r.note).toBe(
      'ap-southeast-1 means Singapore (SG) on aws, aliyun; Hong Kong (HK) on huaweicloud; Johor (MY) on volcengine: read as Singapore (aws); prefix the provider to be exact, e.g. huaweicloud:ap-southeast-1',
    );
  });

  it.each([
    ['huaweicloud:ap-southeast-1', 'HK', 'huaweicloud'],
    ['华为云：ap-southeast-1', 'HK', 'huaweicloud'],
    ['Huawei ap-southeast-1', 'HK', 'huaweicloud'],
    ['aws:ap-southeast-1', 'SG', 'aws'],
    ['aliyun:ap-southeast-1', 'SG', 'aliyun'],
    ['huaweicloud:ap-southeast-3', 'SG', 'huaweicloud'],
    ['aliyun:cn-hangzhou', 'CN', 'aliyun'],
    ['jdcloud:cn-north-1', 'CN', 'jdcloud'],
    ['tencent:ap-guangzhou', 'CN', 'tencentcloud'],
    ['JD Cloud: cn-east-2', 'CN', 'jdcloud'],
    ['阿里云 cn-hongkong', 'HK', 'aliyun'],
    ['Amazon Web Services:ap-east-1', 'HK', 'aws'],
    ['gcp:us-east-1', 'US', 'gcp'],
    ['huaweicloud:ap-southeast-1a', 'HK', 'huaweicloud'],
  ])('%s → %s on %s, without a note', (raw, country, provider) => {
    const r = parseRegion(raw)!;
    expect(r).toMatchObject({ country, provider, mainland: country === 'CN' });
    expect(r.note).toBeUndefined();
  });

  it('adds no note when every cloud puts the code in the same country', () => {
    expect(parseRegion('cn-north-1')!.note).toBeUndefined();
    expect(parseRegion('us-east-1')!.note).toBeUndefined();
  });

  it('notes ap-southeast-3: Jakarta on AWS, Kuala Lumpur on Alibaba Cloud, Singapore on Huawei Cloud', () => {
    const r = parseRegion('ap-southeast-3')!;
    expect(r).toMatchObject({ country: 'ID', mainland: false, ambiguous: false });
    expect(r.note).toContain('Kuala Lumpur (MY) on aliyun');
    expect(r.note).toContain('Singapore (SG) on huaweicloud');
  });
});

describe('parseRegion: countries and places', () => {
  it.each([
    ['CN', 'CN', true], ['cn', 'CN', true], ['China', 'CN', true], ['中国', 'CN', true], ['中国大陆', 'CN', true], ['境内', 'CN', true],
    ['中华人民共和国境内', 'CN', true], ['mainland China', 'CN', true],
    ['HK', 'HK', false], ['CN-HK', 'HK', false], ['Hong Kong', 'HK', false], ['香港', 'HK', false], ['中国香港', 'HK', false],
    ['MO', 'MO', false], ['Macau', 'MO', false], ['澳门', 'MO', false],
    ['TW', 'TW', false], ['CN-TW', 'TW', false], ['台湾', 'TW', false], ['臺灣', 'TW', false],
    ['境外', 'ZZ', false], ['海外', 'ZZ', false],
    ['SG', 'SG', false], ['Singapore', 'SG', false], ['新加坡', 'SG', false], ['US', 'US', false], ['美国', 'US', false], ['JP', 'JP', false], ['DE', 'DE', false],
    ['北京', 'CN', true], ['上海市', 'CN', true], ['广州', 'CN', true], ['深圳', 'CN', true], ['杭州', 'CN', true], ['宁夏', 'CN', true],
    ['中卫', 'CN', true], ['乌兰察布', 'CN', true], ['张家口', 'CN', true], ['贵州', 'CN', true], ['贵安', 'CN', true], ['CN-BJ', 'CN', true],
    ['Ningxia', 'CN', true], ['Guizhou', 'CN', true],
  ])('%s → %s (mainland %s)', (raw, country, mainland) => {
    const r = parseRegion(raw)!;
    expect({ country: r.country, mainland: r.mainland }).toEqual({ country, mainland });
    expect(r.raw).toBe(raw);
    expect(r.provider).toBeUndefined();
  });

  it('names the place it resolved to', () => {
    expect(parseRegion('香港')).toEqual({ raw: '香港', code: 'HK', country: 'HK', mainland: false, place: 'Hong Kong' });
    expect(parseRegion('中卫')).toEqual({ raw: '中卫', code: 'Zhongwei', country: 'CN', mainland: true, place: 'Zhongwei' });
  });

  it.each([[''], ['  '], [null], [undefined]])('blank %j → null', (raw) => {
    expect(parseRegion(raw)).toBeNull();
  });
});

describe('parseRegion: errors', () => {
  it.each([
    ['cn-hangzou', "unknown region 'cn-hangzou'; did you mean 'cn-hangzhou'"],
    ['ap-southeast-9', "unknown region 'ap-southeast-9'; did you mean"],
    ['Atlantis', "unknown region 'Atlantis'"],
    ['huaweicloud:cn-hangzhou', "'cn-hangzhou' is not a huaweicloud region I know"],
    ['aws:cn-north-9', "'cn-north-9' is not a aws region I know; did you mean 'cn-north-1'"],
    ['ibm:us-south', "unknown cloud provider 'ibm'"],
  ])('%s → %s', (raw, message) => {
    const e = expectRefusal(() => parseRegion(raw), { containing: message });
    expect(e.accepted).toContain('a cloud region code');
    expect(e.accepted).toContain('huaweicloud:');
    expect(e.accepted).toContain('ISO country code');
  });
});

describe('parseRegion: long cells', () => {
  const timed = (raw: string): number => elapsedMs(() => valueErrorOf(() => parseRegion(raw)));

  it('refuses a long run of spaces at once (the provider prefix is read without backtracking)', () => {
    expect(timed('1' + ' '.repeat(64_000) + '目')).toBeLessThan(500);
    expect(timed('a' + '\t'.repeat(64_000) + ':')).toBeLessThan(500);
  });

  it('suggests nothing for a data-sized value, quickly', () => {
    const raw = 'x' + 'y'.repeat(100_000);
    expect(timed(raw)).toBeLessThan(500);
    expect(valueErrorOf(() => parseRegion(raw)).message).not.toContain('did you mean');
  });

  it('still reads a provider prefix with spaces around the colon', () => {
    expect(parseRegion('aws :  ap-southeast-1')).toMatchObject({ code: 'ap-southeast-1', country: 'SG', provider: 'aws' });
  });
});

describe('parseRegions', () => {
  it('reads a list, in order', () => {
    expect(parseRegions('cn-beijing; ap-southeast-1、香港').map((r) => [r.code, r.mainland])).toEqual([
      ['cn-beijing', true], ['ap-southeast-1', false], ['HK', false],
    ]);
    expect(parseRegions('')).toEqual([]);
  });
});

describe('policies/regions.yaml', () => {
  it('matches its schema', () => {
    const validate = new Ajv().compile(JSON.parse(readAsset('schemas/regions.schema.json')));
    expect(validate(YAML.parse(readAsset('policies/regions.yaml')))).toBe(true);
  });

  it('keeps mainland = CN for every cloud code', () => {
    const all = [...regionTable().codes.values()].flat();
    expect(all.length).toBeGreaterThan(150);
    const hk = all.filter((r) => r.country === 'HK').map((r) => `${r.provider}:${r.code}`).sort();
    expect(hk).toEqual(['aliyun:cn-hongkong', 'aws:ap-east-1', 'azure:eastasia', 'baidu:hkg', 'gcp:asia-east2', 'huaweicloud:ap-southeast-1', 'tencentcloud:ap-hongkong']);
  });

  it('has no code or console name that means mainland on one cloud and elsewhere on another', () => {
    for (const [code, meanings] of [...regionTable().codes, ...regionTable().labels]) {
      expect(new Set(meanings.map((m) => m.country === 'CN')).size, code).toBe(1);
    }
  });

  it('has every JD Cloud region with its console name', () => {
    const jd = [...regionTable().codes.values()].flat().filter((r) => r.provider === 'jdcloud').map((r) => `${r.code} ${r.place}`);
    expect(jd.sort()).toEqual(['cn-east-1 Suqian', 'cn-east-2 Shanghai', 'cn-north-1 Beijing', 'cn-south-1 Guangzhou']);
    for (const name of ['华北-北京', '华东-宿迁', '华东-上海', '华南-广州']) expect(regionTable().labels.get(regionKey(name))!.some((r) => r.provider === 'jdcloud'), name).toBe(true);
  });

  it('has no cloud code that is also the name of another place (the place wins: Baidu hkg is HKG, Hong Kong)', () => {
    for (const [code, meanings] of regionTable().codes) {
      const place = regionTable().names.get(regionKey(code));
      if (place) expect(meanings.map((m) => m.country), code).toEqual(meanings.map(() => place.country));
    }
  });
});

describe('parseRegion: console names and mixed forms', () => {
  it.each([
    ['华北2（北京）', 'cn-beijing', 'CN', 'aliyun'],
    ['华东1（杭州）', 'cn-hangzhou', 'CN', 'aliyun'],
    ['China (Hangzhou)', 'cn-hangzhou', 'CN', 'aliyun'],
    ['亚太东南1（新加坡）', 'ap-southeast-1', 'SG', 'aliyun'],
    ['华南地区(广州)', 'ap-guangzhou', 'CN', 'tencentcloud'],
    ['Hong Kong/Macao/Taiwan (Hong Kong, China)', 'ap-hongkong', 'HK', 'tencentcloud'],
    ['华北-北京四', 'cn-north-4', 'CN', 'huaweicloud'],
    ['华东-宿迁', 'cn-east-1', 'CN', 'jdcloud'],
    ['中国东部 2', 'chinaeast2', 'CN', 'azure'],
    ['Asia Pacific (Hong Kong)', 'ap-east-1', 'HK', 'aws'],
    ['cn-bj-a', 'bj', 'CN', 'baidu'],
    ['阿里云 华东1（杭州）', 'cn-hangzhou', 'CN', 'aliyun'],
    ['阿里云华东1杭州', 'cn-hangzhou', 'CN', 'aliyun'],
    ['阿里云：华东1（杭州）', 'cn-hangzhou', 'CN', 'aliyun'],
    ['aliyun cn-hangzhou', 'cn-hangzhou', 'CN', 'aliyun'],
    ['aws-cn-north-1', 'cn-north-1', 'CN', 'aws'],
    ['AWS Beijing', 'cn-north-1', 'CN', 'aws'],
    ['AWS 宁夏', 'cn-northwest-1', 'CN', 'aws'],
    ['AWS us-east-1 (N. Virginia)', 'us-east-1', 'US', 'aws'],
    ['腾讯云广州三区', 'ap-guangzhou', 'CN', 'tencentcloud'],
    ['华为云 香港', 'ap-southeast-1', 'HK', 'huaweicloud'],
    ['火山引擎 华北2（北京）', 'cn-beijing', 'CN', 'volcengine'],
    ['华东1（杭州）可用区H', 'cn-hangzhou', 'CN', 'aliyun'],
  ])('%s → %s (%s) on %s', (raw, code, country, provider) => {
    // raw is the cell as read: NFKC, so full-width brackets and colons are ASCII.
    expect(parseRegion(raw)).toMatchObject({ raw: raw.normalize('NFKC'), code, country, provider, mainland: country === 'CN' });
  });

  it('lets a place beside a code choose the cloud: ap-southeast-1（香港） is Huawei Cloud, cn-north-1（华北-北京） JD Cloud', () => {
    expect(parseRegion('ap-southeast-1（香港）')).toMatchObject({ provider: 'huaweicloud', country: 'HK', mainland: false });
    expect(parseRegion('ap-southeast-1 (Singapore)')).toMatchObject({ provider: 'aws', country: 'SG' });
    expect(parseRegion('ap-southeast-1（香港）')!.note).toBeUndefined();
    expect(parseRegion('cn-north-1（华北-北京）')).toMatchObject({ provider: 'jdcloud', code: 'cn-north-1' });
  });

  it.each([
    ['北京市', 'Beijing', 'CN'], ['广东省', 'Guangdong', 'CN'], ['宁夏回族自治区', 'Ningxia', 'CN'], ['宿迁市', 'Suqian', 'CN'],
    ['香港特别行政区', 'HK', 'HK'], ['广东省深圳市', 'Shenzhen', 'CN'], ['北京市朝阳区', 'Beijing', 'CN'], ['北京机房', 'Beijing', 'CN'],
    ['中国（香港）', 'HK', 'HK'], ['境外（新加坡）', 'SG', 'SG'], ['存储于中华人民共和国境内', 'CN', 'CN'], ['华东地区', 'East China', 'CN'],
    ['法兰克福', 'Frankfurt', 'DE'], ['Beijing, China', 'Beijing', 'CN'], ['主：北京', 'Beijing', 'CN'],
  ])('%s → %s (%s), no cloud', (raw, code, country) => {
    expect(parseRegion(raw)).toMatchObject({ raw: raw.normalize('NFKC'), code, country, mainland: country === 'CN' });
    expect(parseRegion(raw)!.provider).toBeUndefined();
  });

  it.each([['无'], ['不存储'], ['none']])('%s (not stored anywhere) → null', (raw) => {
    expect(parseRegion(raw)).toBeNull();
  });
});

describe('parseRegion: several regions in one cell', () => {
  it('is outside mainland China when any one is, and names the first one outside', () => {
    const r = parseRegion('cn-north-1, ap-southeast-1')!;
    expect(r).toMatchObject({ raw: 'cn-north-1, ap-southeast-1', code: 'cn-north-1, ap-southeast-1', country: 'SG', mainland: false, provider: 'aws' });
    expect(r.note).toContain('several regions: Beijing (CN), Singapore (SG); outside mainland China: Singapore (SG)');
    expect(parseRegion('主：北京；备：新加坡')).toMatchObject({ country: 'SG', mainland: false, place: 'Beijing, Singapore' });
    expect(parseRegion('北京、香港')).toMatchObject({ country: 'HK', mainland: false });
  });

  it('is mainland when every one is', () => {
    expect(parseRegion('主：北京；备：上海')).toMatchObject({ code: 'Beijing, Shanghai', country: 'CN', mainland: true });
    expect(parseRegion('cn-north-1 / cn-east-2')).toMatchObject({ country: 'CN', mainland: true });
  });

  it('reads the same region written twice as one', () => {
    expect(parseRegion('华北2（北京）/cn-beijing')).toEqual({ raw: '华北2(北京)/cn-beijing', code: 'cn-beijing', country: 'CN', mainland: true, provider: 'aliyun', place: 'Beijing' });
  });
});

describe('parseRegion: cells that cannot be read', () => {
  it.each([
    ['cn-hangzhou（新加坡）', 'names places that disagree: Hangzhou (CN) and Singapore (SG)'],
    ['境外（北京）', 'names places that disagree'],
    ['阿里云 华为云 北京', 'names two clouds'],
    ['阿里云', 'names no place'],
    ['私有云', 'names no place'],
    ['华为云 cn-hangzhou', "'cn-hangzhou' is not a huaweicloud region I know"],
    ['火星', "unknown region '火星'"],
    ['andes', "unknown region 'andes'"],
    ['北京 火星基地', "'火星基地' is not a region, cloud or place I know"],
  ])('%s → %s', (raw, message) => {
    expectRefusal(() => parseRegion(raw), { containing: message });
  });

  it('suggests Chinese names for a Chinese cell, codes for a code', () => {
    expect(valueErrorOf(() => parseRegion('北就')).message).not.toMatch(/'[A-Za-z]/);
    expect(valueErrorOf(() => parseRegion('cn-hangzou')).message).toContain("did you mean 'cn-hangzhou'");
  });

  it('refuses a cell longer than any region at once', () => {
    expect(valueErrorOf(() => parseRegion('北京'.repeat(150))).message).toContain('too long to be a region');
  });
});

describe('parseRegion: an inventory of 100,000 rows', () => {
  it('reads its repeated spellings from the memo', () => {
    const spellings = ['华北2（北京）', 'cn-north-1', '北京', '阿里云 华东1（杭州）', '主：北京；备：上海', 'cn-north-1, ap-southeast-1', '境内', 'ap-guangzhou-3'];
    expect(elapsedMs(() => {
      for (let i = 0; i < 100_000; i++) parseRegion(spellings[i % spellings.length]);
    })).toBeLessThan(2000);
  });
});
