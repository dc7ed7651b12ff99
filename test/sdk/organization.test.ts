import { describe, expect, it } from 'vitest';
import { orgKey, nameKey } from '../../src/sdk/keys.js';
import { compareOrganizations } from '../../src/sdk/organization.js';
import { catalog } from './helpers.js';

describe('orgKey', () => {
  it('ignores punctuation, case and legal-form spellings', () => {
    const k = orgKey('Huawei Technologies Co., Ltd.');
    expect(orgKey('Huawei Technologies Co. Ltd.')).toBe(k);
    expect(orgKey('HUAWEI TECHNOLOGIES CO LTD')).toBe(k);
    expect(orgKey('Huawei Technologies Company Limited')).toBe(k);
    expect(orgKey('Huawei Technologies Co., Limited')).toBe(k);
  });

  it('treats full-width brackets like ASCII ones and 有限公司 like 有限责任公司', () => {
    expect(orgKey('腾讯科技(深圳)有限公司')).toBe(orgKey('腾讯科技（深圳）有限公司'));
    expect(orgKey('北京小米科技有限公司')).toBe(orgKey('北京小米科技有限责任公司'));
  });

  it('keeps different names different', () => {
    expect(orgKey('Xiaomi Communications Co., Ltd.')).not.toBe(orgKey('Beijing Xiaomi Technology Co., Ltd.'));
  });
});

describe('nameKey', () => {
  it('drops punctuation and a trailing SDK', () => {
    expect(nameKey('华为推送 SDK')).toBe(nameKey('华为推送'));
    expect(nameKey('Telecom Local OneKey Login.....')).toBe('telecomlocalonekeylogin');
    expect(nameKey('SDK')).toBe('sdk');
  });
});

describe('compareOrganizations', () => {
  it('same: English and Chinese registered names of one entity', () => {
    const c = compareOrganizations(catalog, '深圳市腾讯计算机系统有限公司', 'Shenzhen Tencent Computer System Co., Ltd.');
    expect(c.relation).toBe('same');
    expect(c.written?.id).toBe('tencent-computer');
  });

  it('same: 002 spelling "Co. Ltd." against the Chinese name', () => {
    expect(compareOrganizations(catalog, '华为技术有限公司', 'Huawei Technologies Co. Ltd.').relation).toBe('same');
  });

  it('same: a brand alias of the entity (JD Digits)', () => {
    expect(compareOrganizations(catalog, '京东数字科技控股股份有限公司', 'JD Digits').relation).toBe('same');
  });

  it('same-group-different-entity: Xiaomi Communications vs Beijing Xiaomi Technology', () => {
    const c = compareOrganizations(catalog, '小米通讯技术有限公司', 'Beijing Xiaomi Technology Co., Ltd.');
    expect(c.relation).toBe('same-group-different-entity');
    expect(c.group?.en).toBe('Xiaomi');
  });

  it('same-group-different-entity: Huawei Software Technologies vs Huawei Technologies', () => {
    expect(compareOrganizations(catalog, 'Huawei Software Technologies Co., Ltd.', 'Huawei Technologies Co. Ltd.').relation).toBe('same-group-different-entity');
  });

  it('different: two known entities of different groups', () => {
    expect(compareOrganizations(catalog, '北京百度网讯科技有限公司', 'Shenzhen Tencent Computer System Co., Ltd.').relation).toBe('different');
  });

  it('unknown: a name the catalog does not know', () => {
    const c = compareOrganizations(catalog, 'Foo Widgets Ltd.', 'Huawei Technologies Co. Ltd.');
    expect(c.relation).toBe('unknown');
    expect(c.written).toBeNull();
    expect(c.declared?.id).toBe('huawei-technologies');
  });

  it('same for two unknown names that differ only in spelling', () => {
    expect(compareOrganizations(catalog, 'Foo Widgets Co., Ltd', 'FOO WIDGETS CO. LTD.').relation).toBe('same');
  });
});
