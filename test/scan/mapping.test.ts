/** The mapping file: items and roles for columns the taxonomy cannot recognise by name. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadMapping, mappedColumns, tableName } from '../../src/scan/mapping.js';
import { column, scanOne, taxonomy, tempFiles } from './helpers.js';
import { inputErrorOf } from '../helpers/input-error.js';

function loadError(yaml: string): InputError {
  const { path } = tempFiles({ 'm.yaml': yaml });
  return inputErrorOf(() => loadMapping(path('m.yaml'), taxonomy));
}

describe('mapping file', () => {
  it('maps columns to items (by id or name) and roles, per table and for every table', () => {
    const { path } = tempFiles({ 'm.yaml': ['"*":', '  备注x: free text', 'kehu:', '  sj: basic.phone', '  csrq: { item: 生日, role: birthday }', '  zx_rq: cancelled_at', '  order_no: none', ''].join('\n') });
    const m = loadMapping(path('m.yaml'), taxonomy);
    const cols = mappedColumns(m, 'exports/kehu.csv.gz', ['sj', 'csrq', 'zx_rq', 'order_no', '备注x']);
    expect([...cols.entries()].map(([i, c]) => [i, c.item, c.role?.kind])).toEqual([
      [4, 'internet-records.free-text', undefined],
      [0, 'basic.phone', undefined],
      [1, 'basic.birthday', 'birth-date'],
      [2, undefined, 'event-date'],
      [3, null, 'none'],
    ]);
    // `*` mappings apply where the column exists; another table's do not apply.
    expect(mappedColumns(m, 'users.csv', ['mobile']).size).toBe(0);
  });

  it('changes what the scan sees: classification, retention', async () => {
    const file = await scanOne('fixtures/exports/kehu.csv', { mapping: 'fixtures/exports/kehu.mapping.yaml' });
    expect(column(file, 'sj')).toMatchObject({ headerItem: 'basic.phone', detector: 'mobile', plain: 3 });
    expect(column(file, 'zx_rq').role).toBe('event-date:account-cancellation');
    expect(file.results.find((r) => r.ruleId === 'retention-expired')).toMatchObject({ column: 'zx_rq', count: 1, rows: [3] });
    const unmapped = await scanOne('fixtures/exports/kehu.csv');
    // Without the mapping, the values still tell the phone numbers; the cancellation date is lost.
    expect(column(unmapped, 'sj')).toMatchObject({ headerItem: null, valueItem: 'basic.phone', item: 'basic.phone' });
    expect(column(unmapped, 'zx_rq').role).toBeNull();
    expect(unmapped.results.find((r) => r.ruleId === 'retention-expired')).toBeUndefined();
  });

  it('names the table by the file name without its extensions', () => {
    expect(tableName('a/b/orders.csv.gz')).toBe('orders');
    expect(tableName('会员-gbk.csv')).toBe('会员-gbk');
  });

  it('refuses an unknown item or role at its line, with suggestions', () => {
    const e = loadError('users:\n  mobile: basic.phon\n');
    expect(e.where).toMatchObject({ line: 2 });
    expect(e.message).toBe("'basic.phon' is neither a taxonomy item nor a role");
    expect(e.hint).toMatch(/basic\.phone/);
    expect(loadError('users:\n  a: { role: deleted }\n').message).toBe("unknown role 'deleted'");
    expect(loadError('users:\n  a: identity\n').hint).toMatch(/whole category/);
    expect(loadError('- users\n').message).toMatch(/mapping of tables/);
  });
});
