/** crossCheck: columns matched to rows (name, synonym, item, mapping), statuses, missing fields, table choice. */
import { describe, expect, it } from 'vitest';
import { parseRetention } from '../../src/normalize/retention.js';
import type { MappingFile } from '../../src/scan/mapping.js';
import { check, col, declarationOf, enc, keep, mask, row, table } from './helpers.js';

const PHONE = 'basic.phone';
const ID = 'identity.resident-id';
const NAME = 'basic.name';

describe('matching columns to rows', () => {
  it('by the folded name, by synonyms of one item, by the one item named on both sides, by the mapping file', () => {
    const users = table('users', [
      col({ name: 'User_Mobile', item: PHONE }),
      col({ name: 'sfzh', item: ID }),
      col({ name: 'real_name', item: NAME }),
      col({ name: 'c7', item: 'basic.email' }),
    ]);
    const mapping: MappingFile = { file: 'm.yaml', tables: [{ table: 'users', line: 1, columns: [{ name: 'c7', line: 2, item: 'basic.email' }] }] };
    const rows = [
      row('user mobile', PHONE),
      row('身份证号', ID, { nameItem: ID }),
      row('xingming', NAME), // names nothing the taxonomy knows; declared as a name, and only real_name is one
      row('contact', 'basic.email'),
    ];
    const [e] = check([users], rows, mapping).exports;
    expect(e!.declarations!.columns.map((d) => [d.column, d.match, d.declaration?.field, d.status])).toEqual([
      ['User_Mobile', 'name', 'user mobile', 'declared'],
      ['sfzh', 'synonym', '身份证号', 'declared'],
      ['real_name', 'item', 'xingming', 'declared'],
      ['c7', 'mapping', 'contact', 'declared'],
    ]);
    expect(e!.declarations!.missing).toEqual([]);
    expect(e!.declarations!.tables).toEqual([{ system: 'crm', table: 'users' }]);
  });

  it('takes each row once: a second column of the same item is undeclared, not declared twice', () => {
    const [e] = check([table('users', [col({ name: 'mobile', item: PHONE }), col({ name: 'phone', item: PHONE })])], [row('mobile', PHONE, { nameItem: PHONE })]).exports;
    expect(e!.declarations!.columns.map((d) => d.status)).toEqual(['declared', 'undeclared']);
  });

  it('does not guess between two rows or two columns of one item', () => {
    const columns = [col({ name: 'c1', item: PHONE }), col({ name: 'c2', item: PHONE })];
    const [e] = check([table('users', columns)], [row('lianxi', PHONE)]).exports;
    expect(e!.declarations!.columns.map((d) => d.match)).toEqual([null, null]);
    expect(e!.declarations!.missing.map((f) => f.field)).toEqual(['lianxi']);
  });

  it('a name column of another table is no match: rows match within their table only', () => {
    const [e] = check([table('orders', [col({ name: 'mobile', item: PHONE })])], [row('mobile', PHONE, { table: 'users' })]).exports;
    expect(declarationOf(e!, 'mobile').status).toBe('undeclared');
    expect(e!.declarations!.tables).toEqual([]);
  });

  it('rows without a table stand for every table, after the table\'s own rows, and are never missing', () => {
    const rows = [row('mobile', PHONE, { table: null, line: 9 }), row('mobile', PHONE, { line: 3 })];
    const [users, orders] = check([table('users', [col({ name: 'mobile', item: PHONE })]), table('orders', [col({ name: 'mobile', item: PHONE })])], rows).exports;
    expect(declarationOf(users!, 'mobile').declaration!.line).toBe(3);
    expect(declarationOf(orders!, 'mobile').declaration!.line).toBe(9);
    expect(users!.declarations!.missing).toEqual([]);
  });
});

describe('matching tables', () => {
  it('by table, system.table, system_table and a dotted export name, folded', () => {
    const rows = [row('mobile', PHONE, { system: 'CRM', table: 'User-Info' })];
    for (const name of ['user_info', 'USERINFO', 'crm.user_info', 'crm_user_info', 'shop.userinfo']) {
      const [e] = check([table(name, [col({ name: 'mobile', item: PHONE })])], rows).exports;
      expect(e!.declarations!.tables, name).toEqual([{ system: 'CRM', table: 'User-Info' }]);
    }
    const [other] = check([table('crm_user', [col({ name: 'mobile', item: PHONE })])], rows).exports;
    expect(other!.declarations!.tables).toEqual([]);
  });

  it('of two systems with a table of that name, the one whose fields the columns name most', () => {
    const rows = [row('mobile', PHONE, { system: 'crm', line: 2 }), row('email', 'basic.email', { system: 'shop', line: 3 }), row('real_name', NAME, { system: 'shop', line: 4 })];
    const e = table('users', [col({ name: 'email', item: 'basic.email' }), col({ name: 'real_name', item: NAME })]);
    const { exports, unscanned } = check([e], rows);
    expect(exports[0]!.declarations!.tables).toEqual([{ system: 'shop', table: 'users' }]);
    expect(exports[0]!.declarations!.missing).toEqual([]);
    expect(unscanned).toEqual([{ system: 'crm', table: 'users', file: 'inventory.csv', line: 2, fields: 1 }]);
  });
});

describe('statuses', () => {
  const e = table('users', [
    col({ name: 'mobile', item: PHONE }),
    col({ name: 'id_card', item: ID }),
    col({ name: 'order_no' }),
    col({ name: 'wx', item: PHONE, nonEmpty: 0, matched: 0, plain: 0 }),
    col({ name: 'remark', kind: 'free-text', item: 'other.free-text', matched: 3 }),
  ]);
  const rows = [row('mobile', PHONE), row('wx', PHONE, { line: 3 }), row('wechat_id', 'network-identity.account', { line: 4 }), row('wechat_id', 'network-identity.account', { line: 5 })];
  const [checked] = check([e], rows).exports;

  it('declared, undeclared (personal only), other, empty', () => {
    expect(checked!.declarations!.columns.map((d) => [d.column, d.status, d.personal])).toEqual([
      ['mobile', 'declared', true],
      ['id_card', 'undeclared', true],
      ['order_no', 'other', false],
      ['wx', 'empty', false],
      ['remark', 'other', false],
    ]);
  });

  it('a declared field with no column is missing, once however often the inventory writes it', () => {
    expect(checked!.declarations!.missing).toEqual([{ file: 'inventory.csv', line: 4, system: 'crm', table: 'users', field: 'wechat_id', items: ['network-identity.account'], category: 'network-identity' }]);
  });

  it('leaves its inputs as they were (a pure step, as merge calls it again)', () => {
    expect(e.declarations).toBeUndefined();
    expect(check([e], rows)).toEqual(check([e], rows));
  });
});

describe('contradictions', () => {
  const ids = { name: 'mobile', item: PHONE, valueItem: ID, detector: 'mobile' as const, nonEmpty: 12, matched: 0, plain: 12, checked: 12, valid: 0 };

  it('protection: declared encrypted and masked, identifiers in clear (in the share the validation passed)', () => {
    const c = col({ name: 'mobile', item: PHONE, detector: 'mobile', plain: 40, checked: 10, valid: 5 });
    const [e] = check([table('users', [c])], [row('mobile', PHONE, { encryption: enc('AES-256'), masking: mask('中间四位脱敏') })]).exports;
    expect(declarationOf(e!, 'mobile').contradictions).toEqual([{ kind: 'protection', claims: ['encrypted', 'masked'], declared: 'AES-256; 中间四位脱敏', clear: 20 }]);
    expect(declarationOf(e!, 'mobile').status).toBe('contradicted');
  });

  it('protection holds when the values are masked or hashed, or the column has no detector, or nothing is claimed', () => {
    const masked = col({ name: 'mobile', item: PHONE, detector: 'mobile', plain: 0, masked: 10 });
    const names = col({ name: 'real_name', item: NAME, plain: 10 });
    const clear = col({ name: 'phone', item: PHONE, detector: 'mobile', plain: 10 });
    const rows = [row('mobile', PHONE), row('real_name', NAME), row('phone', PHONE, { encryption: enc('none'), masking: mask('no') })];
    const [e] = check([table('users', [masked, names, clear])], rows).exports;
    expect(e!.declarations!.columns.map((d) => d.status)).toEqual(['declared', 'declared', 'declared']);
  });

  it('hashed and encoded are claims too', () => {
    const c = col({ name: 'mobile', item: PHONE, detector: 'mobile', plain: 3 });
    const [e] = check([table('users', [c])], [row('mobile', PHONE, { encryption: enc('SHA-256'), masking: null })]).exports;
    expect(declarationOf(e!, 'mobile').contradictions).toEqual([{ kind: 'protection', claims: ['hashed'], declared: 'SHA-256', clear: 3 }]);
  });

  it('item: resident IDs in a field declared as a phone', () => {
    const [e] = check([table('users', [col(ids)])], [row('mobile', PHONE, { encryption: null, masking: null })]).exports;
    expect(declarationOf(e!, 'mobile').contradictions).toEqual([{ kind: 'item', found: ID, count: 12 }]);
  });

  it('item holds for the declared item, a category holding it, or an item sharing its detector', () => {
    const plain = { encryption: null, masking: null };
    const agree = [
      row('mobile', ID, plain),
      row('mobile', null, { ...plain, declaredCategory: 'identity' }),
      row('mobile', null, { ...plain, declaredCategory: null }), // declares nothing to contradict
    ];
    for (const r of agree) expect(check([table('users', [col(ids)])], [r]).exports[0]!.declarations!.columns[0]!.contradictions).toEqual([]);
    const wrongCategory = row('mobile', null, { ...plain, declaredCategory: 'basic' });
    expect(check([table('users', [col(ids)])], [wrongCategory]).exports[0]!.declarations!.columns[0]!.contradictions).toEqual([{ kind: 'item', found: ID, count: 12 }]);
  });

  it('an unreadable category cell is not judged (SPEC decision 12)', () => {
    const r = row('mobile', PHONE, { encryption: null, masking: null, unread: [{ key: 'category', column: 'category', loc: { file: 'inventory.csv', line: 2 }, raw: '??', near: [] }] });
    expect(check([table('users', [col(ids)])], [r]).exports[0]!.declarations!.columns[0]!.contradictions).toEqual([]);
  });

  const dated = (day: string, role = 'event-date:collection') => col({ name: 'mobile', item: PHONE, oldest: [{ column: role === 'updated-date' ? 'updated_at' : 'created_at', role, day, line: 7 }] });

  it('retention: kept 1 year from collection, a record of three years ago still holds it', () => {
    const [e] = check([table('users', [dated('2021-05-02')])], [row('mobile', PHONE, { retention: keep('1年'), retentionTrigger: null })]).exports;
    expect(declarationOf(e!, 'mobile').contradictions).toEqual([
      { kind: 'retention', period: keep('1年'), trigger: 'collection', dateColumn: 'created_at', oldest: '2021-05-02', line: 7, deadline: '2022-05-02' },
    ]);
  });

  it('retention holds within the period, for a minimum, forever, or without the event\'s date column', () => {
    const cases: [string, ReturnType<typeof row>][] = [
      ['2023-06-02', row('mobile', PHONE, { retention: keep('1y') })],
      ['2023-06-01', row('mobile', PHONE, { retention: keep('1y') })], // the period ends on --as-of itself: not past
      ['2001-01-01', row('mobile', PHONE, { retention: parseRetention('不少于180天')!.period! })],
      ['2001-01-01', row('mobile', PHONE, { retention: keep('永久') })],
      ['2001-01-01', row('mobile', PHONE, { retention: keep('30d'), retentionTrigger: 'account-cancellation' })],
    ];
    for (const [day, r] of cases) expect(check([table('users', [dated(day)])], [r]).exports[0]!.declarations!.columns[0]!.contradictions, `${day} ${r.retention!.raw}`).toEqual([]);
  });

  it('an update date stands in for the collection date (it can only be later)', () => {
    const [e] = check([table('users', [dated('2020-01-01', 'updated-date')])], [row('mobile', PHONE, { retention: keep('1y') })]).exports;
    expect(declarationOf(e!, 'mobile').contradictions.map((x) => x.kind)).toEqual(['retention']);
  });
});
