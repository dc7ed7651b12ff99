import { describe, expect, it } from 'vitest';
import { ValueError } from '../../src/errors.js';
import { itemsForSdkField, splitFieldList } from '../../src/sdk/fields.js';
import { parsePlatform } from '../../src/sdk/platform.js';
import { tx } from './helpers.js';

describe('splitFieldList', () => {
  it('splits on ; 、 ， , and "and"', () => {
    expect(splitFieldList('IMEI;OAID、设备型号，IP地址,昵称')).toEqual(['IMEI', 'OAID', '设备型号', 'IP地址', '昵称']);
    expect(splitFieldList('Device Unique Identification Code, Version, Device Model and Device Manufacturer')).toEqual([
      'Device Unique Identification Code',
      'Version',
      'Device Model',
      'Device Manufacturer',
    ]);
  });

  it('keeps bracketed lists together', () => {
    expect(splitFieldList('设备标识符（IMEI、OAID、Android ID）、IP地址')).toEqual(['设备标识符（IMEI、OAID、Android ID）', 'IP地址']);
  });

  it('drops empty parts and repeats', () => expect(splitFieldList(' IMEI ; ;IMEI ')).toEqual(['IMEI']));
});

describe('itemsForSdkField', () => {
  it('"Device Unique Identification Code" covers the device unique identifiers', () => {
    expect(itemsForSdkField(tx, 'Device Unique Identification Code').sort()).toEqual(['device.android-id', 'device.idfa', 'device.idfv', 'device.imei', 'device.meid', 'device.oaid']);
    expect(itemsForSdkField(tx, '设备唯一识别码')).toHaveLength(6);
  });

  it.each([
    ['Network IP Address', ['network-identity.ip']],
    ['Version', ['device.os']],
    ['Device Model', ['device.model']],
    ['Phone Number', ['basic.phone']],
    ['User Nickname', ['basic.nickname']],
    ['User Unique Identification', ['network-identity.user-id']],
    ['Facial Information', ['biometric.face']],
    ['System Type', ['device.os']],
    ['Operator Type', ['device.carrier']],
    ['ID Card Number', ['identity.resident-id']],
    ['Enterprise Name', []],
    ['网络类型', []],
  ])('table label %s', (label, items) => expect(itemsForSdkField(tx, label)).toEqual(items));

  it('falls back to the taxonomy: item names, ids and field-name synonyms', () => {
    expect(itemsForSdkField(tx, 'IMEI')).toEqual(['device.imei']);
    expect(itemsForSdkField(tx, 'device.mac')).toEqual(['device.mac']);
    expect(itemsForSdkField(tx, 'MAC地址')).toEqual(['device.mac']);
    expect(itemsForSdkField(tx, '应用列表')).toEqual(['device.software-list']);
  });

  it('gives a whole category as its bare id', () => expect(itemsForSdkField(tx, '设备信息')).toEqual(['device']));

  it('reads a bracketed list through its parts', () => {
    expect(itemsForSdkField(tx, '设备标识符（IMEI、MAC地址）')).toEqual(['device.imei', 'device.mac']);
  });

  it('throws a ValueError with suggestions for an unknown label', () => {
    try {
      itemsForSdkField(tx, 'Device Modle');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValueError);
      expect((e as ValueError).message).toContain("'Device Modle'");
      expect((e as ValueError).accepted).toContain("'Device Model'");
    }
  });
});

describe('parsePlatform', () => {
  it.each([
    ['Android', 'android'],
    ['安卓', 'android'],
    ['iOS', 'ios'],
    ['苹果', 'ios'],
    ['鸿蒙', 'harmonyos'],
    ['HarmonyOS', 'harmonyos'],
    ['小程序', 'miniprogram'],
    ['H5', 'web'],
  ])('%s → %s', (raw, p) => expect(parsePlatform(raw)).toBe(p));

  it('rejects others', () => expect(parsePlatform('Symbian')).toBeNull());
});

describe('the label table agrees with the 002 pack', () => {
  it('gives every §5.1.4 field label the items the pack declares for it', async () => {
    const { loadPack } = await import('../../src/policy/load.js');
    const rows = loadPack('jdcloud-privacy-2020-07').recipients.sdks ?? [];
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      for (const field of row.fields) expect(itemsForSdkField(tx, field.label).sort(), `${row.name}: ${field.label}`).toEqual([...field.items].sort());
    }
  });
});
