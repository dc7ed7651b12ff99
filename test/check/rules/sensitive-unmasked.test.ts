/** sensitive-unmasked: sensitive PI must be masked when used or displayed (000/002 §6.1.1, 003 §一(五)5). */
import { describe, expect, it } from 'vitest';
import { sensitiveUnmasked as rule } from '../../../src/check/rules/sensitive-unmasked.js';
import { ctx, expectSeverityConfigurable, mask, messages, only, P000, P001, P002, P003, record, run } from '../helpers.js';

const shown = (masked: string | null, item = 'basic.phone', sensitive: boolean | null = null, field = 'mobile') =>
  record({ field, item, sensitive, masking: masked === null ? null : mask(masked) });
const plainPhone = shown('no');

describe('sensitive-unmasked', () => {
  it.each([
    ['no', 'used or displayed without masking'],
    ['否', 'used or displayed without masking'],
    ['N', 'used or displayed without masking'],
    ['不脱敏', 'used or displayed without masking'],
    [null, 'declared with no masking'],
  ])('reports a sensitive field masked: %s', (masked, state) => {
    const f = only(rule, shown(masked));
    expect(f).toMatchObject({ ruleId: 'sensitive-unmasked', severity: 'error', item: 'basic.phone', subject: { field: 'mobile' } });
    expect(f.message).toBe(`sensitive field 'mobile' (phone number) is ${state}`);
  });

  it.each(['yes', '是', 'partial', '138****5678', '部分遮盖', 'SHA256', '令牌化', '脱敏展示'])('accepts a sensitive field masked: %s', (masked) => {
    expect(run(rule, [shown(masked)])).toEqual([]);
  });

  it('ignores fields that are not sensitive, or hold no personal information', () => {
    expect(run(rule, [shown('no', 'network-identity.ip'), shown('no', 'device.model'), shown(null, 'basic.address'), record({ item: null, masking: null })])).toEqual([]);
  });

  it("follows the PIPL Art. 28 floor and the inventory's own sensitive column (add, never remove)", () => {
    expect(run(rule, [shown('no', 'location.gps')], ctx({ packs: [P001] }))).toHaveLength(1);
    expect(run(rule, [shown('no', 'basic.name', true), shown('no', 'basic.phone', false)])).toHaveLength(2);
  });

  it('names the field, the item and what is wrong, in both languages', () => {
    const { en, zh } = messages(rule, plainPhone);
    expect(en).toBe("sensitive field 'mobile' (phone number) is used or displayed without masking");
    expect(zh).toBe('敏感字段「mobile」（个人电话号码）在使用或展示时未脱敏');
  });

  it("cites the pack's masking clause, or PIPL Art. 51 without one (001)", () => {
    expect(only(rule, plainPhone).clause).toMatchObject({ policy: P002, section: '6.1.1' });
    expect(only(rule, plainPhone, ctx({ packs: [P000] })).clause).toMatchObject({ policy: P000, section: '6.1.1' });
    const face = shown('no', 'biometric.face');
    expect(only(rule, face, ctx({ packs: [P003] })).clause).toMatchObject({ policy: P003, section: '一(五)5' });
    expect(only(rule, face, ctx({ packs: [P001] })).clause).toMatchObject({ policy: 'PIPL', section: 'Art. 51' });
  });

  it('judges a row declared by a group (账号密码) by its items, not by the whole category', () => {
    // Under 000 the account and the password are sensitive, the network-identity category as a whole is not (IP addresses).
    const byGroup = record({ field: 'xyz', item: null, nameItem: null, declaredItem: null, declaredCategory: 'network-identity', declaredItems: ['network-identity.account', 'network-identity.password'], masking: mask('no') });
    expect(run(rule, [byGroup], ctx({ packs: [P000] }))).toHaveLength(1);
    expect(run(rule, [{ ...byGroup, declaredItems: undefined }], ctx({ packs: [P000] }))).toEqual([]);
    // A group whose items are not all sensitive is not.
    expect(run(rule, [{ ...byGroup, declaredItems: ['network-identity.account', 'network-identity.ip'] }], ctx({ packs: [P000] }))).toEqual([]);
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, plainPhone));
});
