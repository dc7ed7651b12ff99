/**
 * The device-identifier set is written in three places that must agree: the taxonomy's group (inventory
 * `category` cells, SDK field labels such as 设备标识信息), the SDK catalog's label "Device Unique
 * Identification Code", and the 002 pack's table rows that use that label.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../src/policy/load.js';
import { loadCatalog } from '../../src/sdk/catalog.js';
import { itemsForSdkField } from '../../src/sdk/fields.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { resolveName, resolveWholeName } from '../../src/taxonomy/match.js';

const tx = loadTaxonomy();
const group = tx.groups.find((g) => g.id === 'device-identifiers')!;
const sorted = (ids: readonly string[]) => [...ids].sort();

describe('the device-identifier group', () => {
  it('is the set the SDK catalog and the 002 pack read in "Device Unique Identification Code"', () => {
    expect(group.category).toBe('device');
    expect(sorted(loadCatalog().fieldLabel('Device Unique Identification Code')!.items)).toEqual(sorted(group.items));
    const rows = loadPack('jdcloud-privacy-2020-07').recipients.sdks ?? [];
    const labels = rows.flatMap((r) => r.fields).filter((f) => f.label === 'Device Unique Identification Code');
    expect(labels.length).toBeGreaterThan(0);
    for (const f of labels) expect(sorted(f.items)).toEqual(sorted(group.items));
  });

  it.each(['设备标识信息', '设备唯一标识', '设备标识符', '唯一设备识别码', 'Device Unique Identification Code', 'device identification information'])(
    '%s: an inventory declares the device category, an SDK list every identifier',
    (name) => {
      expect(resolveName(tx, name)).toMatchObject({ item: null, category: 'device', group: 'device-identifiers' });
      expect(sorted(itemsForSdkField(tx, name))).toEqual(sorted(group.items));
    },
  );

  it('a bracketed list keeps its items in an SDK list, and names the category in an inventory', () => {
    expect(sorted(itemsForSdkField(tx, '设备标识信息（IMEI、OAID）'))).toEqual(['device.imei', 'device.oaid']);
    expect(resolveName(tx, '设备标识信息（IMEI、OAID）')).toEqual({ item: null, category: 'device' });
    expect(resolveName(tx, '设备标识信息（OAID）')).toEqual({ item: 'device.oaid', category: 'device' });
  });

  it('is not read in parts by the SDK reader', () => {
    expect(resolveWholeName(tx, '个人身份信息/身份证')).toBeNull();
    expect(resolveWholeName(tx, '设备标识')).toMatchObject({ group: 'device-identifiers' });
  });

  it('keeps a field named 设备ID or 设备标识 on the generic device identifier', async () => {
    const { itemForFieldName } = await import('../../src/taxonomy/match.js');
    expect(itemForFieldName(tx, '设备ID')).toBe('device.guid');
    expect(itemForFieldName(tx, '设备标识')).toBe('device.guid');
  });
});

describe('the other groups', () => {
  it.each([
    ['通信记录和内容', 'communication', ['communication.records', 'communication.content']],
    ['账号密码', 'network-identity', ['network-identity.account', 'network-identity.password']],
  ])('%s', (name, category, items) => {
    expect(resolveName(tx, name)).toMatchObject({ item: null, category, items });
  });
});
