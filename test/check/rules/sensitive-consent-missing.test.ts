/** sensitive-consent-missing: the PIPL Art. 28 set needs separate consent under every pack (SPEC decision 5). */
import { describe, expect, it } from 'vitest';
import { sensitiveConsentMissing as rule } from '../../../src/check/rules/sensitive-consent-missing.js';
import { consent, ctx, expectSeverityConfigurable, messages, only, P001, P002, P003, packWith, record, run } from '../helpers.js';

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

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, face));
});
