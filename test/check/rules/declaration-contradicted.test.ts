import { describe, expect, it } from 'vitest';
import { declarationContradicted } from '../../../src/check/rules/declaration-contradicted.js';
import { check, col, enc, findingsOf, keep, mask, row, table } from '../../crosscheck/helpers.js';

const PHONE = 'basic.phone';
const ID = 'identity.resident-id';

const clear = col({ name: 'mobile', item: PHONE, detector: 'mobile', plain: 30, checked: 10, valid: 10, rows: [2, 3], evidence: '138****0001' });
const ids = col({ name: 'contact_phone', item: PHONE, detector: 'mobile', valueItem: ID, matched: 0, nonEmpty: 12, plain: 12, rows: [4], evidence: '11**************1X' });
const old = col({ name: 'receiver_phone', item: PHONE, oldest: [{ column: 'order_time', role: 'event-date:transaction', day: '2021-03-15', line: 9 }] });
const rows = [
  row('mobile', PHONE, { line: 4, encryption: enc('AES-256'), masking: mask('no') }),
  row('contact_phone', PHONE, { line: 6, encryption: null, masking: null }),
  row('receiver_phone', PHONE, { line: 11, encryption: null, masking: null, retention: keep('1年'), retentionTrigger: 'transaction' }),
];
const exports = check([table('users', [clear, ids, old], { headerLine: 1 })], rows).exports;

describe('declaration-contradicted', () => {
  const found = findingsOf(declarationContradicted, exports);

  it('reports each contradiction of a column with its row, with the subject of both', () => {
    expect(found.map((f) => [f.subject.column, f.subject.field, f.subject.system, f.item, f.count, f.rows, f.evidence])).toEqual([
      ['contact_phone', 'contact_phone', 'crm', ID, 12, [4], '11**************1X'],
      ['mobile', 'mobile', 'crm', PHONE, 30, [2, 3], '138****0001'],
      ['receiver_phone', 'receiver_phone', 'crm', PHONE, 1, [9], null],
    ]);
  });

  it('says what the values contradict, in both languages', () => {
    expect(found.map((f) => f.message)).toEqual([
      "column 'contact_phone' contradicts its inventory row (field 'contact_phone', inventory.csv:6): declared as phone number, but its values are resident identity card (12 values)",
      "column 'mobile' contradicts its inventory row (field 'mobile', inventory.csv:4): declared encrypted (AES-256), but 30 values are in clear",
      "column 'receiver_phone' contradicts its inventory row (field 'receiver_phone', inventory.csv:11): declared kept 1 year from the transaction, but the oldest record still holding it is from 2021-03-15 ('order_time', line 9): that period ended 2022-03-15",
    ]);
    const zh = findingsOf(declarationContradicted, exports, 'zh').map((f) => f.message);
    expect(zh[0]).toBe('列「contact_phone」与其清单行（字段「contact_phone」，inventory.csv:6）不符：声明为个人电话号码，但其取值为身份证（12 条记录）');
    expect(zh[1]).toBe('列「mobile」与其清单行（字段「mobile」，inventory.csv:4）不符：声明为加密（AES-256），但有 30 条记录为明文');
    expect(zh[2]).toMatch(/^列「receiver_phone」与其清单行（字段「receiver_phone」，inventory\.csv:11）不符：声明自.+起保存1年，但仍保存该列的最早记录为 2021-03-15（「order_time」，第 9 行）：该期限已于 2022-03-15 届满$/);
  });

  it('cites encryption at rest (the pack\'s clause), deletion at term, and classified management', () => {
    expect(found.map((f) => `${f.clause.policy} ${f.clause.section}`)).toEqual(['PIPL Art. 51', 'jdcloud-privacy-2020-07 6.1.1', 'PIPL Art. 47']);
  });

  it('is silent when the values agree with their rows, and without --inventory', () => {
    const agree = [row('mobile', PHONE, { encryption: enc('none'), masking: mask('no') }), row('contact_phone', ID, { encryption: null, masking: null }), row('receiver_phone', PHONE, { retention: keep('5年'), retentionTrigger: 'transaction' })];
    expect(findingsOf(declarationContradicted, check([table('users', [clear, ids, old])], agree).exports)).toEqual([]);
    expect(findingsOf(declarationContradicted, [table('users', [clear, ids, old])])).toEqual([]);
  });

  it("keys each contradiction of a column by its kind: one keeps its fingerprint when the column contradicts its row again", () => {
    const keptTooLong = row('receiver_phone', PHONE, { line: 11, encryption: null, masking: null, retention: keep('1年'), retentionTrigger: 'transaction' });
    const [alone] = findingsOf(declarationContradicted, check([table('users', [old])], [keptTooLong]).exports);
    const inClear = col({ ...old, detector: 'mobile', plain: 3, checked: 3, valid: 3, rows: [2], evidence: '138****0001' });
    const both = findingsOf(declarationContradicted, check([table('users', [inClear])], [{ ...keptTooLong, encryption: enc('AES-256') }]).exports);
    // The protection finding sorts first: numbered by order, it would take the retention finding's fingerprint.
    expect(both.map((f) => f.clause.section)).toEqual(['6.1.1', 'Art. 47']);
    expect(both[1]!.fingerprint).toBe(alone!.fingerprint);
    expect(both[0]!.fingerprint).not.toBe(alone!.fingerprint);
  });

  it('takes a configured severity', () => {
    expect(findingsOf(declarationContradicted, exports, 'en', { 'declaration-contradicted': 'warning' }).map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
  });
});
