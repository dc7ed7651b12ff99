/** recipient-unmasked: sensitive PI shared with a third party must be masked AND encrypted (SPEC decision 7). */
import { describe, expect, it } from 'vitest';
import { recipientUnmasked as rule } from '../../../src/check/rules/recipient-unmasked.js';
import { ctx, enc, expectSeverityConfigurable, mask, messages, only, P000, P001, P002, P003, record, run } from '../helpers.js';

interface Sharing {
  item?: string;
  encrypted?: string | null;
  masked?: string | null;
  to?: string[];
  sensitive?: boolean | null;
}

const shared = ({ item = 'basic.phone', encrypted = 'AES-256', masked = 'partial', to = ['SF Express'], sensitive = null }: Sharing) =>
  record({ field: 'receiver_phone', item, encryption: encrypted === null ? null : enc(encrypted), masking: masked === null ? null : mask(masked), sharedWith: to, sensitive });
const unmasked = shared({ masked: 'no' });

describe('recipient-unmasked', () => {
  it.each([
    ['no masking', { masked: 'no' }],
    ['no masking', { masked: null }],
    ['no encryption', { encrypted: 'no' }],
    ['no encryption', { encrypted: null }],
    ['no encryption', { encrypted: 'Base64' }],
    ['neither masking nor encryption', { encrypted: '明文', masked: '否' }],
  ] as [string, Sharing][])('reports a sensitive field shared with %s (%o)', (missing, how) => {
    const f = only(rule, shared(how));
    expect(f).toMatchObject({ ruleId: 'recipient-unmasked', severity: 'error', item: 'basic.phone', subject: { field: 'receiver_phone' } });
    expect(f.message).toMatch(new RegExp(`with ${missing}$`));
  });

  it('accepts a sensitive field shared masked and encrypted (a hash counts as encrypted)', () => {
    expect(run(rule, [shared({}), shared({ encrypted: 'SM4', masked: '138****5678' }), shared({ encrypted: 'bcrypt', masked: 'SHA256' })])).toEqual([]);
  });

  it('ignores fields shared with nobody, and fields that are not sensitive', () => {
    expect(run(rule, [shared({ masked: 'no', to: [] }), shared({ item: 'device.model', encrypted: 'no', masked: 'no' }), shared({ item: 'network-identity.ip', masked: 'no' })])).toEqual([]);
  });

  it('follows sensitivity from the PIPL Art. 28 set and from the inventory’s own sensitive column', () => {
    // Biometrics are sensitive under every pack, even one (001) that lists no sensitive items.
    expect(only(rule, shared({ item: 'biometric.face', masked: 'no' }), ctx({ packs: [P001] })).item).toBe('biometric.face');
    expect(only(rule, shared({ item: 'device.model', masked: 'no', sensitive: true })).item).toBe('device.model');
    // `sensitive: no` cannot remove what the pack says (SPEC decision 4).
    expect(run(rule, [shared({ masked: 'no', sensitive: false })])).toHaveLength(1);
  });

  it('names every recipient and what is missing, in both languages', () => {
    const r = shared({ encrypted: 'no', masked: 'no', to: ['SF Express', '京东物流'] });
    const { en, zh } = messages(rule, r);
    expect(en).toBe("sensitive field 'receiver_phone' (phone number) is shared with SF Express, 京东物流 with neither masking nor encryption");
    expect(zh).toBe('敏感字段「receiver_phone」（个人电话号码）提供给「SF Express, 京东物流」时既未脱敏也未加密');
  });

  it("cites the pack's third-party masking clause, or PIPL Art. 51 without one", () => {
    expect(only(rule, unmasked).clause).toMatchObject({ policy: P002, section: '5.1.5' });
    expect(only(rule, unmasked, ctx({ packs: [P000] })).clause).toMatchObject({ policy: P000, section: '5.1.4' });
    const face = shared({ item: 'biometric.face', masked: 'no' });
    expect(only(rule, face, ctx({ packs: [P003] })).clause).toMatchObject({ policy: P003, section: '三(一)4' });
    expect(only(rule, face, ctx({ packs: [P001] })).clause).toMatchObject({ policy: 'PIPL', section: 'Art. 51' });
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, unmasked));
});
