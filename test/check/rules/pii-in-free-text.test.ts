/** pii-in-free-text: identifiers inside remarks, notes and logs, aggregated per column. */
import { describe, expect, it } from 'vitest';
import { piiInFreeText as rule } from '../../../src/check/rules/pii-in-free-text.js';
import type { TableResult } from '../../../src/scan/types.js';
import { P001, P002 } from '../helpers.js';
import { exportFile, runOn, scanOne, findings } from '../../scan/helpers.js';

const hit: TableResult = {
  ruleId: 'pii-in-free-text', column: 'remark', item: 'internet-records.free-text', count: 3, rows: [4, 10, 13], clause: null, evidence: '139****5678',
  args: { kinds: { en: 'phone number 2, resident identity card 1', zh: '个人电话号码 2、身份证 1' } },
};

describe('pii-in-free-text', () => {
  it('reports the column with its records, kinds and masked evidence', () => {
    const [f, ...rest] = runOn(rule, exportFile({ results: [hit] }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'pii-in-free-text', severity: 'warning', line: 1, subject: { table: 'users', column: 'remark' }, count: 3, rows: [4, 10, 13], evidence: '139****5678' });
  });

  it('finds identifiers inside Chinese and English sentences, and nothing in clean text', async () => {
    const file = await scanOne('fixtures/exports/users.csv');
    const [f] = findings([file], [rule]);
    expect(f).toMatchObject({ subject: { column: 'remark' }, count: 3, rows: [4, 10, 13], evidence: '139****5678' });
    expect(f!.message).toBe("free-text column 'remark' holds personal information in 3 records: email address 1, phone number 1, resident identity card 1");
    expect(findings([await scanOne('fixtures/exports/kehu.csv')], [rule])).toEqual([]);
  });

  it('ignores results of other rules', () => {
    expect(runOn(rule, exportFile({ results: [{ ...hit, ruleId: 'retention-expired' }] }))).toEqual([]);
  });

  it('cites the masking clause of the pack, the law without one', () => {
    expect(runOn(rule, exportFile({ results: [hit] }))[0]!.clause).toMatchObject({ policy: P002, section: '6.1.1' });
    expect(runOn(rule, exportFile({ results: [hit] }), { packs: [P001] })[0]!.clause).toMatchObject({ policy: 'PIPL', section: 'Art. 51' });
  });

  it('says it in Chinese', () => {
    expect(runOn(rule, exportFile({ results: [hit] }), { lang: 'zh' })[0]!.message).toBe('自由文本列“remark”中有 3 条记录包含个人信息：个人电话号码 2、身份证 1');
  });

  it('takes its severity from the config', () => {
    expect(runOn(rule, exportFile({ results: [hit] }), { rules: { 'pii-in-free-text': 'error' } })[0]!.severity).toBe('error');
  });
});
