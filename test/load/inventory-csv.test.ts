import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/io/csv.js';
import { loadDeclaration } from '../../src/load/index.js';
import { inventoryFromCsv, inventoryFromCsvText } from '../../src/load/inventory-csv.js';
import { buildInventoryRecord } from '../../src/load/inventory-record.js';
import { inventoryFromYaml } from '../../src/load/inventory-yaml.js';
import { parseYamlText } from '../../src/io/yaml.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { tempFolder } from '../helpers/temp-folder.js';
import { inputErrorOf } from '../helpers/input-error.js';

const tx = loadTaxonomy();

const CSV = [
  '系统,表,字段,类别,敏感,加密,脱敏,存储地域,保存期限,起算,共享对象,同意方式',
  'crm,users,mobile,basic.phone,是,AES-256,部分遮盖,cn-north-1,5y,注销,顺丰速运;京东物流,明示同意',
  '',
  'crm,users,"id_card',
  '_no",identity,Y,bcrypt,no,北京,P3Y,collection,,separate',
  'crm,users,nickname,,否,明文,否,ap-southeast-1,永久,,,',
].join('\r\n');

describe('inventoryFromCsvText', () => {
  const inv = inventoryFromCsvText('inv.csv', CSV, tx);

  it('builds one record per row, at the line where the row starts', () => {
    expect(inv.headerLine).toBe(1);
    expect(inv.records.map((r) => [r.loc, r.field])).toEqual([
      [{ file: 'inv.csv', line: 2 }, 'mobile'],
      [{ file: 'inv.csv', line: 4 }, 'id_card\r\n_no'],
      [{ file: 'inv.csv', line: 6 }, 'nickname'],
    ]);
  });

  it('normalises every column', () => {
    const [mobile, id, nick] = inv.records;
    expect(mobile).toMatchObject({ system: 'crm', table: 'users', item: 'basic.phone', sensitive: true, retentionTrigger: 'account-cancellation', sharedWith: ['顺丰速运', '京东物流'], consent: ['explicit'] });
    expect(mobile!.encryption).toEqual({ raw: 'AES-256', kind: 'reversible', algorithm: 'AES-256' });
    expect(mobile!.region).toMatchObject({ country: 'CN', mainland: true });
    expect(id).toMatchObject({ declaredCategory: 'identity', declaredItem: null, consent: ['separate'], sharedWith: [] });
    expect(id!.retention).toEqual({ forever: false, amount: 3, unit: 'years', raw: 'P3Y' });
    expect(nick).toMatchObject({ categoryRaw: null, declaredItem: null, retention: { forever: true }, consent: [], sharedWith: [] });
    expect(nick!.encryption?.kind).toBe('none');
  });

  it('gives the same records as the table reader and as the YAML reader', () => {
    expect(inventoryFromCsv(parseCsvText('inv.csv', CSV), tx)).toEqual(inv);
    const yaml = parseYamlText('inv.yaml', 'systems:\n  - name: crm\n    datasets:\n      - name: users\n        fields:\n          - name: mobile\n            category: basic.phone\n            sensitive: 是\n            retention: 5y\n');
    const fromYaml = inventoryFromYaml(yaml, tx).records[0]!;
    expect(fromYaml).toMatchObject({ field: 'mobile', item: 'basic.phone', sensitive: true, retention: inv.records[0]!.retention });
  });

  it('keeps a bad value as an unread cell at its row and column, and reads the rest of the row and file', () => {
    const inv = inventoryFromCsvText('inv.csv', 'field,retention,encrypted\nmobile,5y,yes\n\nemail,5 fortnights,AES\n', tx);
    expect(inv.records).toHaveLength(2);
    expect(inv.records[0]!.unread).toBeUndefined();
    const [bad] = inv.records[1]!.unread!;
    expect(bad).toMatchObject({ key: 'retention', column: 'retention', loc: { file: 'inv.csv', line: 4, column: 2 }, raw: '5 fortnights' });
    expect(inv.records[1]!.retention).toBeNull();
    expect(inv.records[1]!.encryption).toMatchObject({ kind: 'reversible' });
    // Repeated: the memoised verdict is located afresh for each row, and named by the file's own header.
    const again = inventoryFromCsvText('inv.csv', '保存期限,field\n5 fortnights,email\n', tx);
    expect(again.records[0]!.unread![0]).toMatchObject({ column: '保存期限', loc: { file: 'inv.csv', line: 2, column: 1 } });
  });

  it('keeps an unknown category at its cell with suggestions; drops a row with no field name, reporting it', () => {
    const inv = inventoryFromCsvText('inv.csv', 'field,category\nmobile,identty\n,basic\n', tx);
    expect(inv.records[0]!.unread![0]).toMatchObject({ key: 'category', loc: { file: 'inv.csv', line: 2, column: 2 } });
    expect(inv.records[0]!.unread![0]!.near.length).toBeGreaterThan(0);
    expect(inv.records).toHaveLength(1);
    expect(inv.droppedRows).toEqual([{ key: 'field', column: 'field', loc: { file: 'inv.csv', line: 3, column: 1 }, raw: '', near: [], rowDropped: true }]);
  });

  it('reads N/A, - and 不适用 as not stated, never as unread', () => {
    const inv = inventoryFromCsvText('inv.csv', 'field,retention,storage_region,masked\na,N/A,-,不适用\nb,—,/,NA\n', tx);
    for (const r of inv.records) {
      expect(r.unread).toBeUndefined();
      expect([r.retention, r.region, r.masking]).toEqual([null, null, null]);
    }
  });

  it('ignores columns it does not use with one note per file; a repeated meaning keeps its first column', () => {
    const inv = inventoryFromCsvText('inv.csv', 'field,负责人,retension,字段,\nmobile,张三,5y,手机,\n', tx);
    expect(inv.records[0]!.field).toBe('mobile');
    expect(inv.notes).toHaveLength(1);
    expect(inv.notes![0]).toMatch(/'负责人'/);
    expect(inv.notes![0]).toMatch(/'retension' \(did you mean 'retention'/);
    expect(inv.notes![0]).toMatch(/'字段' \(column 4: 'field' is column 1\)/);
  });

  it('takes the Chinese field name (字段中文名) as the field when the sheet has no other field column', () => {
    const inv = inventoryFromCsvText('inv.csv', '字段中文名,信息类别\n手机号码,个人电话号码\n', tx);
    expect(inv.records[0]).toMatchObject({ field: '手机号码', description: null, item: 'basic.phone' });
  });

  it('reads a bare number under a header that names its unit (保存期限（天）, Retention (years)) in that unit', () => {
    const [zh] = inventoryFromCsvText('inv.csv', 'field,保存期限（天）\nmobile,180\n', tx).records;
    expect(zh).toMatchObject({ retention: { amount: 180, unit: 'days' } });
    expect(zh!.unread).toBeUndefined();
    const [en] = inventoryFromCsvText('inv.csv', 'field,Retention (years)\nmobile,3\n', tx).records;
    expect(en).toMatchObject({ retention: { amount: 3, unit: 'years' } });
    // A cell that writes its own unit keeps it; a header without one leaves a bare number unread.
    expect(inventoryFromCsvText('inv.csv', 'field,保存期限（天）\nmobile,5年\n', tx).records[0]).toMatchObject({ retention: { amount: 5, unit: 'years' } });
    expect(inventoryFromCsvText('inv.csv', 'field,保存期限\nmobile,180\n', tx).records[0]!.unread![0]).toMatchObject({ key: 'retention', raw: '180' });
  });

  it('keeps the items of a group named in the category cell (账号密码)', () => {
    const [r] = inventoryFromCsvText('inv.csv', 'field,category\nxyz,账号密码\n', tx).records;
    expect(r).toMatchObject({ item: null, declaredCategory: 'network-identity', declaredItems: ['network-identity.account', 'network-identity.password'] });
  });

  it('reads no item from a field named for an attribute of one (账号状态 is a status, not an account)', () => {
    const csv = 'field,category\n账号状态,\n账号类型,个人基本资料\nmobile_bind_time,\n出生日期,\n';
    expect(inventoryFromCsvText('inv.csv', csv, tx).records.map((r) => [r.field, r.nameItem, r.item])).toEqual([
      ['账号状态', null, null],
      ['账号类型', null, null],
      ['mobile_bind_time', null, null],
      ['出生日期', 'basic.birthday', 'basic.birthday'],
    ]);
  });

  it('reads the item of a trait or a record from a field named for an attribute of it (疾病类型, 手术日期)', () => {
    const csv = 'field,category\n疾病类型,\n手术日期,\n交易时间,\n职业类别,\n账号注销时间,\n';
    expect(inventoryFromCsvText('inv.csv', csv, tx).records.map((r) => [r.field, r.nameItem, r.item])).toEqual([
      ['疾病类型', 'health.condition', 'health.condition'],
      ['手术日期', 'health.surgery', 'health.surgery'],
      ['交易时间', 'property.transaction', 'property.transaction'],
      ['职业类别', 'education-work.occupation', 'education-work.occupation'],
      ['账号注销时间', null, null],
    ]);
  });

  it('still needs a field column', () => {
    expect(inputErrorOf(() => inventoryFromCsvText('inv.csv', 'system,table\ncrm,users\n', tx)).message).toMatch(/no 'field'/);
  });

  it('records share what repeats, and shared values are frozen', () => {
    const twice = inventoryFromCsvText('inv.csv', 'field,consent,shared_with\na,explicit,\nb,explicit,\n', tx).records;
    expect(twice[0]!.consent).toBe(twice[1]!.consent);
    expect(Object.isFrozen(twice[0]!.consent)).toBe(true);
    expect(Object.isFrozen(twice[0]!.sharedWith)).toBe(true);
  });
});

describe('buildInventoryRecord (values with their own locations)', () => {
  it('keeps a bad value where it was written, named by its key as written', () => {
    const loc = { file: 'inv.yaml', line: 7 };
    const r = buildInventoryRecord(tx, loc, { field: { raw: 'mobile', loc }, sensitive: { raw: 'perhaps', loc: { file: 'inv.yaml', line: 3, column: 16 }, name: '敏感' } });
    expect(r.unread).toEqual([{ key: 'sensitive', column: '敏感', loc: { file: 'inv.yaml', line: 3, column: 16 }, raw: 'perhaps', near: [] }]);
  });
});

describe('loadDeclaration of a CSV inventory', () => {
  const dir = tempFolder('privaudit-inv-');
  const write = (name: string, content: string | Buffer) => {
    const file = join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  it('reads a UTF-8 file from its bytes, BOM and all, to the same records as its text', () => {
    const file = write('inv.csv', '\uFEFF' + CSV);
    expect(loadDeclaration(file, true, { taxonomy: tx })).toEqual(inventoryFromCsvText(file, CSV, tx));
    expect(loadDeclaration(file, true, { taxonomy: tx, kind: 'inventory' })).toEqual(inventoryFromCsvText(file, CSV, tx));
  });

  it('reads a GB18030 file through its decoded text, to the same records', () => {
    const file = write('gbk.csv', iconv.encode(CSV, 'gb18030'));
    expect(loadDeclaration(file, true, { taxonomy: tx })).toEqual(inventoryFromCsvText(file, CSV, tx));
  });

  it('still tells SDK lists, empty files and bad headers apart', () => {
    expect(loadDeclaration(write('sdks.csv', 'sdk,platform\nBugly,android\n'), true, { taxonomy: tx })?.kind).toBe('sdk');
    expect(inputErrorOf(() => loadDeclaration(write('blank.csv', '\n \n'), true, { taxonomy: tx })).message).toBe('no records: the file is empty');
    expect(inputErrorOf(() => loadDeclaration(write('open.csv', '"field\n'), true, { taxonomy: tx })).message).toMatch(/unterminated quoted field/);
    expect(loadDeclaration(write('other.csv', 'colour,size\nred,L\n'), false, { taxonomy: tx })).toBeNull();
  });
});
