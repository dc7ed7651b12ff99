import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { inventoryFromYaml } from '../../src/load/inventory-yaml.js';
import { parseDeclarationYaml, parseYamlText } from '../../src/io/yaml.js';
import { loadTaxonomy } from '../../src/taxonomy/load.js';
import { inputErrorOf } from '../helpers/input-error.js';

const tx = loadTaxonomy();

function errorOf(text: string): InputError {
  return inputErrorOf(() => inventoryFromYaml(parseYamlText('inv.yaml', text), tx));
}

describe('inventoryFromYaml: messages quote what the file holds masked and bounded', () => {
  const notesOf = (text: string) => inventoryFromYaml(parseYamlText('inv.yaml', text), tx).notes;

  it('an unknown key is ignored, named once in the note with its line, masked', () => {
    const notes = notesOf('systems:\n  - name: crm\n    datasets:\n      - name: users\n        fields:\n          - name: x\n            13812345678: yes\n          - name: y\n            13812345678: no\n');
    expect(notes).toEqual(["inv.yaml: ignored key(s) privaudit does not use: '138****5678' (line 7)"]);
  });

  it('an unknown top-level key of 10 000 characters, bounded in the note', () => {
    // An explicit key: an implicit one may not be longer than 1024 characters.
    const notes = notesOf(`? ${'k'.repeat(10_000)}\n: 1\nsystems:\n  - name: crm\n    fields:\n      - name: x\n`);
    expect(notes![0]!.length).toBeLessThan(120);
    expect(notes![0]).toMatch(/'k+…' \(line 1\)$/);
  });

  it('no systems: list: the hint shows the shape and names the README, not fixtures/ (not in the package)', () => {
    const e = errorOf('name: crm\n');
    expect(e.message).toBe('no `systems:` (or `datasets:`/`fields:`) list at the top level');
    expect(e.hint).toBe('start the file with `systems:`, a list of `- name: …` entries holding `datasets:` and their `fields:` (example: `README.md`, "Inventory files")');
  });

  it('the name of an entry without its inner list', () => {
    const e = errorOf('systems:\n  - name: user@example.com\n');
    expect(e.message).toMatch(/^system '.+' has no datasets$/);
    expect(e.message).not.toContain('user@example.com');
  });
});

describe('inventoryFromYaml: levels named by the header vocabulary', () => {
  it('reads 系统 → 数据表 → 字段 lists with Chinese keys, inheriting outer values, ignoring 负责人 with a note', () => {
    const text = [
      '系统:',
      '  - 名称: 会员中心',
      '    存储位置: 阿里云华东1（杭州）',
      '    留存期限: 注销后15日内删除',
      '    负责人: 张三',
      '    数据表:',
      '      - 名称: t_member',
      '        字段:',
      '          - 字段名: mobile',
      '            信息类别: 手机号码',
      '            加密措施: KMS',
      '',
    ].join('\n');
    const inv = inventoryFromYaml(parseYamlText('inv.yaml', text), tx);
    expect(inv.records).toHaveLength(1);
    expect(inv.records[0]).toMatchObject({ system: '会员中心', table: 't_member', field: 'mobile', item: 'basic.phone', region: { country: 'CN' }, retentionTrigger: 'account-cancellation' });
    expect(inv.records[0]!.unread).toBeUndefined();
    expect(inv.notes).toEqual(["inv.yaml: ignored key(s) privaudit does not use: '负责人' (line 5)"]);
  });

  it('a Chinese list word holding a plain value names its entry (- 系统: crm, - 表: users, - 字段: mobile)', () => {
    const text = ['系统:', '  - 系统: crm', '    表:', '      - 表: users', '        字段:', '          - 字段: mobile', '            category: basic.phone', ''].join('\n');
    const inv = inventoryFromYaml(parseYamlText('inv.yaml', text), tx);
    expect(inv.records).toHaveLength(1);
    expect(inv.records[0]).toMatchObject({ system: 'crm', table: 'users', field: 'mobile', item: 'basic.phone' });
    expect(inv.notes).toBeUndefined();
  });

  it('字段 names a field under English levels too', () => {
    const text = 'systems:\n  - name: a\n    datasets:\n      - name: t\n        字段:\n          - 字段: mobile\n            category: basic.phone\n';
    expect(inventoryFromYaml(parseYamlText('inv.yaml', text), tx).records[0]).toMatchObject({ system: 'a', table: 't', field: 'mobile' });
  });

  it('still reads a level word holding a plain value as that value (table: users)', () => {
    const inv = inventoryFromYaml(parseYamlText('inv.yaml', 'systems:\n  - name: crm\n    fields:\n      - field: mobile\n        数据表: users\n'), tx);
    expect(inv.records[0]).toMatchObject({ table: 'users', field: 'mobile' });
  });
});

describe('locations', () => {
  it('puts a field at its node, line and column: findings about the field point there', () => {
    const inv = inventoryFromYaml(parseYamlText('inv.yaml', 'systems:\n  - name: crm\n    datasets:\n      - name: users\n        fields:\n          - name: mobile\n            category: basic.phone\n'), tx);
    expect(inv.records[0]!.loc).toEqual({ file: 'inv.yaml', line: 6, column: 13 });
  });
});

describe('inventoryFromYaml: merge keys (<<: *defaults)', () => {
  const read = (text: string) => inventoryFromYaml(parseDeclarationYaml('inv.yaml', text), tx);
  const text = [
    'defaults: &d {storage_region: 新加坡, retention: 永远吧}',
    'systems:',
    '  - <<: *d',
    '    name: crm',
    '    datasets:',
    '      - name: users',
    '        fields:',
    '          - { field: mobile, category: basic.phone }',
    '  - <<: *d',
    '    name: billing',
    '    storage_region: cn-north-1',
    '    datasets:',
    '      - name: orders',
    '        fields:',
    '          - { field: mobile, category: basic.phone }',
    '',
  ].join('\n');

  it('a system takes the merged values, its own keys winning; the anchored key itself gets no note', () => {
    const inv = read(text);
    expect(inv.records.map((r) => [r.system, r.region?.country])).toEqual([
      ['crm', 'SG'],
      ['billing', 'CN'],
    ]);
    expect(inv.notes).toBeUndefined();
  });

  it('a merged value that cannot be read is reported where it is written (the anchored mapping), the record at its field', () => {
    const [crm] = read(text).records;
    expect(crm!.loc.line).toBe(8);
    expect(crm!.unread).toEqual([expect.objectContaining({ key: 'retention', loc: { file: 'inv.yaml', line: 1, column: 47 } })]);
  });
});
