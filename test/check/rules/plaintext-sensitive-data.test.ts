/** plaintext-sensitive-data: an exported column holds sensitive values in clear, aggregated per column. */
import { describe, expect, it } from 'vitest';
import { plaintextSensitiveData as rule } from '../../../src/check/rules/plaintext-sensitive-data.js';
import { ctx, P001, P002 } from '../helpers.js';
import { exportFile, profile, runOn } from '../../scan/helpers.js';

const ids = profile({ name: '身份证号', item: 'identity.resident-id', detector: 'resident-id', kind: 'pi', nonEmpty: 120, plain: 118, masked: 2, rows: [2, 3, 5], evidence: '110101********123X' });
const cards = profile({ name: 'bank_card', item: 'property.bank-account', detector: 'bank-card', kind: 'pi', nonEmpty: 10, plain: 4, masked: 6, rows: [3], evidence: '621700*********0004' });
const file = (...columns: ReturnType<typeof profile>[]) => exportFile({ columns });

describe('plaintext-sensitive-data', () => {
  it('reports a sensitive column with plaintext values, with count, rows and masked evidence', () => {
    const [f, ...rest] = runOn(rule, file(ids));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'plaintext-sensitive-data', severity: 'error', file: 'exports/users.csv', line: 1, item: 'identity.resident-id',
      subject: { table: 'users', column: '身份证号', field: null }, count: 118, rows: [2, 3, 5], evidence: '110101********123X',
    });
  });

  it('stays quiet when every value is masked or hashed, or the item is not sensitive', () => {
    expect(runOn(rule, file({ ...ids, plain: 0, masked: 100, hashed: 20, rows: [] }))).toEqual([]);
    expect(runOn(rule, file(profile({ name: 'nickname', item: 'basic.nickname', kind: 'pi', plain: 50 })))).toEqual([]);
    expect(runOn(rule, file(profile({ name: 'order_no', plain: 50 })))).toEqual([]);
  });

  it('takes sensitivity from the pack, and the PIPL Art. 28 floor under any pack', () => {
    const phone = profile({ name: 'mobile', item: 'basic.phone', detector: 'mobile', kind: 'pi', plain: 9, rows: [2] });
    // 002 §2 lists phone numbers as sensitive; the terms (001) mark nothing sensitive.
    expect(runOn(rule, file(phone), { packs: [P002] })).toHaveLength(1);
    expect(runOn(rule, file(phone), { packs: [P001] })).toEqual([]);
    // Bank accounts are PIPL Art. 28 (financial accounts) whatever the pack says.
    expect(runOn(rule, file(cards), { packs: [P001] })).toHaveLength(1);
    expect(runOn(rule, file(ids), { packs: [P001] })).toEqual([]);
  });

  it('cites the encryption-at-rest clause of the pack, the law without one', () => {
    expect(runOn(rule, file(ids))[0]!.clause).toMatchObject({ policy: P002, section: '6.1.1' });
    expect(runOn(rule, file(cards), { packs: [P001] })[0]!.clause).toMatchObject({ policy: 'PIPL', section: 'Art. 51' });
  });

  it('says it in English and Chinese, counting right', () => {
    expect(runOn(rule, file(ids), { lang: 'en' })[0]!.message).toBe("column '身份证号' holds resident identity card in clear: 118 values");
    expect(runOn(rule, file({ ...ids, plain: 1 }), { lang: 'en' })[0]!.message).toBe("column '身份证号' holds resident identity card in clear: 1 value");
    expect(runOn(rule, file(ids), { lang: 'zh' })[0]!.message).toBe('列“身份证号”中有 118 条记录以明文保存身份证');
  });

  it('takes its severity from the config', () => {
    expect(runOn(rule, file(ids), { rules: { 'plaintext-sensitive-data': 'warning' } })[0]!.severity).toBe('warning');
    expect(runOn(rule, file(ids), { rules: { 'plaintext-sensitive-data': 'off' } })).toEqual([]);
  });

  it('reads exports only', () => {
    expect(rule.meta.appliesTo).toEqual(['export']);
    expect(rule.check({ kind: 'inventory', file: 'i.csv', headerLine: 1, records: [] }, ctx())).toEqual([]);
  });
});
