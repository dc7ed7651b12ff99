/**
 * Dumps as other tools write them, not only mysqldump and pg_dump: a Navicat "Data Transfer" export
 * (comment banner, `SET NAMES`, one INSERT per row, backslash escapes, column COMMENTs, pinyin names).
 */
import { describe, expect, it } from 'vitest';
import { column, findings, scan } from './helpers.js';

describe('a Navicat MySQL export', () => {
  it('is read as a dump: its table, its rows at their lines, its identifiers found', async () => {
    const files = await scan(['fixtures/formats/other-tools/navicat-t_customer.sql']);
    expect(files.map((f) => [f.format, f.table, f.records, f.problems.length])).toEqual([['mysqldump', 't_customer', 3, 0]]);
    const [t] = files;
    expect(column(t!, 'sfzh')).toMatchObject({ item: 'identity.resident-id', plain: 3 });
    expect(column(t!, 'sjhm')).toMatchObject({ item: 'basic.phone', plain: 3 });
    const rules = findings(files).map((f) => [f.ruleId, f.subject.column, f.rows]);
    expect(rules).toContainEqual(['plaintext-sensitive-data', 'sfzh', [36, 37, 38]]);
    expect(rules).toContainEqual(['pii-in-free-text', 'remark', [36]]);
  });
});
