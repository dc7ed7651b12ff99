/** credential-not-hashed: a password must be a salted, slow one-way hash (SPEC decision 5: under every pack). */
import { describe, expect, it } from 'vitest';
import { credentialNotHashed as rule } from '../../../src/check/rules/credential-not-hashed.js';
import { ctx, enc, expectSeverityConfigurable, messages, only, P000, P001, P002, P003, record, run } from '../helpers.js';

const password = (encrypted: string | null) => record({ field: 'password', item: 'network-identity.password', encryption: encrypted === null ? null : enc(encrypted) });
const md5 = password('MD5');

describe('credential-not-hashed', () => {
  it.each([
    ['MD5', 'hashed with a fast unsalted hash (MD5)'],
    ['SHA256', 'hashed with a fast unsalted hash (SHA-256)'],
    ['AES-256', 'encrypted reversibly (AES-256)'],
    ['SM4', 'encrypted reversibly (SM4)'],
    ['是', 'encrypted reversibly (是)'],
    ['Base64', 'only encoded (Base64)'],
    ['明文', 'stored in clear'],
  ])('reports a password stored as %s', (written, state) => {
    const f = only(rule, password(written));
    expect(f).toMatchObject({ ruleId: 'credential-not-hashed', severity: 'error', item: 'network-identity.password', subject: { field: 'password' } });
    expect(f.message).toContain(state);
  });

  it('reports a password whose protection is not declared at all', () => {
    expect(only(rule, password(null)).message).toContain('stored in clear or with no declared protection');
  });

  it('reports a payment password too', () => {
    expect(only(rule, record({ field: 'pay_password', item: 'property.payment-password', encryption: enc('AES-256') })).item).toBe('property.payment-password');
  });

  it.each(['bcrypt', 'argon2id', 'scrypt', 'PBKDF2', '加盐SHA256', 'SM3+salt', 'hash'])('accepts a password stored as %s', (written) => {
    expect(run(rule, [password(written)])).toEqual([]);
  });

  it('ignores fields that are not credentials, however they are stored', () => {
    expect(run(rule, [record({ encryption: enc('明文') }), record({ item: 'basic.phone', encryption: enc('MD5') }), record({ item: null, encryption: null })])).toEqual([]);
  });

  it('names the field, the item and the algorithm in both languages', () => {
    const { en, zh } = messages(rule, md5);
    expect(en).toBe("credential field 'password' (password) is hashed with a fast unsalted hash (MD5), open to rainbow tables");
    expect(zh).toBe('鉴别信息字段「password」（密码）使用无盐快速哈希（MD5），易被彩虹表破解');
    expect(messages(rule, password('SM4')).zh).toContain('使用可逆加密（SM4）');
  });

  it('cites the JD Cloud terms §6.6 when that pack is loaded, PIPL Art. 51 otherwise', () => {
    expect(only(rule, md5, ctx({ packs: [P002] })).clause).toMatchObject({ policy: 'PIPL', section: 'Art. 51' });
    expect(only(rule, md5, ctx({ packs: [P003] })).clause).toMatchObject({ policy: 'PIPL', section: 'Art. 51' });
    expect(only(rule, md5, ctx({ packs: [P001] })).clause).toEqual({ policy: P001, section: '6.6', quote: '这些安全措施包括向其他服务器备份数据和对用户密码加密' });
    expect(only(rule, md5, ctx({ packs: [P000, P001] })).clause).toMatchObject({ policy: P001, section: '6.6' });
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, md5));
});
