/** category-mismatch: a field's name says it holds another item than the category column declares. */
import { describe, expect, it } from 'vitest';
import { categoryMismatch as rule } from '../../../src/check/rules/category-mismatch.js';
import { buildInventoryRecord } from '../../../src/load/inventory-record.js';
import { ctx, expectSeverityConfigurable, messages, only, P001, P003, record, run, taxonomy } from '../helpers.js';

/** `id_card_no` declared as basic profile: the name is a resident-ID synonym (SPEC's own example). */
const idCardAsBasic = record({ field: 'id_card_no', categoryRaw: 'basic profile', declaredCategory: 'basic', declaredItem: null, nameItem: 'identity.resident-id', item: 'identity.resident-id' });

/** A record as the CSV reader makes it from a field name and a category cell. */
const read = (field: string, category: string) =>
  buildInventoryRecord(taxonomy, { file: 'inventory.csv', line: 2 }, { field: { raw: field, loc: { file: 'inventory.csv', line: 2 } }, category: { raw: category, loc: { file: 'inventory.csv', line: 2, column: 2 } } });

describe('category-mismatch', () => {
  it('reports a name that points outside the declared category, with the item the name indicates', () => {
    const f = only(rule, idCardAsBasic);
    expect(f).toMatchObject({ ruleId: 'category-mismatch', severity: 'warning', line: 2, item: 'identity.resident-id', subject: { field: 'id_card_no' } });
  });

  it('reports a name that points to another item than the declared one', () => {
    const r = record({ field: 'id_card_no', categoryRaw: '姓名', declaredItem: 'basic.name', declaredCategory: 'basic', nameItem: 'identity.resident-id', item: 'basic.name' });
    expect(only(rule, r).item).toBe('identity.resident-id');
  });

  it('accepts a name inside the declared category, the declared item itself, no category, or a name that says nothing', () => {
    const mobileAsBasic = record({ field: 'mobile', categoryRaw: '个人基本资料', declaredItem: null, declaredCategory: 'basic', nameItem: 'basic.phone', item: 'basic.phone' });
    const same = record({ field: 'id_card_no', item: 'identity.resident-id' });
    const undeclared = record({ field: 'id_card_no', categoryRaw: null, declaredItem: null, declaredCategory: null, nameItem: 'identity.resident-id', item: 'identity.resident-id' });
    const opaque = record({ field: 'col_17', categoryRaw: '个人身份信息', declaredItem: null, declaredCategory: 'identity', nameItem: null, item: null });
    expect(run(rule, [mobileAsBasic, same, undeclared, opaque])).toEqual([]);
  });

  it('works on what the reader makes of real cells (English and Chinese)', () => {
    expect(only(rule, read('id_card_no', 'basic profile')).item).toBe('identity.resident-id');
    expect(only(rule, read('sfzh', '个人基本资料')).item).toBe('identity.resident-id');
    expect(run(rule, [read('mobile', '个人基本资料'), read('身份证号', '个人身份信息'), read('login_name', 'network-identity.account')])).toEqual([]);
  });

  it('says what was declared and what the name indicates, in both languages', () => {
    const { en, zh } = messages(rule, idCardAsBasic);
    expect(en).toBe("field 'id_card_no' is declared as 'basic profile' but its name indicates resident identity card (identity.resident-id)");
    expect(zh).toBe('字段「id_card_no」声明为「basic profile」，但其名称表明是身份证（identity.resident-id）');
  });

  it('cites GB/T 35273-2020 Annex A under every pack (classification is the standard’s, not a policy’s)', () => {
    for (const packs of [undefined, [P001], [P003]]) {
      expect(only(rule, idCardAsBasic, ctx({ packs })).clause).toMatchObject({ policy: 'GB/T 35273-2020', section: 'Annex A' });
    }
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, idCardAsBasic));

  // Known classification bugs (src/taxonomy/match.ts, reported): the longest synonym wins even when it is
  // the possessor, not the head noun, and 指纹 inside 设备指纹 is read as a biometric. These flip to passing
  // when the matcher is fixed; then drop `.fails`.
  it('收货人手机号 (consignee mobile) declared as a phone number is no mismatch', () => {
    expect(run(rule, [read('收货人手机号', '个人电话号码')])).toEqual([]);
  });
  it('设备指纹 (device fingerprint) declared as device information is no mismatch', () => {
    expect(run(rule, [read('设备指纹', '个人常用设备信息')])).toEqual([]);
  });
});
