/** unrecognized-value: a declaration cell privaudit cannot read (SPEC decision 12). */
import { describe, expect, it } from 'vitest';
import { runRules } from '../../../src/check/engine.js';
import { RULES } from '../../../src/check/registry.js';
import { unrecognizedValue as rule } from '../../../src/check/rules/unrecognized-value.js';
import type { CellProblem, InventoryRecord, SdkFile } from '../../../src/load/types.js';
import { ctx, expectSeverityConfigurable, messages, only, record, run } from '../helpers.js';

const cell = (over: Partial<CellProblem> = {}): CellProblem => ({ key: 'masked', column: '脱敏规则', loc: { file: 'inventory.csv', line: 2, column: 6 }, raw: '看情况', near: ['partial', 'hash'], ...over });
const withCell = (r: InventoryRecord, ...cells: CellProblem[]): InventoryRecord => ({ ...r, unread: cells });
const inventory = (records: InventoryRecord[]) => ({ kind: 'inventory' as const, file: 'inventory.csv', headerLine: 1, records });

describe('unrecognized-value', () => {
  it('reports every unread cell of a row at its line, naming its column as the file does', () => {
    const r = withCell(record({ item: 'basic.phone' }), cell(), cell({ key: 'storage_region', column: '存储位置', raw: '火星', near: [], loc: { file: 'inventory.csv', line: 2, column: 8 } }));
    const found = run(rule, [r]);
    expect(found.map((f) => [f.line, f.subject.column, f.subject.field])).toEqual([
      [2, '存储位置', 'phone'],
      [2, '脱敏规则', 'phone'],
    ]);
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('says what the cell holds (masked), where, the nearest readings and the checks it kept from running', () => {
    const all = runRules([inventory([withCell(record(), cell({ raw: '13812345678' }))])], RULES, ctx());
    const [f] = all.filter((x) => x.ruleId === 'unrecognized-value');
    expect(f!.message).toBe("脱敏规则 '138****5678' (column 6) cannot be read (did you mean 'partial', 'hash'?); not checked on this row: recipient-unmasked, sensitive-unmasked");
    const zh = runRules([inventory([withCell(record(), cell())])], RULES, ctx({ lang: 'zh' })).find((x) => x.ruleId === 'unrecognized-value')!;
    expect(zh.message).toBe("无法识别：「脱敏规则」列的值 '看情况'（第 6 列）（是否为 'partial'、'hash'？）；本行未执行的检查：recipient-unmasked、sensitive-unmasked");
  });

  it('keeps the rules that need the cell from running on that row only, and every other rule running', () => {
    // A sensitive field in clear and unmasked: sensitive-unencrypted and sensitive-unmasked on a readable row.
    const inClear = { item: 'identity.resident-id', encryption: { raw: 'no', kind: 'none', algorithm: null }, masking: { raw: 'no', masked: false, method: null } } as const;
    const open = record(inClear);
    const unreadMasking = withCell(record({ ...inClear, masking: null, line: 3 }), cell({ loc: { file: 'inventory.csv', line: 3, column: 6 } }));
    const ids = (line: number) => runRules([inventory([open, unreadMasking])], RULES, ctx()).filter((f) => f.line === line).map((f) => f.ruleId);
    expect(ids(2)).toContain('sensitive-unmasked');
    expect(ids(3)).not.toContain('sensitive-unmasked');
    expect(ids(3)).toContain('sensitive-unencrypted');
    expect(ids(3)).toContain('unrecognized-value');
  });

  it('an unreadable category keeps only the rules that need the item from running: storage, recipients, retention and minors are checked', async () => {
    const { inventoryFromCsvText } = await import('../../../src/load/inventory-csv.js');
    const { taxonomy } = await import('../helpers.js');
    const csv = [
      'field,category,shared_with,consent,storage_region,encrypted,masked,sensitive,subjects',
      'x,奇怪的类别,某公司,明示同意,us-east-1,AES,partial,yes,未成年用户',
      'z,basic.name,某公司,明示同意,us-east-1,AES,partial,yes,未成年用户',
      'w,奇怪的类别,某公司,明示同意,us-east-1,AES,partial,,未成年用户',
    ].join('\n');
    const found = runRules([inventoryFromCsvText('inv.csv', csv, taxonomy)], RULES, ctx({ asOf: '2026-01-01' }));
    const ids = (line: number) => found.filter((f) => f.line === line && f.ruleId !== 'unrecognized-value').map((f) => f.ruleId);
    const checked = ['cross-border-storage', 'minor-consent-missing', 'retention-missing', 'undeclared-recipient'];
    expect(ids(3)).toEqual(checked);
    // Marked sensitive or not, a category written but unreadable says the field holds personal information.
    expect(ids(2)).toEqual(checked);
    expect(ids(4)).toEqual(checked);
    const kept = found.find((f) => f.ruleId === 'unrecognized-value' && f.line === 2)!.message;
    expect(kept).toMatch(/not checked on this row: category-mismatch, undeclared-category$/);
  });

  it('a rule switched off is not named as kept from running', () => {
    const r = withCell(record(), cell());
    const f = runRules([inventory([r])], RULES, ctx({ rules: { 'recipient-unmasked': 'off' } })).find((x) => x.ruleId === 'unrecognized-value')!;
    expect(f.message).toMatch(/not checked on this row: sensitive-unmasked$/);
  });

  it('reports a row dropped for want of a field or SDK name, and an unread SDK field label', () => {
    const sdk: SdkFile = {
      kind: 'sdk',
      file: 'sdks.csv',
      headerLine: 1,
      records: [{ loc: { file: 'sdks.csv', line: 2 }, platform: 'android', sdk: 'MiPush', sdkId: null, organization: null, fields: [], purpose: null, package: null, version: null, unread: [cell({ key: 'fields', column: 'fields', raw: '量子态', near: [], loc: { file: 'sdks.csv', line: 2, column: 3 } })] }],
      droppedRows: [{ key: 'platform', column: '平台', loc: { file: 'sdks.csv', line: 3, column: 1 }, raw: 'andriod', near: ['android'], rowDropped: true }],
    };
    const found = runRules([sdk], RULES, ctx()).filter((f) => f.ruleId === 'unrecognized-value');
    expect(found.map((f) => f.message)).toEqual([
      "fields '量子态' (column 3) cannot be read; not checked on this row: sdk-undeclared-field, undeclared-category",
      "平台 'andriod' (column 1) cannot be read (did you mean 'android'?); not checked on this row: sdk-not-present, sdk-organization-mismatch, sdk-undeclared-field, undeclared-category, undeclared-sdk",
    ]);
    expect(found[0]!.subject).toMatchObject({ sdk: 'MiPush', platform: 'android', column: 'fields' });
  });

  it('says how to give an SDK row its platform when the cell is empty', async () => {
    const { parseSdkCsvText } = await import('../../../src/load/sdk-list.js');
    const f = parseSdkCsvText('s.csv', 'platform,sdk\n,MiPush\nandroid,MiPush\n');
    const [found] = runRules([f], RULES, ctx()).filter((x) => x.ruleId === 'unrecognized-value');
    expect(found!.message).toMatch(/^the row has no platform, so nothing on it can be audited: fill the platform \(平台\) cell, or pass --platform; not checked on this row: /);
  });

  it('names both languages fully', () => {
    const { en, zh } = messages(rule, withCell(record(), cell()));
    expect(en).toContain("'看情况'");
    expect(zh).toContain('脱敏规则');
  });

  it('cites PIPL Art. 51 (classified management needs a readable declaration)', () => {
    expect(only(rule, withCell(record(), cell())).clause).toMatchObject({ policy: 'PIPL', section: 'Art. 51' });
  });

  it('takes its severity from the config', () => expectSeverityConfigurable(rule, withCell(record(), cell())));
});
