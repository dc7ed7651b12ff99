/** sensitive-consent-missing: the PIPL Art. 28 set needs separate consent under every pack (SPEC decision 5). */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/check/engine.js';
import { RULES } from '../../../src/check/registry.js';
import { minorConsentMissing } from '../../../src/check/rules/minor-consent-missing.js';
import { sensitiveConsentMissing as rule } from '../../../src/check/rules/sensitive-consent-missing.js';
import { inventoryFromCsvText } from '../../../src/load/inventory-csv.js';
import { consent, ctx, expectSeverityConfigurable, inventory, messages, only, P001, P002, P003, packWith, record, run, taxonomy, unknownItem } from '../helpers.js';

const collected = (item: string, agreed: string, field = item.split('.')[1]!) => record({ field, item, consent: consent(agreed) });
const face = collected('biometric.face', 'explicit', 'face_image');

/** 002 with a clause requiring separate consent for everything it marks sensitive (no bundled pack has one). */
const strict = packWith(P002, (p) => ({
  id: 'acme-privacy',
  consent: { ...p.consent, sensitive: { requires: 'separate', cite: { doc: 'acme.md', section: '3.4', quote: 'We ask for your separate consent before collecting sensitive personal information.' } } },
}));

describe('sensitive-consent-missing', () => {
  it.each([
    'biometric.face', 'biometric.fingerprint', 'health.condition', 'other.religion', 'other.specific-identity',
    'property.bank-account', 'property.payment-password', 'location.track', 'location.precise', 'location.gps',
  ])('reports %s collected with explicit consent only', (item) => {
    expect(only(rule, collected(item, 'explicit'))).toMatchObject({ ruleId: 'sensitive-consent-missing', severity: 'error', item });
  });

  it('reports implied, guardian or no consent as well', () => {
    for (const agreed of ['implied', '监护人同意', '无']) expect(run(rule, [collected('biometric.face', agreed)]), agreed).toHaveLength(1);
  });

  it('accepts separate consent, alone or with others', () => {
    expect(run(rule, [collected('biometric.face', 'separate'), collected('property.bank-account', '明示同意、单独同意'), collected('location.gps', 'guardian; separate')])).toEqual([]);
  });

  it("does not ask separate consent for a pack's sensitive items when the pack itself does not (002: phone, ID number)", () => {
    expect(run(rule, [collected('basic.phone', 'explicit'), collected('identity.resident-id', 'explicit'), record({ item: null, consent: [] })])).toEqual([]);
  });

  it('applies under every bundled pack, even one that lists no sensitive items (001)', () => {
    for (const packs of [[P001], [P003]]) expect(run(rule, [face], ctx({ packs }))).toHaveLength(1);
  });

  it('asks separate consent for all of a pack’s sensitive items when the pack requires it, citing that pack', () => {
    const phone = collected('basic.phone', 'explicit', 'mobile');
    expect(only(rule, phone, ctx({ packs: [strict] })).clause).toEqual({ policy: 'acme-privacy', section: '3.4', quote: 'We ask for your separate consent before collecting sensitive personal information.' });
    expect(only(rule, face, ctx({ packs: [strict] })).clause.policy).toBe('acme-privacy');
  });

  it('cites PIPL Art. 29 under the bundled packs, none of which has a sensitive-consent clause', () => {
    for (const packs of [undefined, [P001], [P003]]) expect(only(rule, face, ctx({ packs })).clause).toMatchObject({ policy: 'PIPL', section: 'Art. 29' });
  });

  it('says which consent the inventory records, in both languages', () => {
    const { en, zh } = messages(rule, face);
    expect(en).toBe("field 'face_image' (facial features) needs separate consent; the inventory records explicit");
    expect(zh).toBe('字段「face_image」（面部识别特征）须取得单独同意；清单记录的同意方式为明示同意');
    const none = messages(rule, collected('biometric.face', '无', 'face_image'));
    expect(none.en).toMatch(/records none$/);
    expect(none.zh).toMatch(/同意方式为无$/);
  });

  describe('children under 14 (PIPL Art. 28: their personal information is sensitive, whatever the item)', () => {
    const kid = (agreed: string, subjects = '未满14周岁的儿童') => record({ field: 'kid_name', item: 'basic.name', subjects, consent: consent(agreed) });

    it('reports a field of children under 14 with guardian consent that is not separate, saying why it is sensitive', () => {
      const { en, zh } = messages(rule, kid('监护人同意'));
      expect(en).toBe("field 'kid_name' (name) holds personal information of children under 14 (未满14周岁的儿童), sensitive under PIPL Art. 28, and needs separate consent; the inventory records guardian");
      expect(zh).toBe('字段「kid_name」（姓名）包含不满十四周岁未成年人（未满14周岁的儿童）的个人信息，属《个人信息保护法》第二十八条规定的敏感个人信息，须取得单独同意；清单记录的同意方式为监护人同意');
      for (const subjects of ['14岁以下儿童', 'children under 14', '6-12岁']) expect(run(rule, [kid('guardian', subjects)]), subjects).toHaveLength(1);
    });

    it('accepts separate consent (the guardian’s), and leaves minors in general to minor-consent-missing', () => {
      expect(run(rule, [kid('guardian; separate'), kid('监护人同意、单独同意')])).toEqual([]);
      expect(run(rule, [kid('explicit', '未成年人'), kid('explicit', '未成年人（14至18周岁）'), kid('explicit', 'under 18')])).toEqual([]);
    });

    it('reports once a field whose item is sensitive too, as the item', () => {
      expect(only(rule, collected('biometric.face', 'guardian', 'face_image'), ctx()).message).toMatch(/^field 'face_image' \(facial features\) needs separate consent/);
      expect(run(rule, [{ ...collected('biometric.face', 'guardian', 'face_image'), subjects: '儿童' }])).toHaveLength(1);
    });

    it('reports a field of children whose item is unknown but that holds personal information', () => {
      expect(only(rule, unknownItem('unread', { subjects: '14岁以下儿童', consent: consent('guardian') }))).toMatchObject({ item: null, subject: { field: 'x' } });
      expect(run(rule, [record({ item: null, subjects: '儿童', consent: consent('guardian') })])).toEqual([]);
    });

    it('cites PIPL Art. 29, or the pack’s own sensitive-consent clause', () => {
      expect(only(rule, kid('guardian')).clause).toMatchObject({ policy: 'PIPL', section: 'Art. 29' });
      expect(only(rule, kid('guardian'), ctx({ packs: [strict] })).clause.policy).toBe('acme-privacy');
    });

    it('and minor-consent-missing each report what is missing: guardian consent (Art. 31), separate consent (Art. 29)', () => {
      const both = [rule, minorConsentMissing];
      const ids = (agreed: string) => runRules([inventory([kid(agreed)])], both, ctx()).map((f) => `${f.ruleId} ${f.clause.section}`);
      expect(ids('guardian')).toEqual(['sensitive-consent-missing Art. 29']);
      expect(ids('separate')).toEqual(['minor-consent-missing 8.1']);
      expect(ids('explicit')).toEqual(['minor-consent-missing 8.1', 'sensitive-consent-missing Art. 29']);
      expect(ids('guardian; separate')).toEqual([]);
    });

    it('the tester’s row: a child’s name with guardian consent only, under 002', () => {
      const csv = 'field,category,encrypted,masked,storage_region,consent,retention,retention_trigger,subjects\nkid_name,basic.name,AES,partial,cn-north-1,监护人同意,3d,account cancellation,未满14周岁的儿童\n';
      const found = runRules([inventoryFromCsvText('kids.csv', csv, taxonomy)], RULES, ctx({ asOf: '2026-01-01' }));
      expect(found.map((f) => f.ruleId)).toEqual(['sensitive-consent-missing']);
    });
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, face));
});
